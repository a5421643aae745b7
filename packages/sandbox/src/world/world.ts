/**
 * The simulated AutoShares brokerage: market, broker, users and tokens behind one object the
 * transports (REST app, streamer) talk to. Transport-free and deterministic: time comes from the
 * injected clock, randomness from the seeded generator (tokens aside, see `auth.ts`).
 */
import type {
  QuoteModel,
  SandboxWorld,
  StreamerKind,
  WorldEvent,
  WorldListener,
} from '../contract.ts';
import { TokenStore, StreamerSessions } from './auth.ts';
import { Broker } from './broker/broker.ts';
import { accountHistory } from './broker/history.ts';
import type { AccountState, AccountValueItem } from './broker/types.ts';
import { easternDayStart } from './market/eastern-time.ts';
import { Market } from './market/market.ts';
import { PriceAlerts } from './alerts.ts';
import { Watchlists } from './watchlists.ts';
import { Funding } from './funding/funding.ts';
import { Agreements } from './market-data/agreements.ts';
import { QuoteTape } from './market-data/delayed-quotes.ts';
import { Random, randomFor } from './random.ts';
import { seedUser, type NewUser, type SeedContext } from './seed.ts';
import { addBulk, bulkOptionsProblem, type BulkUserOptions } from './seed-bulk.ts';
import { DEMO_2FA_USER, DEMO_USER, UserDirectory, type UserRecord } from './users.ts';

export interface WorldOptions {
  /** Seed of everything simulated (default 42). */
  seed?: number;
  /** The clock, epoch ms (default `Date.now`). Inject a fake one for reproducible timestamps. */
  now?: () => number;
  /** Access-token lifetime, ms (default 24 h, as ETNA documents). */
  tokenLifetimeMs?: number;
  /** Is the market open? When closed, market orders are refused and nothing fills (default true). */
  marketOpen?: boolean;
  /**
   * Synthetic common stocks listed after the real catalogue, for benchmarks and big portfolios
   * (default 0, at most 5000). Without it the world is exactly the default one.
   */
  extraSecurities?: number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export class World implements SandboxWorld {
  readonly seed: number;
  readonly market: Market;
  readonly broker: Broker;
  readonly users = new UserDirectory();
  readonly tokens: TokenStore;
  readonly watchlists: Watchlists;
  readonly alerts: PriceAlerts;
  /** Linked banks and transfers of every account. */
  readonly funding: Funding;
  /** Unsigned platform and market-data agreements (the demo users have not signed market data). */
  readonly agreements = new Agreements();
  /** Past quotes, for users whose quotes are delayed. */
  readonly quoteTape: QuoteTape;
  /** Is the market open (see {@link WorldOptions.marketOpen})? */
  marketOpen: boolean;
  /** Market ticks since creation. */
  ticks = 0;

  private readonly clock: () => number;
  private readonly listeners = new Set<WorldListener>();
  private readonly streamerSessions = new StreamerSessions();
  private lastRemark = Number.NEGATIVE_INFINITY;
  private freshUsers = 0;

  constructor(options: WorldOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.clock = options.now ?? (() => Date.now());
    this.marketOpen = options.marketOpen ?? true;
    this.tokens = new TokenStore(this.clock, options.tokenLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS);
    this.market = new Market({
      random: new Random(this.seed),
      now: this.clock,
      emit: (e) => this.emit(e),
      extraSecurities: options.extraSecurities,
    });
    const market = this.market;
    this.broker = new Broker({
      // The broker trades equities and option contracts (by id or OSI symbol).
      market: {
        security: (s) => market.security(s) ?? market.options.find(s),
        quote: (id) => market.quote(id),
        watch: (id, watching) => market.watchQuote(id, watching),
      },
      now: this.clock,
      dayStart: () => easternDayStart(this.clock()),
      marketOpen: () => this.marketOpen,
      emit: (e) => this.emit(e),
      listening: () => this.listeners.size > 0,
    });
    this.market.onQuote((_quote, securityId) => this.broker.onQuote(securityId));
    this.watchlists = new Watchlists({
      security: (s) => this.market.securityModel(s),
      now: this.clock,
      emit: (e) => this.emit(e),
    });
    this.alerts = new PriceAlerts({
      market: this.market,
      now: this.clock,
      emit: (e) => this.emit(e),
    });
    this.funding = new Funding({
      now: this.clock,
      random: randomFor(this.seed, 'funding'),
      nextTransactionId: () => this.broker.nextTransactionId(),
      announceBalance: (account) => this.broker.announceBalance(account),
      ownerLogin: (account) => this.users.get(account.userId)?.login ?? '',
    });
    this.quoteTape = new QuoteTape(this.market, this.clock);
    const demoUsers = [
      this.addUser({
        login: DEMO_USER.username,
        password: DEMO_USER.password,
        twoFactor: false,
        firstName: 'Dana',
        lastName: 'Demo',
      }),
      this.addUser({
        login: DEMO_2FA_USER.username,
        password: DEMO_2FA_USER.password,
        twoFactor: true,
        firstName: 'Toni',
        lastName: 'Twofactor',
      }),
    ];
    // The demo logins see delayed quotes until they sign; fresh test users have signed.
    for (const user of demoUsers) this.agreements.setUnsigned(user.id, ['Quotemedia']);
  }

  now(): number {
    return this.clock();
  }

  /**
   * Advances the simulation: one pass over working orders (accept, reject, expire, fill), then
   * `ticks` quote updates (orders in a security react to its quotes), then, at most once a
   * simulated second, re-marked balances for every account holding positions.
   */
  step(ticks = 1): void {
    this.broker.process();
    this.alerts.sweep();
    this.funding.sweep();
    if (this.marketOpen && ticks > 0) this.market.tick(ticks);
    this.ticks += ticks;
    const now = this.clock();
    if (this.listeners.size > 0 && now - this.lastRemark >= 1000) {
      this.lastRemark = now;
      for (const account of this.broker.accounts.values()) {
        for (const p of account.positions.values()) {
          if (p.quantity !== 0) {
            this.broker.announceBalance(account);
            break;
          }
        }
      }
    }
  }

  on(listener: WorldListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event to every listener (a listener that throws does not stop the others). */
  emit(event: WorldEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('[sandbox] world listener failed:', error);
      }
    }
  }

  userIdForToken(token: string): number | null {
    return this.tokens.grant(token)?.userId ?? null;
  }

  createStreamerSession(userId: number, _kind: StreamerKind): string {
    return this.streamerSessions.create(userId);
  }

  userIdForStreamerSession(sessionId: string): number | null {
    return this.streamerSessions.userId(sessionId);
  }

  userOwnsAccount(userId: number, accountId: number): boolean {
    return this.broker.accounts.get(accountId)?.userId === userId;
  }

  quote(securityId: number): QuoteModel | null {
    return this.market.quote(securityId);
  }

  watchQuote(securityId: number, watching: boolean): void {
    this.market.watchQuote(securityId, watching);
  }

  quoteDelayMs(userId: number): number {
    return this.agreements.quoteDelayMs(userId);
  }

  delayedQuote(securityId: number, delayMs: number): QuoteModel | null {
    return this.quoteTape.quoteAgo(securityId, delayMs);
  }

  /** An account by id, or undefined; money movements due by now are carried out first. */
  account(accountId: number): AccountState | undefined {
    this.funding.sweep();
    return this.broker.accounts.get(accountId);
  }

  /** A user's accounts, in id order; money movements due by now are carried out first. */
  accountsOf(userId: number): AccountState[] {
    this.funding.sweep();
    return (this.users.get(userId)?.accountIds ?? [])
      .map((id) => this.broker.accounts.get(id))
      .filter((a) => a !== undefined);
  }

  /** Creates a user with the seeded shape (accounts, positions, history, orders). */
  addUser(spec: NewUser): UserRecord {
    return seedUser(this.seedContext(), spec, randomFor(this.seed, `user:${spec.login}`));
  }

  /**
   * Creates a fresh, isolated copy of the demo user (`sandbox-user-1`, `-2`, …) with a random
   * password; `options` make it bigger (more positions, a large watchlist). Throws a RangeError
   * (before creating anything) when this market cannot meet them.
   */
  createFreshUser(options: BulkUserOptions = {}): UserRecord & { watchlistId?: number } {
    const problem = bulkOptionsProblem(options, this.market);
    if (problem) throw new RangeError(problem);
    const user = this.createSeededUser();
    if (options.positions === undefined && options.watchlistSize === undefined) return user;
    const added = addBulk(
      this.seedContext(),
      user,
      options,
      randomFor(this.seed, `user:${user.login}:bulk`),
    );
    return { ...user, ...added };
  }

  private seedContext(): SeedContext {
    return {
      broker: this.broker,
      market: this.market,
      users: this.users,
      watchlists: this.watchlists,
      alerts: this.alerts,
      now: this.clock(),
    };
  }

  private createSeededUser(): UserRecord {
    this.freshUsers++;
    let login = `sandbox-user-${this.freshUsers}`;
    while (this.users.has(login)) login = `sandbox-user-${++this.freshUsers}`;
    const password = `pw-${Math.floor(randomFor(this.seed, login).next() * 1e9).toString(36)}`;
    return this.addUser({
      login,
      password,
      twoFactor: false,
      firstName: 'Sandbox',
      lastName: `User ${this.freshUsers}`,
    });
  }

  /**
   * Forces a trade at `price` in a security (ticker or id) or an option contract (id or OSI
   * symbol); working orders and alerts react.
   * `holdMs` keeps the random walk off it that long. Returns the new quote, or null for an
   * unknown security or a bad price.
   */
  setPrice(symbolOrId: string | number, price: number, holdMs = 0): QuoteModel | null {
    const security = this.market.security(symbolOrId);
    if (!security?.Id) {
      // An option contract (id or OSI symbol): its value is forced instead of its underlying's.
      const option = this.market.options.find(symbolOrId);
      if (!option?.Id || !this.market.setOptionPrice(option.Id, price, holdMs)) return null;
      return this.market.quote(option.Id);
    }
    if (!this.market.setPrice(security.Id, price, holdMs)) return null;
    return this.market.quote(security.Id);
  }

  /** Daily account values between two instants. */
  accountHistory(account: AccountState, start: number, end: number): AccountValueItem[] {
    return accountHistory(
      account,
      start,
      end,
      this.broker.balance(account).equityTotal,
      this.clock(),
    );
  }
}

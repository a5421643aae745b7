/**
 * The simulated market: the catalog of securities, a seeded random walk of quotes, and hooks for
 * whoever reacts to prices (the broker fills limit/stop orders, price alerts trigger).
 *
 * Deterministic: the same seed (via `random`), the same clock readings and the same sequence of
 * calls give the same quotes and events. Nothing here reads `Date.now()` or `Math.random()`.
 *
 * @example
 * const market = new Market({ random: new Random(42), now: () => clock.now(), emit: (e) => bus.emit(e) });
 * market.onQuote((q) => broker.matchOrders(q));
 * market.tick(100); // 100 quote updates, 100 `{type:'quote'}` events
 */
import type { QuoteModel, WorldEvent } from '../../contract.ts';
import type { Random } from '../random.ts';
import { CATALOG, type CatalogEntry } from './catalog.ts';
import { easternDayStart, addEasternDays } from './eastern-time.ts';
import { generateCandles, type Candle, type HistoryQuery } from './history.ts';
import { NewsStore } from './news.ts';
import { OptionBook } from './options.ts';
import { syntheticCatalog } from './synthetic.ts';
import {
  applyTrade,
  initialState,
  rollDay,
  roundToTick,
  toQuoteModel,
  walk,
  type QuoteState,
} from './quote-state.ts';
import {
  toEquityResource,
  toSecurityModel,
  type EquityResource,
  type SecurityModel,
} from './securities.ts';

export type { EquityResource, SecurityModel } from './securities.ts';
export type { Candle, HistoryQuery, Period } from './history.ts';

export interface MarketOptions {
  /** The world's seeded generator; the market forks its own streams from it. */
  random: Random;
  /** Simulated time, epoch ms. */
  now: () => number;
  /** Where `{type:'quote'}` events go (the world's event bus). */
  emit: (event: WorldEvent) => void;
  /** Seed for per-symbol derived data (candles, news); defaults to one drawn from `random`. */
  seed?: number;
  /**
   * Synthetic common stocks listed after the real catalogue (default 0, at most 5000; see
   * `synthetic.ts`). Drawn from their own fork of `random`,
   * so the real listings start exactly as without them.
   */
  extraSecurities?: number;
}

/** Called after every quote change, after the quote event is emitted. */
export type QuoteListener = (quote: QuoteModel, securityId: number) => void;

/** One listed security with its id. */
interface Listing {
  id: number;
  entry: CatalogEntry;
  equity: EquityResource;
  model: SecurityModel;
  state: QuoteState;
}

export class Market {
  /** Seed for data derived per symbol (candles, news, option chains). */
  readonly seed: number;
  /** News and corporate actions per symbol; `news.inject()` adds a (possibly hostile) item. */
  readonly news: NewsStore;
  /** Option contracts for a few underlyings (AAPL, MSFT, SPY, …). */
  readonly options: OptionBook;

  private readonly random: Random;
  private readonly clock: () => number;
  private readonly emit: (event: WorldEvent) => void;
  private readonly listings: Listing[] = [];
  private readonly byId = new Map<number, Listing>();
  private readonly bySymbol = new Map<string, Listing>();
  /** Listings whose quotes move (mutual funds price once a day). */
  private readonly moving: Listing[] = [];
  private readonly listeners = new Set<QuoteListener>();
  /** Securities a forced price holds out of the random walk, until when (market time). */
  private readonly heldUntil = new Map<number, number>();
  /**
   * Option contracts someone watches (a quote subscription, a working order), with how many
   * watch them: only these are re-quoted when their underlying moves.
   */
  private readonly watchedOptions = new Map<number, number>();
  private nextDayStart: number;
  private isoCacheMs = Number.NaN;
  private isoCache = '';

  constructor(options: MarketOptions) {
    this.clock = options.now;
    this.emit = options.emit;
    this.random = options.random.fork('market');
    this.seed = options.seed ?? Math.floor(options.random.next() * 2 ** 31);
    const start = this.now();
    CATALOG.forEach((entry) => this.list(entry, this.random, start));
    const extra = options.extraSecurities ?? 0;
    if (extra !== 0) {
      // Forked only when asked for, after every draw above: the default world is unchanged.
      const random = options.random.fork('extra-securities');
      const taken = new Set(CATALOG.map((e) => e.symbol.toUpperCase()));
      for (const entry of syntheticCatalog(extra, random, taken)) this.list(entry, random, start);
    }
    this.nextDayStart = addEasternDays(easternDayStart(start), 1);
    this.news = new NewsStore({
      seed: this.seed,
      now: this.clock,
      resolve: (s) => this.security(s),
    });
    this.options = new OptionBook({
      seed: this.seed,
      now: this.clock,
      lastPrice: (s) => this.lastPrice(s),
      previousClose: (s) => this.find(s)?.state.previousClose ?? null,
    });
  }

  /** Current simulated time, epoch ms (the clock the market was given). */
  now(): number {
    return this.clock();
  }

  /** Every listed equity/ETF/fund, in id order. Returns fresh objects (callers may keep them). */
  securities(): EquityResource[] {
    return this.listings.map((l) => structuredClone(l.equity));
  }

  /**
   * One security by internal id (number or all-digit string) or ticker (case-insensitive).
   * Returns null when unknown.
   */
  security(idOrSymbol: number | string): EquityResource | null {
    const l = this.find(idOrSymbol);
    return l ? structuredClone(l.equity) : null;
  }

  /** The watchlist view (`SecurityModel`, with Sector) of a security or option contract, or null. */
  securityModel(idOrSymbol: number | string): SecurityModel | null {
    const l = this.find(idOrSymbol);
    if (l) return structuredClone(l.model);
    const o = this.options.find(idOrSymbol);
    if (!o) return null;
    return {
      Id: o.Id,
      Symbol: o.Symbol,
      Description: o.Description,
      Exchange: o.Exchange,
      Currency: o.Currency,
      AddedDate: o.AddedDate,
      ModifyDate: o.ModifyDate,
      Type: 'Option',
      OptionType: o.OptionType,
      ExpirationType: o.ExpirationType,
      ExpirationDate: o.ExpirationDate,
      StrikePrice: o.StrikePrice,
      SeriesId: o.SeriesId,
      UnderlyingSecuritySymbol: o.UnderlyingAssetSymbol,
      ContractSize: o.ContractSize,
      Precision: o.Precision,
      VolumePrecision: o.VolumePrecision,
      TickSize: o.TickSize,
    };
  }

  /** Sector of a security (e.g. "Technology"), or null. */
  sector(idOrSymbol: number | string): string | null {
    return this.find(idOrSymbol)?.entry.sector ?? null;
  }

  /** Current quote snapshot of an equity, or of an option contract (theoretical), or null. */
  quote(securityId: number): QuoteModel | null {
    const l = this.byId.get(securityId);
    if (l) return toQuoteModel(l.state, this.iso());
    return this.options.quote(securityId, this.iso());
  }

  /** Current Last of an equity (or an option's theoretical mid), or null if unknown. */
  lastPrice(idOrSymbol: number | string): number | null {
    const l = this.find(idOrSymbol);
    if (l) return l.state.last;
    const option = this.options.find(idOrSymbol);
    return option ? this.options.theoreticalPrice(option) : null;
  }

  /**
   * Advances the random walk by `count` quote updates (each picks one moving security, trades
   * at a new Last, re-quotes Bid/Ask) and emits one `{type:'quote'}` event per update.
   * Crossing New York midnight rolls the day (PreviousClose := Last, day range and volume reset).
   */
  tick(count = 1): void {
    const n = this.moving.length;
    for (let i = 0; i < count; i++) {
      const now = this.now();
      if (now >= this.nextDayStart) this.rollDay(now);
      const l = this.moving[Math.floor(this.random.next() * n)];
      // a price forced with a hold stays put (same seed + same calls, holds included, still
      // give the same world)
      if (this.isHeld(l.equity.Id!, now)) continue;
      walk(l.state, this.random, now);
      this.publish(l);
    }
  }

  /**
   * Forces a trade at `price` (rounded to the tick size) for tests and stories, re-quotes around
   * it and emits a quote event (so orders fill and alerts trigger as for a natural move).
   * With `holdMs`, the random walk leaves the security alone that long (market time), so the
   * forced price is what every subscriber sees until then. Returns false if the id is unknown.
   */
  setPrice(securityId: number, price: number, holdMs = 0): boolean {
    const l = this.byId.get(securityId);
    if (!l || !Number.isFinite(price) || price <= 0) return false;
    const now = this.now();
    applyTrade(l.state, price, l.state.lot, this.random, now);
    if (holdMs > 0) this.heldUntil.set(securityId, now + holdMs);
    else this.heldUntil.delete(securityId);
    this.publish(l);
    return true;
  }

  /**
   * Forces an option contract's value (id or OSI symbol) for tests and stories: it trades there
   * and its quote centres on it (`holdMs`: that long, else until its underlying next moves).
   * Emits its quote like a natural move. Returns false for an unknown contract or a bad price.
   */
  setOptionPrice(idOrSymbol: number | string, price: number, holdMs = 0): boolean {
    const option = this.options.find(idOrSymbol);
    const id = option?.Id;
    if (id === undefined || !this.options.setPrice(id, price, holdMs)) return false;
    const quote = this.options.quote(id, this.iso());
    if (quote) this.publishQuote(id, quote);
    return true;
  }

  /**
   * Starts (`true`) or stops watching a security's quote. Equities always stream; an option
   * contract is re-quoted on its underlying's moves only while somebody watches it.
   */
  watchQuote(securityId: number, watching: boolean): void {
    if (this.byId.has(securityId) || !this.options.find(securityId)) return;
    const count = (this.watchedOptions.get(securityId) ?? 0) + (watching ? 1 : -1);
    if (count > 0) this.watchedOptions.set(securityId, count);
    else this.watchedOptions.delete(securityId);
  }

  private isHeld(securityId: number, now: number): boolean {
    const until = this.heldUntil.get(securityId);
    if (until === undefined) return false;
    if (now < until) return true;
    this.heldUntil.delete(securityId);
    return false;
  }

  /** Subscribes to every quote change (ticks and `setPrice`). Returns an unsubscribe function. */
  onQuote(listener: QuoteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The day's reference values of a security: `{ previousClose, open, high, low, volume, last }`. */
  day(securityId: number): {
    previousClose: number;
    open: number;
    high: number;
    low: number;
    volume: number;
    last: number;
  } | null {
    const s = this.byId.get(securityId)?.state;
    return s
      ? {
          previousClose: s.previousClose,
          open: s.open,
          high: s.high,
          low: s.low,
          volume: s.volume,
          last: s.last,
        }
      : null;
  }

  /** Catalog facts used by history generation: annual volatility and average daily volume. */
  profile(
    idOrSymbol: number | string,
  ): { id: number; symbol: string; vol: number; adv: number; tickSize: number } | null {
    const l = this.find(idOrSymbol);
    return l
      ? {
          id: l.id,
          symbol: l.entry.symbol,
          vol: l.entry.vol,
          adv: l.entry.adv,
          tickSize: l.state.tickSize,
        }
      : null;
  }

  /**
   * Deterministic candles (oldest first) for a security, ending with the bar that holds the
   * current Last; null if the security is unknown. See `history.ts` for the query fields.
   */
  history(idOrSymbol: number | string, query: HistoryQuery): Candle[] | null {
    const l = this.find(idOrSymbol);
    if (!l) return null;
    const s = l.state;
    return generateCandles(
      {
        seed: this.seed,
        symbol: l.entry.symbol,
        vol: l.entry.vol,
        adv: l.entry.adv,
        last: s.last,
        day: {
          previousClose: s.previousClose,
          open: s.open,
          high: s.high,
          low: s.low,
          volume: s.volume,
        },
      },
      query,
      this.now(),
    );
  }

  /** Rounds a price to a security's tick size (0.01 for every listing). */
  roundPrice(price: number): number {
    return roundToTick(price, 0.01);
  }

  /** Lists one security with the next id (ids follow list order from 1). */
  private list(entry: CatalogEntry, random: Random, start: number): void {
    const id = this.listings.length + 1;
    const listing: Listing = {
      id,
      entry,
      equity: toEquityResource(entry, id),
      model: toSecurityModel(entry, id),
      state: initialState(entry, id, random, start),
    };
    this.listings.push(listing);
    this.byId.set(id, listing);
    this.bySymbol.set(entry.symbol.toUpperCase(), listing);
    if (entry.type !== 'MutualFund') this.moving.push(listing);
  }

  /** The listing of an equity by id or ticker. */
  private find(idOrSymbol: number | string): Listing | undefined {
    if (typeof idOrSymbol === 'number') return this.byId.get(idOrSymbol);
    const text = idOrSymbol.trim();
    if (/^\d+$/.test(text)) return this.byId.get(Number(text));
    return this.bySymbol.get(text.toUpperCase());
  }

  private rollDay(now: number): void {
    for (const l of this.listings) rollDay(l.state, now);
    this.nextDayStart = addEasternDays(easternDayStart(now), 1);
  }

  private publish(l: Listing): void {
    this.publishQuote(l.id, toQuoteModel(l.state, this.iso()));
    if (this.watchedOptions.size === 0 || !this.options.hasOptions(l.entry.symbol)) return;
    for (const id of [...this.watchedOptions.keys()]) {
      if (this.options.find(id)?.UnderlyingAssetSymbol !== l.entry.symbol) continue;
      const quote = this.options.trade(id, this.iso());
      if (quote) this.publishQuote(id, quote);
    }
  }

  private publishQuote(securityId: number, quote: QuoteModel): void {
    this.emit({ type: 'quote', securityId, quote });
    for (const listener of this.listeners) listener(quote, securityId);
  }

  /** ISO time of `now()`, cached while the clock stands still. */
  private iso(): string {
    const now = this.now();
    if (now !== this.isoCacheMs) {
      this.isoCacheMs = now;
      this.isoCache = new Date(now).toISOString();
    }
    return this.isoCache;
  }
}

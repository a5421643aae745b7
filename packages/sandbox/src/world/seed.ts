/**
 * The seeded shape of every sandbox user (the demo user and each fresh copy made for a test):
 * a funded margin account with ~10 open positions (some up, some down), a year of trades in
 * 20 symbols with clearly different trade counts, a few open limit orders, and a smaller cash
 * IRA. Everything is drawn from the generator handed in, so the same seed gives the same user.
 */
import type { Random } from './random.ts';
import type { Broker } from './broker/broker.ts';
import { isoDate, round } from './broker/money.ts';
import { newOrder, setStatus } from './broker/orders.ts';
import { recordTransaction } from './broker/transactions.ts';
import type { AccountState, OrderInput, OrderRecord, UserAccountModel } from './broker/types.ts';
import {
  addEasternDays,
  easternDayStart,
  isTradingDay,
  MS,
  SESSION,
} from './market/eastern-time.ts';
import type { Market } from './market/market.ts';
import type { UserDirectory, UserRecord } from './users.ts';
import type { PriceAlerts } from './alerts.ts';
import type { Watchlists } from './watchlists.ts';
import { seedIncome } from './activity/income.ts';

/** Symbols the seeded history trades, and how many round-trip trades each gets (most traded first). */
const TRADED = [
  'AAPL',
  'NVDA',
  'TSLA',
  'MSFT',
  'AMZN',
  'META',
  'AMD',
  'GOOGL',
  'JPM',
  'NFLX',
  'SPY',
  'QQQ',
  'KO',
  'DIS',
  'XOM',
  'PFE',
  'BA',
  'INTC',
  'COST',
  'PLTR',
];
const TRADE_COUNTS = [26, 21, 18, 15, 13, 11, 10, 9, 8, 7, 6, 6, 5, 4, 4, 3, 3, 2, 2, 2];
/** Symbols still held at the end of the history, and whether each should show a gain. */
const HELD: Record<string, boolean> = {
  AAPL: true,
  NVDA: true,
  MSFT: false,
  AMZN: true,
  META: false,
  GOOGL: true,
  JPM: true,
  SPY: true,
  KO: false,
  DIS: false,
  PFE: false,
  XOM: true,
};
const IRA_HELD = ['VTI', 'TLT', 'JNJ'];
/** Open positions the seeded margin account ends with (one per held symbol). */
export const SEEDED_POSITIONS = Object.keys(HELD).length;

/** What seeding needs from the world. */
export interface SeedContext {
  broker: Broker;
  market: Market;
  users: UserDirectory;
  watchlists: Watchlists;
  alerts: PriceAlerts;
  now: number;
}

export interface NewUser {
  login: string;
  password: string;
  twoFactor: boolean;
  firstName: string;
  lastName: string;
}

/** Creates a user with the seeded accounts and history. */
export function seedUser(ctx: SeedContext, spec: NewUser, random: Random): UserRecord {
  const userId = ctx.users.allocateUserId();
  const openedAt = addEasternDays(easternDayStart(ctx.now), -400);
  const user: UserRecord = {
    id: userId,
    login: spec.login,
    password: spec.password,
    twoFactor: spec.twoFactor,
    accountIds: [],
    info: {
      UserId: userId,
      FirstName: spec.firstName,
      MiddleName: '',
      LastName: spec.lastName,
      Login: spec.login,
      Email: `${spec.login}@sandbox.autoshares.test`,
      Role: 1,
      AddedDate: isoDate(openedAt),
      Salutation: 'NoSalutation',
      Suffix: 'NoSuffix',
      DateOfBirth: '1985-06-15T00:00:00Z',
    },
  };
  ctx.users.add(user);
  const margin = makeAccount(
    ctx,
    user,
    'Margin',
    'IndividualCustomer',
    'Individual Margin',
    openedAt,
    random,
  );
  const ira = makeAccount(
    ctx,
    user,
    'Cash',
    'IRA_Traditional',
    'Traditional IRA',
    openedAt,
    random,
  );
  deposit(ctx, margin, 300_000, openedAt);
  deposit(ctx, ira, 60_000, openedAt);
  tradeHistory(ctx, margin, random.fork('margin-trades'));
  iraHistory(ctx, ira, random.fork('ira-trades'));
  for (const account of [margin, ira])
    seedIncome({ now: ctx.now, nextTransactionId: ctx.broker.nextTransactionId }, account);
  openLimitOrders(ctx, margin, random.fork('open-orders'));
  watchlistsAndAlerts(ctx, user, random.fork('lists'));
  for (const account of [margin, ira])
    settleDay(ctx, account, random.fork(`history:${account.id}`));
  return user;
}

function makeAccount(
  ctx: SeedContext,
  user: UserRecord,
  marginType: 'Margin' | 'Cash',
  ownerType: NonNullable<UserAccountModel['OwnerType']>,
  alias: string,
  openedAt: number,
  random: Random,
): AccountState {
  const id = ctx.users.allocateAccountId();
  const clearing = `5SB${String(id).padStart(5, '0')}`;
  const account: AccountState = {
    id,
    userId: user.id,
    isMargin: marginType === 'Margin',
    model: {
      Id: id,
      ClearingAccount: clearing,
      AccessType: 'Owner',
      MarginType: marginType,
      OwnerType: ownerType,
      Enabled: true,
      Alias: alias,
      ClearingFirm: 'PaperTrading',
      IsAverageAccount: false,
      Owners: [user.info],
      Currency: 'USD',
    },
    details: {
      Id: uuidFrom(random),
      CreatedAt: isoDate(openedAt),
      AccountProvider: 'PaperTrading',
      FormType: 'Direct',
      User: user.login,
      ClearingAccountNumber: clearing,
      IsOpened: true,
      FormDataReference: '',
      FormData: '',
      CustomerType: ownerType === 'IndividualCustomer' ? 'Individual' : 'Ira',
      AdditionalInfo: {},
    },
    cash: 0,
    cashAtDayStart: 0,
    positions: new Map(),
    orders: new Map(),
    transactions: [],
    historyShape: [],
    historyStart: openedAt,
    historyStartValue: 0,
  };
  user.accountIds.push(id);
  ctx.broker.addAccount(account);
  return account;
}

/** A UUID drawn from the seeded generator (account details ids are part of the seeded shape). */
function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function deposit(ctx: SeedContext, account: AccountState, amount: number, at: number): void {
  account.cash += amount;
  account.historyStartValue = amount;
  recordTransaction(account, ctx.broker.nextTransactionId(), 'Payment', at, {
    Value: amount,
    Description: 'Initial deposit (ACH)',
  });
}

/** A trading-hours instant on the trading day `daysAgo` before today (the day itself if it trades, else earlier). */
export function tradingInstant(now: number, daysAgo: number, random: Random): number {
  let day = addEasternDays(easternDayStart(now), -daysAgo);
  while (!isTradingDay(day)) day = addEasternDays(day, -1);
  return day + SESSION.open + Math.floor(random.float(0.05, 0.95) * (SESSION.close - SESSION.open));
}

/** Records an order that was placed and filled in the past (no events). */
export function pastFill(
  ctx: SeedContext,
  account: AccountState,
  symbol: string,
  side: 'Buy' | 'Sell',
  quantity: number,
  price: number,
  at: number,
  type: 'Market' | 'Limit' = 'Market',
): void {
  const security = ctx.market.security(symbol);
  if (!security || quantity <= 0) return;
  const input: OrderInput = {
    symbol,
    type,
    side,
    timeInForce: 'Day',
    quantity,
    price: type === 'Limit' ? price : undefined,
  };
  const record: OrderRecord = {
    order: newOrder(ctx.broker.nextOrderId(), account, input, security, at),
    details: [],
    triggered: false,
  };
  account.orders.set(record.order.Id ?? 0, record);
  setStatus(record, 'PendingNew', at);
  setStatus(record, 'New', at + 40);
  ctx.broker.fill(account, record, quantity, price, at + 180, true);
}

/** Rounds a price to cents, keeping it positive. */
export const cents = (n: number): number => Math.max(0.01, round(n));

function tradeHistory(ctx: SeedContext, account: AccountState, random: Random): void {
  type Trade = {
    at: number;
    symbol: string;
    side: 'Buy' | 'Sell';
    quantity: number;
    price: number;
  };
  const trades: Trade[] = [];
  TRADED.forEach((symbol, i) => {
    const last = ctx.market.lastPrice(symbol);
    if (last === null) return;
    const r = random.fork(symbol);
    const count = TRADE_COUNTS[i];
    const held = symbol in HELD;
    // Budget ~$8–18k a position, whole shares.
    const lot = Math.max(1, Math.round(r.float(8_000, 18_000) / last));
    // Price level of the history relative to today: held winners were bought lower, losers higher.
    const level = held
      ? HELD[symbol]
        ? r.float(0.78, 0.93)
        : r.float(1.07, 1.22)
      : r.float(0.85, 1.15);
    const days = Array.from({ length: count }, () => r.int(2, 360)).sort((a, b) => b - a);
    let quantity = 0;
    days.forEach((daysAgo, k) => {
      const lastTrade = k === count - 1;
      const drift = 1 + ((daysAgo - 180) / 180) * r.float(-0.05, 0.05);
      const price = cents(last * level * drift * r.float(0.97, 1.03));
      // Alternate buys and sells; the final trade leaves held symbols long and the rest flat.
      let side: 'Buy' | 'Sell' = quantity === 0 || (k % 2 === 0 && !lastTrade) ? 'Buy' : 'Sell';
      let qty =
        side === 'Buy'
          ? Math.max(1, Math.round(lot * r.float(0.4, 1)))
          : Math.max(1, Math.round(quantity * r.float(0.3, 0.7)));
      if (lastTrade) {
        if (held) {
          side = 'Buy';
          qty = Math.max(1, Math.round(lot * r.float(0.5, 1)));
        } else if (quantity > 0) {
          side = 'Sell';
          qty = quantity;
        }
      }
      if (side === 'Sell') qty = Math.min(qty, quantity);
      if (qty <= 0) return;
      quantity += side === 'Buy' ? qty : -qty;
      trades.push({ at: tradingInstant(ctx.now, daysAgo, r), symbol, side, quantity: qty, price });
    });
  });
  trades.sort((a, b) => a.at - b.at);
  for (const t of trades)
    pastFill(
      ctx,
      account,
      t.symbol,
      t.side,
      t.quantity,
      t.price,
      t.at,
      t.quantity > 50 ? 'Limit' : 'Market',
    );
}

function iraHistory(ctx: SeedContext, account: AccountState, random: Random): void {
  IRA_HELD.forEach((symbol, i) => {
    const last = ctx.market.lastPrice(symbol);
    if (last === null) return;
    const qty = Math.max(1, Math.round(random.float(8_000, 14_000) / last));
    const price = cents(last * (i % 2 === 0 ? random.float(0.85, 0.95) : random.float(1.04, 1.12)));
    pastFill(
      ctx,
      account,
      symbol,
      'Buy',
      qty,
      price,
      tradingInstant(ctx.now, random.int(60, 330), random),
    );
  });
}

/** A few working limit orders, far enough from the market not to fill on their own soon. */
function openLimitOrders(ctx: SeedContext, account: AccountState, random: Random): void {
  const yesterday = tradingInstant(ctx.now, 1, random);
  const specs: { symbol: string; side: 'Buy' | 'Sell'; factor: number; quantity: number }[] = [
    { symbol: 'MSFT', side: 'Buy', factor: random.float(0.86, 0.9), quantity: 10 },
    { symbol: 'TSLA', side: 'Buy', factor: random.float(0.8, 0.85), quantity: 15 },
    { symbol: 'AAPL', side: 'Sell', factor: random.float(1.12, 1.18), quantity: 20 },
  ];
  for (const s of specs) {
    const security = ctx.market.security(s.symbol);
    const last = ctx.market.lastPrice(s.symbol);
    if (!security || last === null) continue;
    const held = account.positions.get(security.Id ?? 0)?.quantity ?? 0;
    const quantity = s.side === 'Sell' ? Math.min(s.quantity, held) : s.quantity;
    if (quantity <= 0) continue;
    const input: OrderInput = {
      symbol: s.symbol,
      type: 'Limit',
      side: s.side,
      timeInForce: 'GoodTillCancel',
      quantity,
      price: cents(last * s.factor),
    };
    ctx.broker.seedOpenOrder(account, input, yesterday);
  }
}

/** Two watchlists and a few price alerts near today's prices (one of each direction). */
function watchlistsAndAlerts(ctx: SeedContext, user: UserRecord, random: Random): void {
  ctx.watchlists.seed(user.id, [
    {
      name: 'Tech leaders',
      securities: ['AAPL', 'MSFT', 'NVDA', 'GOOGL', 'META', 'AMZN', 'AMD', 'TSLA'],
    },
    {
      name: 'Dividends & ETFs',
      securities: ['KO', 'PEP', 'JNJ', 'PG', 'XOM', 'SPY', 'QQQ', 'VTI'],
    },
  ]);
  const expires = Math.floor(ctx.now / 1000) + 30 * 86_400;
  const alerts: {
    symbol: string;
    op: 'GTEQ' | 'LTEQ';
    factor: number;
    field: 'Last' | 'Bid' | 'Ask';
  }[] = [
    { symbol: 'AAPL', op: 'GTEQ', factor: random.float(1.04, 1.08), field: 'Last' },
    { symbol: 'TSLA', op: 'LTEQ', factor: random.float(0.9, 0.95), field: 'Bid' },
    { symbol: 'NVDA', op: 'GTEQ', factor: random.float(1.05, 1.1), field: 'Ask' },
  ];
  ctx.alerts.seed(
    user.id,
    alerts.flatMap(({ symbol, op, factor, field }) => {
      const security = ctx.market.security(symbol);
      const last = ctx.market.lastPrice(symbol);
      if (!security?.Id || last === null) return [];
      return [
        {
          Operator: op,
          SecurityId: security.Id,
          Field: field,
          Argument: cents(last * factor),
          ExpirationDate: expires,
        },
      ];
    }),
  );
}

/** Starts "today" for what the account holds: realized-today and daily cost bases from the previous close. */
export function markDayStart(ctx: SeedContext, account: AccountState): void {
  for (const p of account.positions.values()) {
    p.realizedToday = 0;
    const day = ctx.market.day(p.securityId);
    p.dailyCostBasis = p.quantity * (day?.previousClose ?? ctx.market.lastPrice(p.securityId) ?? 0);
  }
  account.cashAtDayStart = account.cash;
}

/** Starts "today" ({@link markDayStart}) and draws the account's history walk. */
function settleDay(ctx: SeedContext, account: AccountState, random: Random): void {
  markDayStart(ctx, account);
  const days = Math.max(1, Math.round((easternDayStart(ctx.now) - account.historyStart) / MS.DAY));
  const shape = [0];
  for (let i = 1; i <= days; i++) shape.push(shape[i - 1] + random.normal(0, 0.01));
  account.historyShape = shape;
}

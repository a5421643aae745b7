/**
 * Every streamer entity's parser (quotes, orders, positions, balances, watchlists, price
 * alerts): what the data streamer reads. Loaded with its first connection, so a page with quotes
 * only never downloads it. Frame reading itself is `frames.ts`.
 */
import {
  convertFields,
  toIdList,
  toNumber,
  toText,
  type FieldKind,
  type RawFields,
} from './coerce.ts';
import {
  parseQuote,
  parseStreamFrames as parseFramesWith,
  type EntityParsers,
  type Kinds,
  type Parsed,
  type StreamFrame,
} from './frames.ts';
import type {
  StreamBalance,
  StreamOrder,
  StreamPosition,
  StreamPriceAlert,
  StreamWatchlist,
  StreamWatchlistContent,
} from './stream-types.ts';

export type { StreamFrame };

const ORDER_FIELDS = {
  Id: 'number',
  SecurityId: 'number',
  AccountId: 'number',
  UserId: 'number',
  RequestId: 'number',
  StateId: 'number',
  ParentId: 'number',
  ParentRequestId: 'number',
  Precision: 'number',
  VolumePrecision: 'number',
  Quantity: 'number',
  Price: 'number',
  StopPrice: 'number',
  ExecutedQuantity: 'number',
  LastPrice: 'number',
  LastQuantity: 'number',
  LeavesQuantity: 'number',
  AveragePrice: 'number',
  ExecInstNum: 'number',
  TrailingStopAmount: 'number',
  TrailingLimitAmount: 'number',
  ValidationsToBypass: 'number',
  ReinvestAction: 'number',
  UnderlyingId: 'number',
  UnderlyingStrike: 'number',
  UnderlyingExpirationDate: 'date',
  ContingentSecurityId: 'number',
  BrokerServiceCommission: 'number',
  IsExternal: 'boolean',
  ExecInst: 'numberOrText',
  Date: 'date',
  TransactionDate: 'date',
  SettDate: 'date',
  ExpireDate: 'date',
  CreateDate: 'date',
  SettlementDate: 'date',
} as const satisfies Partial<Record<keyof StreamOrder, FieldKind>>;

const POSITION_FIELDS = {
  Id: 'number',
  AccountId: 'number',
  SecurityId: 'number',
  ContractSize: 'number',
  CostBasis: 'number',
  DailyCostBasis: 'number',
  Quantity: 'number',
  RealizedProfitLoss: 'number',
  UnrealizedProfitLoss: 'number',
  AverageOpenPrice: 'number',
  AverageClosePrice: 'number',
  StopLossPrice: 'number',
  TakeProfitPrice: 'number',
  DailyCloseProfitLoss: 'number',
  ExcessChanges: 'number',
  DayQuantity: 'number',
  MarketValueEOD: 'number',
  EODPrice: 'number',
  OpenQuantity: 'number',
  UnderlyingExpirationDate: 'date',
  UnderlyingId: 'number',
  UnderlyingStrike: 'number',
  TickSize: 'number',
  VolumePrecision: 'number',
  LoanedQuantity: 'number',
  CreateDate: 'date',
  ModifyDate: 'date',
} as const satisfies Partial<Record<keyof StreamPosition, FieldKind>>;

const BALANCE_FIELDS = {
  AccountId: 'number',
  UserId: 'number',
  CashBalance: 'number',
  PendingCash: 'number',
  PendingOrdersCount: 'number',
} as const satisfies Partial<Record<keyof StreamBalance, FieldKind>>;

const WATCHLIST_FIELDS = {
  id: 'number',
  Id: 'number',
  UserId: 'number',
  IsDeleted: 'boolean',
  CreateDate: 'date',
  ModifyDate: 'date',
} as const;

const ALERT_FIELDS = {
  Id: 'number',
  UserId: 'number',
  SecurityId: 'number',
  Argument: 'number',
  CreatedDate: 'date',
  ExpirationDate: 'date',
  IsDeleted: 'boolean',
} as const satisfies Partial<Record<keyof StreamPriceAlert, FieldKind>>;

/** The key a message belongs to: its `Key`, else the entity's owner field. */
function routingKey(raw: RawFields, owner: string): string | undefined {
  return toText(raw.Key) ?? toText(raw[owner]);
}

/** Per entity: raw fields → routing key and typed payload, or a reason for rejecting it. */
const PARSERS: Required<EntityParsers> = {
  Quote: parseQuote,
  Order: (raw) => withKey(raw, 'AccountId', ORDER_FIELDS, (f) => f as StreamOrder),
  Position: (raw) => withKey(raw, 'AccountId', POSITION_FIELDS, (f) => f as StreamPosition),
  AccountBalance: (raw) => balance(raw, 'AccountId'),
  UserBalance: (raw) => balance(raw, 'UserId'),
  Watchlist(raw) {
    const id = toNumber(raw.id) ?? toNumber(raw.Id);
    if (id === undefined) return 'Watchlist without an id';
    return withKey(raw, 'UserId', WATCHLIST_FIELDS, (f) => {
      delete f.id;
      return { ...f, Id: id, IsDeleted: f.IsDeleted === true } as StreamWatchlist;
    });
  },
  WatchlistContent(raw) {
    const id = toNumber(raw.Key) ?? toNumber(raw.WatchlistId);
    if (id === undefined) return 'WatchlistContent without a numeric Key';
    const data: StreamWatchlistContent = {
      WatchlistId: id,
      AddedSymbols: toIdList(raw.AddedSymbols),
      RemovedSymbols: toIdList(raw.RemovedSymbols),
    };
    return { key: String(id), data };
  },
  PriceAlert: (raw) =>
    withKey(
      raw,
      'UserId',
      ALERT_FIELDS,
      (f) => ({ ...f, IsDeleted: f.IsDeleted === true }) as StreamPriceAlert,
    ),
};

function withKey(
  raw: RawFields,
  owner: string,
  kinds: Kinds,
  build: (fields: Record<string, unknown>) => unknown,
): Parsed {
  const key = routingKey(raw, owner);
  if (key === undefined) return `${String(raw.EntityType)} without a Key or ${owner}`;
  const fields = convertFields(raw, kinds);
  delete fields.Key;
  return { key, data: build(fields) };
}

function balance(raw: RawFields, owner: 'AccountId' | 'UserId'): Parsed {
  return withKey(raw, owner, BALANCE_FIELDS, (fields) => {
    const data: StreamBalance = { ...fields, Items: parseBalanceItems(raw.Items) };
    return data;
  });
}

/** `Items`: a JSON string (or array) of `[{Name, Value}]` → `{ [Name]: number }`. */
export function parseBalanceItems(value: unknown): Record<string, number> {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return {};
    }
  }
  const items: Record<string, number> = {};
  if (!Array.isArray(list)) return items;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { Name, Value } = item as { Name?: unknown; Value?: unknown };
    const n = toNumber(Value);
    if (typeof Name === 'string' && n !== undefined) items[Name] = n;
  }
  return items;
}

/**
 * Parses one WebSocket text frame of any entity. A frame holding a JSON array yields one result
 * per element (tolerated in case a streamer batches messages).
 */
export function parseStreamFrames(text: unknown): StreamFrame[] {
  return parseFramesWith(text, PARSERS);
}

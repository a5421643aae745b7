/**
 * Parses streamer frames (api-reference §12) into commands and typed data messages.
 *
 * Every value on the wire is a string. A frame that is not JSON, not an object, or lacks what
 * its entity needs (a key, an id) comes back as `{ type: 'invalid' }`: the connection counts and
 * drops it, and no listener ever sees it. Nothing here throws.
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
  isStreamEntity,
  type StreamBalance,
  type StreamEntity,
  type StreamMessage,
  type StreamOrder,
  type StreamPosition,
  type StreamPriceAlert,
  type StreamQuote,
  type StreamWatchlist,
  type StreamWatchlistContent,
} from './stream-types.ts';

/** One parsed frame. */
export type StreamFrame =
  /** A protocol command or acknowledgement (`CreateSession.txt`, `Ping`, `Subscribe.txt`, …). */
  | { type: 'command'; cmd: string; statusCode?: string; sessionId?: string; fields: RawFields }
  /** A data message of an entity this client understands. */
  | { type: 'data'; message: StreamMessage }
  /** Well-formed, but of an entity this client does not handle (e.g. `Candle`). */
  | { type: 'unknown'; entityType: string }
  /** Malformed JSON or a wrong shape; dropped and counted. */
  | { type: 'invalid'; reason: string };

type Kinds = Readonly<Record<string, FieldKind>>;

const QUOTE_FIELDS = {
  Ask: 'number',
  Bid: 'number',
  Last: 'number',
  Price: 'number',
  Mark: 'number',
  Open: 'number',
  High: 'number',
  Low: 'number',
  Close: 'number',
  PreviousClose: 'number',
  Change: 'number',
  ChangePc: 'number',
  Volume: 'number',
  TotalDailyVolume: 'number',
  AskSize: 'number',
  BidSize: 'number',
  OpenInterest: 'number',
  Week52Low: 'number',
  Week52High: 'number',
  QuoteTypes: 'number',
  MarketCap: 'number',
  PeRatio: 'number',
  IsHalted: 'boolean',
  Date: 'date',
  BidTime: 'date',
  AskTime: 'date',
} as const satisfies Partial<Record<keyof StreamQuote, FieldKind>>;

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

type Parsed = { key: string; data: unknown } | string;

/** Per entity: raw fields → routing key and typed payload, or a reason for rejecting it. */
const PARSERS: Record<StreamEntity, (raw: RawFields) => Parsed> = {
  Quote(raw) {
    const id = toNumber(raw.Key) ?? toNumber(raw.SecurityId);
    if (id === undefined) return 'Quote without a numeric Key';
    const data = convertFields(raw, QUOTE_FIELDS as Kinds, 'Key') as StreamQuote;
    data.SecurityId = id;
    return { key: String(id), data };
  },
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

/** Parses one decoded JSON value (an object) into a frame. */
export function parseStreamObject(value: unknown): StreamFrame {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { type: 'invalid', reason: 'not an object' };
  }
  const raw = value as RawFields;
  const cmd = toText(raw.Cmd);
  if (cmd !== undefined) {
    return {
      type: 'command',
      cmd,
      statusCode: toText(raw.StatusCode),
      sessionId: toText(raw.SessionId),
      fields: raw,
    };
  }
  const entityType = toText(raw.EntityType);
  if (entityType === undefined) return { type: 'invalid', reason: 'neither Cmd nor EntityType' };
  if (!isStreamEntity(entityType)) return { type: 'unknown', entityType };
  const parsed = PARSERS[entityType](raw);
  if (typeof parsed === 'string') return { type: 'invalid', reason: parsed };
  return { type: 'data', message: { entity: entityType, ...parsed } as StreamMessage };
}

/**
 * Parses one WebSocket text frame. A frame holding a JSON array yields one result per element
 * (tolerated in case a streamer batches messages).
 */
export function parseStreamFrames(text: unknown): StreamFrame[] {
  if (typeof text !== 'string') return [{ type: 'invalid', reason: 'not a text frame' }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ type: 'invalid', reason: 'malformed JSON' }];
  }
  return Array.isArray(value) ? value.map(parseStreamObject) : [parseStreamObject(value)];
}

/**
 * Typed shapes of the ETNA streamer's data messages AFTER parsing (api-reference §12.3).
 *
 * HAND-WRITTEN: the spec has no schemas for stream messages. Where a stream message mirrors a
 * spec model (quotes, orders, positions, alerts) the type is derived from the client's
 * normalised model of it (`types.ts`: dates are epoch ms or null, as everywhere in the client),
 * so a stream update and a REST resource have the same shape; only what the stream adds
 * (`…Offset` fields, extra fields) is written here. On the wire every value is a string; these
 * are the converted values.
 */
import type {
  AccountBalance,
  EpochMs,
  OrderResource,
  PositionResource,
  PriceAlertInfoModel,
  QuoteModel,
  WatchlistModel,
} from '../types.ts';
import type { StreamEntity } from '../contract/index.ts';

// The streamer and entity names are wire contract (contract/streamer.ts).
export {
  isStreamEntity,
  streamerFor,
  type StreamEntity,
  type StreamerKind,
} from '../contract/index.ts';

/** Adds an optional numeric `<Field>Offset` for each date field (the stream's time zone offsets). */
type WithOffsets<K extends string> = { [F in K as `${F}Offset`]?: number };

/**
 * A quote update (quote streamer, key = SecurityId). Numbers are numbers, dates epoch ms.
 * Only the fields present in the message are set, so an update may be partial.
 * HAND-WRITTEN additions to the spec's `QuoteModel`: `BidTime`, `AskTime`, `MarketCap`, `PeRatio`,
 * and the stream's names for the exchanges (`AskMarket`, `BidMarket`, `LastMarket`).
 */
export type StreamQuote = Omit<QuoteModel, 'Key' | 'SecurityId'> & {
  /** The security's internal id (the message `Key`). */
  SecurityId: number;
  BidTime?: EpochMs;
  AskTime?: EpochMs;
  MarketCap?: number;
  PeRatio?: number;
  AskMarket?: string;
  BidMarket?: string;
  LastMarket?: string;
};

/** Date fields of an order message that come with a `…Offset` (the New York offset, ms). */
type OrderOffsetField = 'Date' | 'CreateDate' | 'TransactionDate' | 'ExpireDate';

/**
 * An order update (data streamer, key = accountId). Mirrors `OrderResource` (dates epoch ms),
 * plus `…Offset` companions; `ExecInst` may be numeric flags.
 */
export type StreamOrder = Omit<OrderResource, 'ExecInst' | 'Legs'> &
  WithOffsets<OrderOffsetField> & {
    /** Numeric flags on the stream (the REST model uses a name). */
    ExecInst?: number | string;
    /** Why the order was rejected (stream only). */
    RejectReason?: string;
  };

/** A position update (data streamer, key = accountId). Mirrors `PositionResource` (dates epoch ms). */
export type StreamPosition = PositionResource & WithOffsets<'CreateDate' | 'ModifyDate'>;

/**
 * A balance update (data streamer): `AccountBalance` keyed by accountId, `UserBalance` by userId.
 * `Items` arrives as a JSON string of `[{Name, Value}]` with the camelCase names of
 * `/accounts/{id}/info` (`cash`, `stockBuyingPower`, …); here it is an object of numbers.
 */
export interface StreamBalance {
  AccountId?: number;
  UserId?: number;
  CashBalance?: number;
  PendingCash?: number;
  PendingOrdersCount?: number;
  /** camelCase balance fields → value, e.g. `{ cash: 1000, stockBuyingPower: 2000 }`. */
  Items: Partial<AccountBalance>;
}

/** A watchlist was created, renamed or deleted (data streamer, key = userId). */
export interface StreamWatchlist {
  /** The watchlist id (lowercase `id` on the wire). */
  Id: number;
  Name?: string;
  Type?: WatchlistModel['Type'];
  Description?: string;
  /** Epoch ms (`MM/dd/yyyy HH:mm:ss` on the wire). */
  CreateDate?: EpochMs;
  /** Epoch ms (`MM/dd/yyyy HH:mm:ss` on the wire). */
  ModifyDate?: EpochMs;
  /** `"True"`/`"False"` on the wire. */
  IsDeleted: boolean;
  UserId?: number;
}

/** Securities were added to or removed from a watchlist (data streamer, key = watchlistId). */
export interface StreamWatchlistContent {
  WatchlistId: number;
  /** Security ids added (`"null"` on the wire when none). */
  AddedSymbols: number[];
  /** Security ids removed (`"null"` on the wire when none). */
  RemovedSymbols: number[];
}

/**
 * A price alert was created, changed, triggered or deleted (data streamer, key = userId).
 * Undocumented in ETNA; the shape follows the sandbox: the `PriceAlertInfoModel` fields (dates
 * epoch ms, like the REST model; Unix seconds on the wire) plus `IsDeleted` and `UserId`.
 */
export type StreamPriceAlert = PriceAlertInfoModel & {
  IsDeleted: boolean;
  UserId?: number;
};

/** Parsed payload type per entity. */
export interface StreamPayloads {
  Quote: StreamQuote;
  Order: StreamOrder;
  Position: StreamPosition;
  AccountBalance: StreamBalance;
  UserBalance: StreamBalance;
  Watchlist: StreamWatchlist;
  WatchlistContent: StreamWatchlistContent;
  PriceAlert: StreamPriceAlert;
}

/** One parsed data message: its entity, the subscription key it belongs to, and its payload. */
export type StreamMessage = {
  [E in StreamEntity]: { entity: E; key: string; data: StreamPayloads[E] };
}[StreamEntity];

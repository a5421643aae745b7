/**
 * Friendly names for the API's resources. Spec types are aliases of the generated schema types
 * (never re-declared); their date fields are retyped to epoch ms by {@link Normalized}, because
 * the client normalises every date it returns (see `http/dates.ts`). Types the spec does not
 * have are hand-written below and marked **Hand-written** in their JSDoc.
 */
import type { components } from './generated/autoshares-api.ts';
import type { AccountBalance } from './contract/index.ts';
import type { DateInput, DateKey, EpochMs } from './http/dates.ts';

export type { DateInput, DateKey, EpochMs } from './http/dates.ts';

/** All schemas of the spec, as generated. */
export type Schemas = components['schemas'];

/** A response type after normalisation: every date field (`DateKey`) is epoch ms or null. */
export type Normalized<T> = T extends readonly (infer U)[]
  ? Normalized<U>[]
  : T extends object
    ? { [K in keyof T]: K extends DateKey ? EpochMs : Normalized<T[K]> }
    : T;

// ---- responses (normalised) -------------------------------------------------------------
export type OrderResource = Normalized<Schemas['OrderResource']>;
export type OrderPreviewResource = Normalized<Schemas['OrderPreviewResource']>;
export type OrderVerifiedResource = Normalized<Schemas['OrderVerifiedResource']>;
export type OrderDetailsModel = Normalized<Schemas['OrderDetailsModel']>;
export type OrderLimits = Normalized<Schemas['OrderLimits']>;
export type QuoteModel = Normalized<Schemas['QuoteModel']>;
export type PositionResource = Normalized<Schemas['PositionResource']>;
export type GroupPositionsResource = Normalized<Schemas['GroupPositionsResource']>;
export type EquityResource = Normalized<Schemas['EquityResource']>;
export type OptionResource = Normalized<Schemas['OptionResource']>;
export type OptionChainResource = Normalized<Schemas['OptionChainResource']>;
export type OptionExpirationResource = Normalized<Schemas['OptionExpirationResource']>;
export type UserInfoModel = Normalized<Schemas['UserInfoModel']>;
export type UserAccountModel = Normalized<Schemas['UserAccountModel']>;
export type AccountValueItem = Normalized<Schemas['AccountValueItem']>;
export type WatchlistModel = Normalized<Schemas['WatchlistModel']>;
export type SecurityModel = Normalized<Schemas['SecurityModel']>;
export type PriceAlertInfoModel = Normalized<Schemas['PriceAlertInfoModel']>;
export type TransactionMapModel = Normalized<Schemas['TransactionMapModel']>;
export type ChartHistoryModel = Normalized<Schemas['ChartHistoryModel']>;
export type Candle = Normalized<Schemas['TimeSeriesValueCandleMapModel']>;
export type NewsResource = Normalized<Schemas['NewsResource']>;
export type CorporateActionResource = Normalized<Schemas['CorporateActionResource']>;
export type StreamerDataModel = Schemas['StreamerDataModel'];
export type UrlDesc = Schemas['UrlDesc'];

// ---- requests --------------------------------------------------------------------------
export type SecuritySignature = Schemas['SecuritySignature'];
export type CreateWatchlistModel = Schemas['CreateWatchlistModel'];
export type ModifyOrderResource = Omit<Schemas['ModifyOrderResource'], 'ExpireDate'> & {
  /** epoch ms or Date (sent as ISO). */
  ExpireDate?: DateInput | string;
};
/** The place/verify body. `ExpireDate` may be epoch ms or a Date (sent as ISO). */
export type CreateOrderResource = Omit<Schemas['CreateOrderResource'], 'ExpireDate' | 'Legs'> & {
  ExpireDate?: DateInput | string;
  Legs?: CreateOrderResource[];
};
/** The create/modify body of a price alert; `ExpirationDate` in epoch ms or Date (sent as Unix s). */
export type PriceAlertInput = Omit<Schemas['PriceAlertEditableModel'], 'ExpirationDate'> & {
  ExpirationDate: DateInput;
};

// ---- wire contract (enums, status codes, balance fields): see contract/ -----------------
export type {
  AccountBalance,
  OrderSide,
  OrderType,
  OrderStatus,
  TimeInForce,
} from './contract/index.ts';

// ---- hand-written ----------------------------------------------------------------------

/**
 * **Hand-written**: `/users/{id}/balance-info` is untyped in the spec and its doc sample is
 * empty; the client returns whatever balance fields the server sends.
 */
export type UserBalance = Partial<AccountBalance> & Record<string, unknown>;

/**
 * **Hand-written**: one page of a paged list, normalised from `PagingResult[T]` (or from a bare
 * array, which some endpoints send instead; then it is the only page).
 */
export interface Page<T> {
  items: T[];
  /** Total across all pages as the server reports it. */
  totalCount: number;
  /** Zero-based. */
  pageNumber: number;
  pageSize: number;
  hasNextPage: boolean;
}

/** **Hand-written**: the rename-watchlist result, normalised from `{"m_Item1":id,"m_Item2":name}`. */
export interface WatchlistRename {
  id: number;
  name: string;
}

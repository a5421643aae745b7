/**
 * The broker's internal records and the small view of the market it needs. The broker stores
 * the API resources themselves (`OrderResource`, `TransactionMapModel`, …) and a few internal
 * fields beside them, so answering a request is a copy, not a translation.
 */
import type {
  OrderSide,
  OrderType,
  TimeInForce,
  TrailingAmountType,
} from '@autoshares/client/contract';
import type { OrderResource, QuoteModel, Schemas } from '../../contract.ts';

export type CreateOrderResource = Schemas['CreateOrderResource'];
export type ModifyOrderResource = Schemas['ModifyOrderResource'];
export type OrderPreviewResource = Schemas['OrderPreviewResource'];
export type OrderVerifiedResource = Schemas['OrderVerifiedResource'];
export type OrderDetailsModel = Schemas['OrderDetailsModel'];
export type TransactionMapModel = Schemas['TransactionMapModel'];
export type UserAccountModel = Schemas['UserAccountModel'];
export type AMSAccountModel = Schemas['AMSAccountModel'];
export type UserInfoModel = Schemas['UserInfoModel'];
export type OptionResource = Schemas['OptionResource'];
/**
 * A tradable security: an equity (`EquityResource`) or an option contract (`OptionResource`,
 * which adds the contract terms).
 */
export type EquityResource = Schemas['EquityResource'] &
  Partial<
    Pick<
      OptionResource,
      | 'Name'
      | 'OptionType'
      | 'ExpirationType'
      | 'ExpirationDate'
      | 'StrikePrice'
      | 'SeriesId'
      | 'UnderlyingAssetSymbol'
    >
  >;
export type GroupPositionsResource = Schemas['GroupPositionsResource'];
export type AccountValueItem = Schemas['AccountValueItem'];
export type { OrderSide, OrderStatus, OrderType, TimeInForce } from '@autoshares/client/contract';

/** What the broker needs from the market: securities and live quotes. */
export interface BrokerMarket {
  /** A security by ticker (case-insensitive) or internal id; null if unknown. */
  security(symbolOrId: string | number): EquityResource | null;
  /** The live quote of a security; null if unknown. */
  quote(securityId: number): QuoteModel | null;
  /** A working order in an option contract keeps its quote moving (`false` ends that). */
  watch?(securityId: number, watching: boolean): void;
}

/** An order and what the API shows about its past. */
export interface OrderRecord {
  order: OrderResource;
  /** One entry per event, for `GET A/orders/{id}/details`. */
  details: OrderDetailsModel[];
  /** A stop or stop-limit order whose stop price has been reached. */
  triggered: boolean;
  /** Why a `PendingNew` order will be rejected when it is processed (verification failed). */
  pendingReject?: string;
  /** A leg of a multi-leg or conditional order: its parent's id. */
  parentId?: number;
  /** A multi-leg or conditional order: its legs' ids, in request order. */
  legIds?: number[];
  /** A trailing order: the best price the market reached since it was accepted. */
  trailExtreme?: number;
}

/** A position (open or closed) of one account in one security. */
export interface PositionState {
  id: number;
  securityId: number;
  symbol: string;
  name: string;
  /** Signed: negative is short. */
  quantity: number;
  /** Signed cost of the open quantity (quantity × average open price). */
  costBasis: number;
  /** Cost of the open quantity at the start of the day (previous close) plus today's additions. */
  dailyCostBasis: number;
  realized: number;
  /** Realized today. */
  realizedToday: number;
  closedQuantity: number;
  closedValue: number;
  createDate: number;
  modifyDate: number;
  /** Shares per unit (100 for an option contract): cost, value and P&L are per share × this. */
  contractSize: number;
}

/** Everything one account holds. */
export interface AccountState {
  id: number;
  userId: number;
  model: UserAccountModel;
  details: AMSAccountModel;
  isMargin: boolean;
  cash: number;
  /** Cash at the start of the day (for the day's change). */
  cashAtDayStart: number;
  positions: Map<number, PositionState>;
  orders: Map<number, OrderRecord>;
  transactions: TransactionMapModel[];
  /** Daily random-walk shape for `/history`, one entry per day from `historyStart` (a bridge to today's value). */
  historyShape: number[];
  historyStart: number;
  historyStartValue: number;
  /** Pending deposits less pending withdrawals (`pendingCash`); kept by the funding book. */
  pendingCash?: number;
  /** Cash that cannot be withdrawn: deposits on hold, pending withdrawals; kept by the funding book. */
  unavailableCash?: number;
}

/** A bound place/verify request. */
export interface OrderInput {
  symbol: string;
  type: OrderType;
  side: OrderSide;
  timeInForce: TimeInForce;
  quantity: number;
  price?: number;
  stopPrice?: number;
  expireDate?: number;
  clientId?: string;
  comment?: string;
  exchange?: string;
  extendedHours?: string;
  trailingStopAmount?: number;
  trailingStopAmountType?: TrailingAmountType;
  trailingLimitAmount?: number;
  trailingLimitAmountType?: TrailingAmountType;
  /** Legs of a multi-leg or conditional order (present when the body had `Legs`). */
  legs?: OrderInput[];
  /** The field names the body sent (as spelled), for the multi-leg rule that a leg carries only Symbol, Quantity and Side. */
  fields?: ReadonlySet<string>;
}

/** A bound replace request: only the fields that change are set. */
export interface ModifyInput {
  id: number;
  type?: OrderType;
  quantity?: number;
  price?: number;
  stopPrice?: number;
  timeInForce?: TimeInForce;
  expireDate?: number;
  comment?: string;
  trailingStopAmount?: number;
  trailingStopAmountType?: TrailingAmountType;
  trailingLimitAmount?: number;
  trailingLimitAmountType?: TrailingAmountType;
}

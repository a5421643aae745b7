/**
 * World events → ETNA streamer messages (api-reference §12.3), quirks included:
 * - every value is a string;
 * - quote and watchlist dates are `MM/dd/yyyy HH:mm:ss` (UTC here; ETNA does not say);
 * - order and position dates are Unix ms strings with a `…Offset` (New York offset, ms);
 * - quantities and prices of orders and positions have five decimals (`"100.00000"`), as the
 *   ETNA samples show; quote values are plain numbers (`"72.9"`);
 * - the AccountBalance `Items` field is itself a JSON string of `{Name, Value}` pairs with the
 *   camelCase names of `/accounts/{id}/info`;
 * - the Watchlist message has a lowercase `id`.
 * Data messages carry `EntityType` and `Key`, never `Cmd`.
 */
import type {
  AccountBalance,
  OrderResource,
  PositionResource,
  PriceAlertInfoModel,
  QuoteModel,
  WatchlistModel,
  WorldEvent,
} from '../contract.ts';
import { easternOffset } from '../world/market/eastern-time.ts';
import type { StreamEntity } from '@autoshares/client/contract';

/** A streamer message: a flat object of strings. */
export type StreamMessage = Record<string, string>;

/**
 * The streamer entity types the sandbox serves: the contract's `STREAM_ENTITIES` but
 * `UserBalance`. `PriceAlert` is a sandbox addition (ETNA documents no alert stream).
 */
export type StreamEntityType = Exclude<StreamEntity, 'UserBalance'>;

/** .NET `DateTime.MinValue` as Unix ms: what ETNA sends for "no date". */
export const NO_DATE_MS = -62135596800000;

/** Epoch ms of an ISO date string or a number already in ms; `NO_DATE_MS` when absent or unparsable. */
export function toEpochMs(value: string | number | undefined | null): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NO_DATE_MS;
  if (!value) return NO_DATE_MS;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? NO_DATE_MS : ms;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `MM/dd/yyyy HH:mm:ss` in UTC; absent dates become `01/01/1970 00:00:00` as in the ETNA sample. */
export function formatStreamDate(value: string | number | undefined | null): string {
  let ms = toEpochMs(value);
  if (ms === NO_DATE_MS) ms = 0;
  const d = new Date(ms);
  return (
    `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear(), 4)} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** A plain number as ETNA writes quote values (`"72.9"`); absent → `"0"`. */
const num = (value: number | undefined | null): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '0';

/** A decimal with five places as in ETNA order/position messages (`"100.00000"`). */
const dec = (value: number | undefined | null): string =>
  (typeof value === 'number' && Number.isFinite(value) ? value : 0).toFixed(5);

/** An id, or `"-1"` when there is none (ETNA's `ParentId`, `UnderlyingId`). */
const id = (value: number | undefined | null): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '-1';

const str = (value: string | undefined | null): string => value ?? '';

/** .NET boolean text. */
const bool = (value: boolean | undefined | null): string => (value ? 'True' : 'False');

/** Unix ms string of a date. */
const ms = (value: string | number | undefined | null): string => String(toEpochMs(value));

/** Unix ms string of the New York UTC offset at a date (`"-14400000"` in summer). */
const offset = (value: string | number | undefined | null): string => {
  const at = toEpochMs(value);
  return String(at === NO_DATE_MS ? 0 : easternOffset(at));
};

/** `Quote` (quote streamer, key SecurityId). Field set of the ETNA sample. */
export function quoteMessage(securityId: number, quote: QuoteModel): StreamMessage {
  const date = quote.Date ?? quote.Timestamp;
  const time = formatStreamDate(quote.Timestamp ?? quote.Date);
  return {
    EntityType: 'Quote',
    Key: String(securityId),
    QuoteTypes: num(quote.QuoteTypes),
    Ask: num(quote.Ask),
    AskMarket: str(quote.AskExchange),
    AskTime: time,
    Bid: num(quote.Bid),
    BidMarket: str(quote.BidExchange),
    BidTime: time,
    Last: num(quote.Last),
    Price: num(quote.Price ?? quote.Last),
    LastMarket: str(quote.LastExchange),
    Date: formatStreamDate(date),
    High: num(quote.High),
    Low: num(quote.Low),
    Open: num(quote.Open),
    Close: num(quote.Close),
    Volume: num(quote.Volume),
    Change: num(quote.Change),
    ChangePc: num(quote.ChangePc),
    Week52Low: num(quote.Week52Low),
    Week52High: num(quote.Week52High),
    MarketCap: '0',
    PeRatio: '0',
    OpenInterest: num(quote.OpenInterest),
    TotalDailyVolume: num(quote.TotalDailyVolume),
    AskSize: num(quote.AskSize),
    BidSize: num(quote.BidSize),
    PreviousClose: num(quote.PreviousClose),
    IsHalted: bool(quote.IsHalted),
  };
}

/** `Order` (data streamer, key accountId). Field set of the ETNA sample plus `Key` and `ClientId`. */
export function orderMessage(accountId: number, order: OrderResource): StreamMessage {
  const created = order.CreateDate ?? order.Date;
  return {
    EntityType: 'Order',
    Key: String(accountId),
    Id: id(order.Id),
    ClientId: str(order.ClientId),
    SecurityId: id(order.SecurityId),
    Quantity: dec(order.Quantity),
    Price: dec(order.Price),
    ExecutedQuantity: dec(order.ExecutedQuantity),
    LastPrice: dec(order.LastPrice),
    LastQuantity: dec(order.LastQuantity),
    LeavesQuantity: dec(order.LeavesQuantity),
    AveragePrice: dec(order.AveragePrice),
    Side: str(order.Side),
    CreateDate: ms(created),
    Date: ms(order.Date ?? created),
    DateOffset: offset(order.Date ?? created),
    DateText: '',
    TransactionDate: ms(order.TransactionDate),
    TransactionDateText: ms(order.TransactionDate),
    Status: str(order.Status),
    ExecutionStatus: str(order.ExecutionStatus ?? order.Status),
    Type: str(order.Type),
    Description: str(order.Description),
    Comment: str(order.Comment),
    TimeInForce: str(order.TimeInForce),
    AccountId: String(order.AccountId ?? accountId),
    StopPrice: dec(order.StopPrice),
    ExecInst: String(order.ExecInstNum ?? 0),
    ExpireDate: ms(order.ExpireDate),
    SecurityType: str(order.SecurityType),
    Symbol: str(order.Symbol),
    Exchange: str(order.Exchange),
    Currency: str(order.Currency),
    Name: str(order.Name || order.Symbol),
    UnderlyingSymbol: str(order.UnderlyingSymbol),
    UnderlyingId: id(order.UnderlyingId),
    UnderlyingStrike: order.UnderlyingStrike ? dec(order.UnderlyingStrike) : '0',
    UnderlyingOptionType: order.UnderlyingOptionType || 'Undefined',
    UnderlyingExpirationDate: String(order.UnderlyingExpirationDate || NO_DATE_MS),
    UnderlyingExpirationType: order.UnderlyingExpirationType ?? 'Undefined',
    TrailingStopAmountType: order.TrailingStopAmountType ?? 'Absolute',
    TrailingStopAmount: dec(order.TrailingStopAmount),
    TrailingLimitAmountType: order.TrailingLimitAmountType ?? 'Absolute',
    TrailingLimitAmount: dec(order.TrailingLimitAmount),
    RejectReason:
      order.Status === 'Rejected' ? str(order.ErrorDescriptionText ?? order.Description) : '',
    ParentId: id(order.ParentId),
    InitialType: str(order.InitialType ?? order.Type),
  };
}

/** `Position` (data streamer, key accountId). Field set of the ETNA sample plus `Key`. */
export function positionMessage(accountId: number, position: PositionResource): StreamMessage {
  return {
    EntityType: 'Position',
    Key: String(accountId),
    Id: id(position.Id),
    AccountId: String(position.AccountId ?? accountId),
    SecurityId: id(position.SecurityId),
    CostBasis: dec(position.CostBasis),
    DailyCostBasis: dec(position.DailyCostBasis),
    CreateDate: ms(position.CreateDate),
    CreateDateOffset: offset(position.CreateDate),
    ModifyDate: ms(position.ModifyDate ?? position.CreateDate),
    ModifyDateOffset: offset(position.ModifyDate ?? position.CreateDate),
    Quantity: dec(position.Quantity),
    RealizedProfitLoss: dec(position.RealizedProfitLoss),
    AverageOpenPrice: dec(position.AverageOpenPrice),
    AverageClosePrice: dec(position.AverageClosePrice),
    SecurityType: str(position.SecurityType),
    Symbol: str(position.Symbol),
    Exchange: '',
    Currency: str(position.Currency ?? position.SecurityCurrency),
    Name: str(position.Name ?? position.Symbol),
    CompanyName: str(position.CompanyName),
    UnderlyingSymbol: str(position.UnderlyingSymbol),
    UnderlyingId: id(position.UnderlyingId),
    UnderlyingStrike: dec(position.UnderlyingStrike),
    UnderlyingOptionType: position.UnderlyingOptionType || 'Undefined',
    UnderlyingExpirationDate: String(position.UnderlyingExpirationDate ?? NO_DATE_MS),
    UnderlyingExpirationType: position.UnderlyingExpirationType ?? 'Undefined',
  };
}

/** The order of `Items` in the ETNA AccountBalance sample; every balance field appears once. */
export const BALANCE_ITEM_ORDER = [
  'cash',
  'netCash',
  'excess',
  'changeAbsolute',
  'changePercent',
  'equityTotal',
  'pendingOrdersCount',
  'netLiquidity',
  'stockLongMarketValue',
  'stockShortMarketValue',
  'optionLongMarketValue',
  'optionShortMarketValue',
  'forexLongMarketValue',
  'forexShortMarketValue',
  'dayTrades',
  'stockBuyingPower',
  'optionBuyingPower',
  'forexBuyingPower',
  'dayTradingBuyingPower',
  'pendingCash',
  'maintenanceMargin',
  'optionMaintenanceMargin',
  'openPL',
  'openPLDay',
  'openPLPercent',
  'closePL',
  'marketValue',
  'totalPL',
] as const satisfies readonly (keyof AccountBalance)[];

/** `AccountBalance` (data streamer, key accountId); `Items` is a JSON string with numeric values. */
export function balanceMessage(accountId: number, balance: AccountBalance): StreamMessage {
  const items = BALANCE_ITEM_ORDER.map((name) => ({ Name: name, Value: balance[name] }));
  return {
    EntityType: 'AccountBalance',
    Key: String(accountId),
    AccountId: String(accountId),
    CashBalance: num(balance.cash),
    PendingCash: num(balance.pendingCash),
    PendingOrdersCount: num(balance.pendingOrdersCount),
    Items: JSON.stringify(items),
  };
}

/** `Watchlist` (data streamer, key userId), with the lowercase `id` of the ETNA sample. */
export function watchlistMessage(
  userId: number,
  watchlist: WatchlistModel,
  deleted: boolean,
): StreamMessage {
  return {
    EntityType: 'Watchlist',
    id: id(watchlist.Id),
    Key: String(userId),
    CreateDate: formatStreamDate(watchlist.CreateDate),
    ModifyDate: formatStreamDate(watchlist.ModifyDate ?? watchlist.CreateDate),
    Description: str(watchlist.Description),
    IsDeleted: bool(deleted),
    Name: str(watchlist.Name),
    Type: watchlist.Type ?? 'UserList',
    UserId: String(userId),
  };
}

/** Security ids joined with `;` (the ETNA `Keys` separator), or the string `"null"` when none. */
export const joinSecurityIds = (ids: readonly number[]): string =>
  ids.length === 0 ? 'null' : ids.join(';');

/** `WatchlistContent` (data streamer, key watchlistId). */
export function watchlistContentMessage(
  watchlistId: number,
  added: readonly number[],
  removed: readonly number[],
): StreamMessage {
  return {
    EntityType: 'WatchlistContent',
    Key: String(watchlistId),
    AddedSymbols: joinSecurityIds(added),
    RemovedSymbols: joinSecurityIds(removed),
  };
}

/**
 * `PriceAlert` (data streamer, key userId): a sandbox addition, since ETNA documents no alert
 * stream. The fields are those of `PriceAlertInfoModel` as strings (dates stay Unix seconds, as
 * in the REST model), plus `UserId` and `IsDeleted` like the Watchlist message.
 */
export function priceAlertMessage(
  userId: number,
  alert: PriceAlertInfoModel,
  deleted: boolean,
): StreamMessage {
  return {
    EntityType: 'PriceAlert',
    Key: String(userId),
    Id: id(alert.Id),
    UserId: String(userId),
    SecurityId: id(alert.SecurityId),
    Symbol: str(alert.Symbol),
    Field: str(alert.Field),
    Operator: str(alert.Operator),
    Argument: num(alert.Argument),
    State: str(alert.State),
    CreatedDate: num(alert.CreatedDate),
    ExpirationDate: num(alert.ExpirationDate),
    IsDeleted: bool(deleted),
  };
}

/** Which subscription an event feeds: its entity type and key as the protocol keys it. */
export function eventTopic(event: WorldEvent): { entityType: StreamEntityType; key: number } {
  switch (event.type) {
    case 'quote':
      return { entityType: 'Quote', key: event.securityId };
    case 'order':
      return { entityType: 'Order', key: event.accountId };
    case 'position':
      return { entityType: 'Position', key: event.accountId };
    case 'balance':
      return { entityType: 'AccountBalance', key: event.accountId };
    case 'watchlist':
      return { entityType: 'Watchlist', key: event.userId };
    case 'watchlistContent':
      return { entityType: 'WatchlistContent', key: event.watchlistId };
    case 'alert':
      return { entityType: 'PriceAlert', key: event.userId };
  }
}

/** The streamer message for a world event. */
export function eventMessage(event: WorldEvent): StreamMessage {
  switch (event.type) {
    case 'quote':
      return quoteMessage(event.securityId, event.quote);
    case 'order':
      return orderMessage(event.accountId, event.order);
    case 'position':
      return positionMessage(event.accountId, event.position);
    case 'balance':
      return balanceMessage(event.accountId, event.balance);
    case 'watchlist':
      return watchlistMessage(event.userId, event.watchlist, event.deleted);
    case 'watchlistContent':
      return watchlistContentMessage(event.watchlistId, event.added, event.removed);
    case 'alert':
      return priceAlertMessage(event.userId, event.alert, event.deleted);
  }
}

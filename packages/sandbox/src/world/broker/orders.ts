/**
 * Creating order resources and recording their events: one `OrderDetailsModel` entry per
 * event (what `GET A/orders/{id}/details` lists), each a snapshot of the order at that moment.
 */
import type { OrderResource } from '../../contract.ts';
import { isOption } from './contracts.ts';
import { isoDate, round } from './money.ts';
import { optionFields } from './positions.ts';
import type {
  AccountState,
  EquityResource,
  OrderInput,
  OrderRecord,
  OrderStatus,
} from './types.ts';

/** The API's "no date". */
export const NO_DATE = '0001-01-01T00:00:00Z';

/**
 * A new order resource in `PendingNew` for a bound request. An option order also shows its
 * contract (`Name`, `Underlying*`; `underlyingId` is the underlying's security id); a leg shows
 * its parent (`ParentId`).
 */
export function newOrder(
  id: number,
  account: AccountState,
  input: OrderInput,
  security: EquityResource | null,
  now: number,
  links: { underlyingId?: number; parentId?: number } = {},
): OrderResource {
  const date = isoDate(now);
  const trailing = input.type === 'TrailingStop' || input.type === 'TrailingStopLimit';
  return {
    Id: id,
    SecurityId: security?.Id ?? 0,
    Symbol: security?.Symbol ?? input.symbol.toUpperCase(),
    Currency: security?.Currency ?? 'USD',
    Cusip: '',
    Precision: security?.Precision ?? 2,
    VolumePrecision: security?.VolumePrecision ?? 0,
    SecurityType: security?.Type ?? 'CommonStock',
    Quantity: input.quantity,
    Price: input.price ?? 0,
    StopPrice: input.stopPrice ?? 0,
    ClientId: input.clientId ?? `SBX${id}`,
    OrigClientId: '',
    ExecutedQuantity: 0,
    LastPrice: 0,
    LastQuantity: 0,
    LeavesQuantity: input.quantity,
    AveragePrice: 0,
    Side: input.side,
    Date: date,
    TransactionDate: date,
    SettDate: NO_DATE,
    Status: 'PendingNew',
    ExecutionStatus: 'PendingNew',
    Type: input.type,
    InitialType: input.type,
    RequestStatus: 'Executing',
    Target: 'New',
    Description: '',
    ErrorDescriptionText: '',
    Comment: input.comment ?? '',
    TimeInForce: input.timeInForce,
    ExecInst: 'None',
    ExecInstNum: 0,
    ExpireDate:
      input.timeInForce === 'GoodTillDate' && input.expireDate
        ? isoDate(input.expireDate)
        : NO_DATE,
    AccountId: account.id,
    UserId: account.userId,
    ParentId: links.parentId ?? -1,
    Legs: [],
    Exchange: input.exchange || 'Auto',
    ExecutionVenue: 'SANDBOX',
    CreateDate: date,
    ExtendedHours: input.extendedHours ?? '',
    TransType: 'New',
    SettlementDate: NO_DATE,
    LastMarket: '',
    ClearingAccount: account.model.ClearingAccount,
    AccountName: account.model.Alias,
    ...(trailing
      ? {
          TrailingStopAmount: input.trailingStopAmount ?? 0,
          TrailingStopAmountType: input.trailingStopAmountType ?? 'Absolute',
          TrailingLimitAmount: input.trailingLimitAmount ?? 0,
          TrailingLimitAmountType: input.trailingLimitAmountType ?? 'Absolute',
        }
      : {}),
    ...(isOption(security)
      ? { Name: security!.Name ?? '', ...optionFields(security!, links.underlyingId ?? -1) }
      : {}),
  };
}

const STATUS_TEXT: Partial<Record<OrderStatus, string>> = {
  PendingNew: 'Order received',
  New: 'Order accepted',
  PartiallyFilled: 'Order partially filled',
  Filled: 'Order filled',
  Canceled: 'Order canceled',
  Replaced: 'Order replaced',
  Rejected: 'Order rejected',
  Expired: 'Order expired',
  Suspended: 'Waiting for the triggering leg',
};

/** Moves the order to `status` at `now` and records the event. */
export function setStatus(
  record: OrderRecord,
  status: OrderStatus,
  now: number,
  reason = '',
): void {
  const o = record.order;
  o.Status = status;
  o.ExecutionStatus = status;
  o.Date = isoDate(now);
  o.RequestStatus =
    status === 'Rejected' ? 'Rejected' : status === 'PendingNew' ? 'Executing' : 'Complete';
  o.Target =
    status === 'Rejected'
      ? 'Reject'
      : status === 'Canceled'
        ? 'Cancel'
        : status === 'Replaced'
          ? 'Modify'
          : 'Execution';
  if (reason) o.Description = reason;
  if (status === 'Rejected') o.ErrorDescriptionText = reason;
  record.details.push(detailOf(o, now, status === 'Rejected' ? reason : '', reason));
}

/** Applies an execution of `quantity` at `price` to the order's quantities and prices. */
export function applyExecution(
  record: OrderRecord,
  quantity: number,
  price: number,
  now: number,
): void {
  const o = record.order;
  const executed = (o.ExecutedQuantity ?? 0) + quantity;
  o.AveragePrice = round(
    ((o.AveragePrice ?? 0) * (o.ExecutedQuantity ?? 0) + price * quantity) / executed,
    4,
  );
  o.ExecutedQuantity = executed;
  o.LeavesQuantity = round((o.Quantity ?? 0) - executed, 6);
  o.LastPrice = price;
  o.LastQuantity = quantity;
  o.TransactionDate = isoDate(now);
  o.SettDate = isoDate(now + 86_400_000);
  o.SettlementDate = o.SettDate;
  o.LastMarket = 'XNAS';
  o.ExecId = `E${o.Id}-${record.details.length}`;
  setStatus(record, o.LeavesQuantity > 0 ? 'PartiallyFilled' : 'Filled', now);
}

function detailOf(o: OrderResource, now: number, rejectReason: string, description: string) {
  const ms = (iso: string | undefined) => (iso && iso !== NO_DATE ? Date.parse(iso) : 0);
  return {
    Id: o.Id,
    IsRequest: false,
    ExecutionTarget: o.Target,
    UserId: o.UserId,
    ClientId: o.ClientId,
    RequestStatus: o.RequestStatus,
    ExecutionStatus: o.ExecutionStatus,
    Status: o.Status,
    OrderStatusDescription: description || STATUS_TEXT[o.Status ?? 'New'] || String(o.Status),
    RejectReason: rejectReason,
    LastQuantity: o.LastQuantity,
    LastPrice: o.LastPrice,
    ExecId: o.ExecId ?? '',
    TransType: o.TransType,
    IsCompleted:
      o.Status === 'Filled' ||
      o.Status === 'Canceled' ||
      o.Status === 'Rejected' ||
      o.Status === 'Expired',
    SecurityId: o.SecurityId,
    Symbol: o.Symbol,
    CreateDate: ms(o.CreateDate),
    Date: now,
    TransactionDate: ms(o.TransactionDate),
    TransactionDateText: o.TransactionDate,
    ExpireDate: ms(o.ExpireDate),
    ExtendedHours: o.ExtendedHours,
    Exchange: o.Exchange,
    Currency: o.Currency,
    TimeInForce: o.TimeInForce,
    Price: o.Price,
    StopPrice: o.StopPrice,
    Type: o.Type,
    InitialType: o.InitialType,
    Quantity: o.Quantity,
    Side: o.Side,
    Legs: [],
    ParentId: o.ParentId,
    SecurityType: o.SecurityType,
    AveragePrice: o.AveragePrice,
    ExecutedQuantity: o.ExecutedQuantity,
    LeavesQuantity: o.LeavesQuantity,
    ExecutionVenue: o.ExecutionVenue,
    VolumePrecision: o.VolumePrecision,
    Comment: o.Comment,
  };
}

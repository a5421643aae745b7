/**
 * The words of orders in the locale in scope (`msg()`): sides, types, times in force and
 * statuses. The API's codes stay codes; only what a trader reads is translated. Unknown codes
 * show as the API spells them.
 */
import type { OrderSide, OrderStatus, OrderType, TimeInForce } from '@autoshares/client';
import { msg } from '../locale/msg.ts';

/** "Buy", "Sell", "Sell short", "Buy to cover". */
export function sideLabel(side: OrderSide | string | undefined): string {
  switch (side) {
    case 'Buy':
      return msg('Buy');
    case 'Sell':
      return msg('Sell');
    case 'SellShort':
      return msg('Sell short');
    case 'BuyToCover':
      return msg('Buy to cover');
    default:
      return side ?? '';
  }
}

/**
 * A side as an option order means it (the API keeps the equity sides): Buy opens a long
 * position, Sell closes it; Sell short opens a short (written) one, Buy to cover closes it.
 */
export function optionSideLabel(side: OrderSide | string | undefined): string {
  switch (side) {
    case 'Buy':
      return msg('Buy to open');
    case 'Sell':
      return msg('Sell to close');
    case 'SellShort':
      return msg('Sell to open');
    case 'BuyToCover':
      return msg('Buy to close');
    default:
      return side ?? '';
  }
}

/** "Market", "Limit", "Stop", "Stop limit", … and the conditional roots ("Bracket", …). */
export function orderTypeLabel(type: OrderType | string | undefined): string {
  switch (type) {
    case 'Market':
      return msg('Market');
    case 'Limit':
      return msg('Limit');
    case 'Stop':
      return msg('Stop');
    case 'StopLimit':
      return msg('Stop limit');
    case 'TrailingStop':
      return msg('Trailing stop');
    case 'TrailingStopLimit':
      return msg('Trailing stop limit');
    case 'OneTriggerOneCancelOther':
      return msg('Bracket');
    case 'OneCancelOther':
      return msg('One cancels other');
    case 'OneTriggerOther':
      return msg('One triggers other');
    default:
      return type ?? '';
  }
}

/** "Day", "Good till cancelled", … */
export function timeInForceLabel(tif: TimeInForce | string | undefined): string {
  switch (tif) {
    case 'Day':
      return msg('Day');
    case 'GoodTillCancel':
      return msg('Good till cancelled');
    case 'ImmediateOrCancel':
      return msg('Immediate or cancel');
    case 'FillOrKill':
      return msg('Fill or kill');
    case 'AtTheOpening':
      return msg('At the opening');
    case 'AtTheClose':
      return msg('At the close');
    case 'GoodTillDate':
      return msg('Good till date');
    default:
      return tif ?? '';
  }
}

/** Status words of the API's order statuses, translated. */
export function orderStatusWord(status: OrderStatus): string | undefined {
  const words: Partial<Record<OrderStatus, () => string>> = {
    New: () => msg('New', { id: 'order.status.new', desc: 'Order status' }),
    PartiallyFilled: () => msg('Partially filled'),
    Filled: () => msg('Filled'),
    DoneForDay: () => msg('Done for day'),
    Canceled: () => msg('Cancelled'),
    Replaced: () => msg('Replaced'),
    PendingCancel: () => msg('Pending cancel'),
    Stopped: () => msg('Stopped'),
    Rejected: () => msg('Rejected'),
    Suspended: () => msg('Suspended'),
    PendingNew: () => msg('Pending new'),
    Calculated: () => msg('Calculated'),
    Expired: () => msg('Expired'),
    AcceptedForBidding: () => msg('Accepted for bidding'),
    PendingReplace: () => msg('Pending replace'),
    Error: () => msg('Error'),
    Held: () => msg('Held'),
  };
  return words[status]?.();
}

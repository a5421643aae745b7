/**
 * What a trader hears when an order reaches a status that matters (filled, partially filled,
 * rejected, cancelled, expired). One wording for every element that announces orders
 * (`<as-orders>`, `<as-order-ticket>`), so it does not matter which of them says it.
 */
import type { OrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../format/format.ts';
import { msg, str } from '../locale/msg.ts';
import { displaySymbol, isOsiSymbol } from '../options/contract.ts';

/** The fields of an order (REST or stream message) an announcement uses. */
export type AnnouncedOrder = Partial<
  Pick<
    OrderResource,
    'Id' | 'Symbol' | 'Side' | 'Status' | 'Quantity' | 'ExecutedQuantity' | 'AveragePrice'
  >
> & {
  LastPrice?: number;
  Description?: string;
  ErrorDescriptionText?: string;
  /** Why the order was rejected (stream only). */
  RejectReason?: string;
};

/** What was done with an option contract, by side ("bought to open 2 AAPL 17 Jan 25 230 Call"). */
function doneWithOption(side: string, quantity: string, contract: string): string | undefined {
  switch (side) {
    case 'Buy':
      return msg(str`bought to open ${quantity} ${contract}`);
    case 'Sell':
      return msg(str`sold to close ${quantity} ${contract}`);
    case 'SellShort':
      return msg(str`sold to open ${quantity} ${contract}`);
    case 'BuyToCover':
      return msg(str`bought to close ${quantity} ${contract}`);
    default:
      return undefined;
  }
}

/** What an option order was to do, by side ("buy to open 2 AAPL 17 Jan 25 230 Call"). */
function toDoWithOption(side: string, quantity: string, contract: string): string | undefined {
  switch (side) {
    case 'Buy':
      return msg(str`buy to open ${quantity} ${contract}`);
    case 'Sell':
      return msg(str`sell to close ${quantity} ${contract}`);
    case 'SellShort':
      return msg(str`sell to open ${quantity} ${contract}`);
    case 'BuyToCover':
      return msg(str`buy to close ${quantity} ${contract}`);
    default:
      return undefined;
  }
}

/** What was done, by side, in the locale in scope ("bought 3 AAPL"); a contract in words. */
function done(side: string, quantity: string, symbol: string, locale?: string): string {
  if (isOsiSymbol(symbol)) {
    const said = doneWithOption(side, quantity, displaySymbol(symbol, locale));
    if (said) return said;
  }
  switch (side) {
    case 'Buy':
      return msg(str`bought ${quantity} ${symbol}`);
    case 'Sell':
      return msg(str`sold ${quantity} ${symbol}`);
    case 'SellShort':
      return msg(str`sold short ${quantity} ${symbol}`);
    case 'BuyToCover':
      return msg(str`bought to cover ${quantity} ${symbol}`);
    default:
      return `${side.toLowerCase()} ${quantity} ${symbol}`;
  }
}

/** What the order was to do, by side, in the locale in scope ("buy 10 MSFT"); a contract in words. */
function toDo(side: string, quantity: string, symbol: string, locale?: string): string {
  if (isOsiSymbol(symbol)) {
    const said = toDoWithOption(side, quantity, displaySymbol(symbol, locale));
    if (said) return said;
  }
  switch (side) {
    case 'Buy':
      return msg(str`buy ${quantity} ${symbol}`);
    case 'Sell':
      return msg(str`sell ${quantity} ${symbol}`);
    case 'SellShort':
      return msg(str`sell short ${quantity} ${symbol}`);
    case 'BuyToCover':
      return msg(str`buy to cover ${quantity} ${symbol}`);
    default:
      return `${side.toLowerCase()} ${quantity} ${symbol}`;
  }
}

/** Why the server rejected an order, as a sentence. */
export function rejectionReason(order: {
  RejectReason?: string;
  Description?: string;
  ErrorDescriptionText?: string;
}): string {
  return (
    order.RejectReason?.trim() ||
    order.ErrorDescriptionText?.trim() ||
    order.Description?.trim() ||
    msg('no reason was given.')
  );
}

/**
 * What to announce when an order reaches its status, numbers in `locale` and words in the
 * locale in scope (undefined = nothing a trader must hear, e.g. New or PendingCancel).
 * E.g. "Order filled: bought 3 AAPL at 190.12."; an option contract is named in words
 * ("Order cancelled: buy to open 2 AAPL 17 Jan 25 230 Call.").
 */
export function statusAnnouncement(order: AnnouncedOrder, locale?: string): string | undefined {
  const side = order.Side ?? '';
  const symbol = order.Symbol ?? '';
  const quantity = formatNumber(order.Quantity, locale);
  const what = toDo(side, quantity, symbol, locale);
  const price = formatPrice(order.AveragePrice ?? order.LastPrice, locale);
  switch (order.Status) {
    case 'Filled': {
      const filled = done(side, quantity, symbol, locale);
      return msg(str`Order filled: ${filled} at ${price}.`);
    }
    case 'PartiallyFilled': {
      const executed = formatNumber(order.ExecutedQuantity, locale);
      const filled = done(side, msg(str`${executed} of ${quantity}`), symbol, locale);
      return msg(str`Order partially filled: ${filled} at ${price}.`);
    }
    case 'Rejected': {
      const reason = rejectionReason(order);
      return msg(str`Order rejected (${what}): ${reason}`);
    }
    case 'Canceled':
      return msg(str`Order cancelled: ${what}.`);
    case 'Expired':
      return msg(str`Order expired: ${what}.`);
    default:
      return undefined;
  }
}

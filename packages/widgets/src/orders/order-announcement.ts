/**
 * What a trader hears when an order reaches a status that matters (filled, partially filled,
 * rejected, cancelled, expired). One wording for every element that announces orders
 * (`<as-orders>`, `<as-order-ticket>`), so it does not matter which of them says it.
 */
import type { OrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../format/format.ts';

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

/** Side as a verb in the past tense ("bought 3 AAPL"). */
const DONE: Record<string, string> = {
  Buy: 'bought',
  Sell: 'sold',
  SellShort: 'sold short',
  BuyToCover: 'bought to cover',
};

/** Side as a verb ("buy 10 MSFT"). */
const TO_DO: Record<string, string> = {
  Buy: 'buy',
  Sell: 'sell',
  SellShort: 'sell short',
  BuyToCover: 'buy to cover',
};

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
    'no reason was given.'
  );
}

/**
 * What to announce when an order reaches its status, in `locale` (undefined = nothing a
 * trader must hear, e.g. New or PendingCancel). E.g. "Order filled: bought 3 AAPL at 190.12."
 */
export function statusAnnouncement(order: AnnouncedOrder, locale?: string): string | undefined {
  const side = order.Side ?? '';
  const symbol = order.Symbol ?? '';
  const done = DONE[side] ?? side.toLowerCase();
  const what = `${TO_DO[side] ?? side.toLowerCase()} ${formatNumber(order.Quantity, locale)} ${symbol}`;
  const price = formatPrice(order.AveragePrice ?? order.LastPrice, locale);
  switch (order.Status) {
    case 'Filled':
      return `Order filled: ${done} ${formatNumber(order.Quantity, locale)} ${symbol} at ${price}.`;
    case 'PartiallyFilled':
      return `Order partially filled: ${done} ${formatNumber(order.ExecutedQuantity, locale)} of ${formatNumber(order.Quantity, locale)} ${symbol} at ${price}.`;
    case 'Rejected':
      return `Order rejected (${what}): ${rejectionReason(order)}`;
    case 'Canceled':
      return `Order cancelled: ${what}.`;
    case 'Expired':
      return `Order expired: ${what}.`;
    default:
      return undefined;
  }
}

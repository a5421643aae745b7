/**
 * Trailing stops. From acceptance on, the order remembers the best price the market reached (the
 * highest Last for a sell, the lowest for a buy) and keeps its `StopPrice` that far behind it:
 * `TrailingStopAmount` dollars (`Absolute`) or percent of it (`Persentage`, sic). The stop only
 * ever moves in the order's favour. When the Last crosses the stop the order triggers: a
 * `TrailingStop` then executes as a market order, a `TrailingStopLimit` as a limit order whose
 * `Price` is the stop less (sell) or plus (buy) `TrailingLimitAmount`.
 */
import type { OrderResource } from '../../contract.ts';
import { roundToTick } from '../market/quote-state.ts';
import type { OrderRecord } from './types.ts';

/** Is this a trailing order type? */
export const isTrailing = (o: OrderResource): boolean =>
  o.Type === 'TrailingStop' || o.Type === 'TrailingStopLimit';

/** An amount as a price distance from `reference`. */
function distance(amount: number, type: string | undefined, reference: number): number {
  return type === 'Persentage' ? (reference * amount) / 100 : amount;
}

/**
 * Follows the market with the stop of a trailing order that has not triggered. Returns true when
 * the `StopPrice` moved (the order changed and is announced).
 */
export function trail(record: OrderRecord, last: number, buying: boolean, tick: number): boolean {
  const o = record.order;
  if (!(last > 0)) return false;
  const extreme =
    record.trailExtreme === undefined
      ? last
      : buying
        ? Math.min(record.trailExtreme, last)
        : Math.max(record.trailExtreme, last);
  record.trailExtreme = extreme;
  const offset = distance(o.TrailingStopAmount ?? 0, o.TrailingStopAmountType, extreme);
  const stop = Math.max(tick, roundToTick(buying ? extreme + offset : extreme - offset, tick));
  if (stop === o.StopPrice) return false;
  o.StopPrice = stop;
  return true;
}

/** The limit price of a triggered trailing stop-limit order. */
export function trailingLimit(o: OrderResource, buying: boolean, tick: number): number {
  const stop = o.StopPrice ?? 0;
  const offset = distance(o.TrailingLimitAmount ?? 0, o.TrailingLimitAmountType, stop);
  return Math.max(tick, roundToTick(buying ? stop + offset : stop - offset, tick));
}

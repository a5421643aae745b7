/**
 * "Most traded" from the order history: no endpoint gives it, so it is computed from the
 * account's filled and partially filled orders over a period (`Status in (1, 2)` and
 * `CreateDate between #from# and #to#`, every page, bounded), counted per symbol.
 */
import type { OrderResource, QueryDef, AutoSharesClient } from '@autoshares/client';
import { executedOrdersQuery } from '@autoshares/client';

export type TradedPeriod = '1M' | '3M' | '1Y' | 'all';
export const TRADED_PERIODS: readonly TradedPeriod[] = ['1M', '3M', '1Y', 'all'];

/** Days back per period (calendar-agnostic: 30, 91, 365). */
export const PERIOD_DAYS: Record<Exclude<TradedPeriod, 'all'>, number> = {
  '1M': 30,
  '3M': 91,
  '1Y': 365,
};

/** At most this many pages of 100 executed orders are read (5 000 orders). */
export const MAX_ORDER_PAGES = 50;

/**
 * The account's executed orders of a period: the client's shared query (while shown, a fill on
 * the Order stream refetches it; other order news does not, since it cannot change the counts).
 */
export function tradedOrdersQuery(
  client: AutoSharesClient,
  accountId: number,
  period: TradedPeriod,
): QueryDef<OrderResource[]> {
  return executedOrdersQuery(
    client,
    accountId,
    period === 'all' ? undefined : PERIOD_DAYS[period],
    MAX_ORDER_PAGES,
  );
}

/** One symbol's trading over the period. */
export interface TradedRow {
  symbol: string;
  securityId: number | undefined;
  /** Number of executed orders. */
  trades: number;
  /** Shares executed, buys and sells together. */
  quantity: number;
  /** Money traded: Σ executed quantity × average price. */
  value: number;
  /** Epoch ms of the latest trade. */
  lastTradeAt: number | undefined;
}

/** Ranks symbols by number of trades, then traded value, then symbol (pure). */
export function rankTraded(orders: readonly OrderResource[]): TradedRow[] {
  const bySymbol = new Map<string, TradedRow>();
  for (const o of orders) {
    const symbol = o.Symbol;
    if (!symbol) continue;
    const row = bySymbol.get(symbol) ?? {
      symbol,
      securityId: o.SecurityId,
      trades: 0,
      quantity: 0,
      value: 0,
      lastTradeAt: undefined,
    };
    const quantity = o.ExecutedQuantity ?? 0;
    row.trades += 1;
    row.quantity += quantity;
    row.value += quantity * (o.AveragePrice ?? o.Price ?? 0);
    const at = o.TransactionDate ?? o.CreateDate ?? undefined;
    if (typeof at === 'number' && (row.lastTradeAt === undefined || at > row.lastTradeAt))
      row.lastTradeAt = at;
    bySymbol.set(symbol, row);
  }
  return [...bySymbol.values()].sort(
    (a, b) =>
      b.trades - a.trades ||
      b.value - a.value ||
      (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0),
  );
}

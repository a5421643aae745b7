/**
 * Live profit-and-loss maths for positions, pure and shared by `<as-pnl-leaders>` and
 * `<as-positions>`. A position's value moves with the live quote:
 *
 * - unrealized = (last − AverageOpenPrice) × Quantity × ContractSize, in % of the open cost;
 * - day = last × Quantity × ContractSize − DailyCostBasis (else Quantity × PreviousClose ×
 *   ContractSize) + what was realized today (`DailyCloseProfitLoss`), in % of that basis;
 * - realized = `RealizedProfitLoss` (no live part; no % since the closed cost is not sent).
 *
 * Until a quote arrives, unrealized falls back to the server's `UnrealizedProfitLoss`.
 */
import type { PositionResource, StreamQuote } from '@autoshares/client';

/** Which P&L to show or rank by. */
export type PnlMode = 'unrealized' | 'day' | 'realized';

export const PNL_MODES: readonly PnlMode[] = ['unrealized', 'day', 'realized'];

/** A P&L figure in money and in percent (either may be unknown). */
export interface PnlValue {
  value: number | undefined;
  percent: number | undefined;
}

/** One position marked to the live market. */
export interface LivePosition {
  position: PositionResource;
  symbol: string;
  securityId: number | undefined;
  quantity: number;
  averagePrice: number | undefined;
  /** Live last price, undefined until a quote arrives. */
  last: number | undefined;
  marketValue: number | undefined;
  unrealized: PnlValue;
  day: PnlValue;
  realized: PnlValue;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const positive = (value: unknown): number | undefined => {
  const n = num(value);
  return n !== undefined && n > 0 ? n : undefined;
};

/** The price a position is marked at: last trade, else `Price` (extended hours), else the mid. */
export function livePrice(quote: Partial<StreamQuote> | undefined): number | undefined {
  if (!quote) return undefined;
  const last = positive(quote.Last) ?? positive(quote.Price);
  if (last !== undefined) return last;
  const bid = positive(quote.Bid);
  const ask = positive(quote.Ask);
  return bid !== undefined && ask !== undefined ? (bid + ask) / 2 : undefined;
}

const percentOf = (value: number | undefined, basis: number | undefined) =>
  value !== undefined && basis !== undefined && basis !== 0
    ? (value / Math.abs(basis)) * 100
    : undefined;

/** Marks one position to its live quote (pure). */
export function livePosition(
  position: PositionResource,
  quote: Partial<StreamQuote> | undefined,
): LivePosition {
  const quantity = num(position.Quantity) ?? 0;
  const size = positive(position.ContractSize) ?? 1;
  const average = num(position.AverageOpenPrice);
  const last = livePrice(quote);
  const marketValue = last !== undefined ? last * quantity * size : undefined;
  const openCost = average !== undefined ? average * quantity * size : num(position.CostBasis);

  const unrealizedValue =
    last !== undefined && average !== undefined
      ? (last - average) * quantity * size
      : num(position.UnrealizedProfitLoss);

  const previousClose = positive(quote?.PreviousClose) ?? positive(position.EODPrice);
  const dayBasis =
    num(position.DailyCostBasis) ??
    (previousClose !== undefined ? previousClose * quantity * size : undefined);
  const realizedToday = num(position.DailyCloseProfitLoss) ?? 0;
  const dayValue =
    marketValue !== undefined && dayBasis !== undefined
      ? marketValue - dayBasis + realizedToday
      : undefined;

  return {
    position,
    symbol: position.Symbol ?? '',
    securityId: num(position.SecurityId),
    quantity,
    averagePrice: average,
    last,
    marketValue,
    unrealized: { value: unrealizedValue, percent: percentOf(unrealizedValue, openCost) },
    day: { value: dayValue, percent: percentOf(dayValue, dayBasis) },
    realized: { value: num(position.RealizedProfitLoss), percent: undefined },
  };
}

/** The figure of a mode. */
export function pnlOf(row: LivePosition, mode: PnlMode): PnlValue {
  return row[mode];
}

/** Sums of a set of positions (undefined parts are skipped; undefined when none is known). */
export interface PositionTotals {
  marketValue: number | undefined;
  unrealized: PnlValue;
  day: PnlValue;
  realized: PnlValue;
}

function sum(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

/** Totals row: money summed; percentages against the summed bases of the rows that have one. */
export function positionTotals(rows: readonly LivePosition[]): PositionTotals {
  const pct = (mode: 'unrealized' | 'day') => {
    let value = 0;
    let basis = 0;
    for (const r of rows) {
      const { value: v, percent: p } = r[mode];
      if (v === undefined || p === undefined || p === 0) continue;
      value += v;
      basis += Math.abs((v / p) * 100);
    }
    return basis ? (value / basis) * 100 : undefined;
  };
  return {
    marketValue: sum(rows.map((r) => r.marketValue)),
    unrealized: { value: sum(rows.map((r) => r.unrealized.value)), percent: pct('unrealized') },
    day: { value: sum(rows.map((r) => r.day.value)), percent: pct('day') },
    realized: { value: sum(rows.map((r) => r.realized.value)), percent: undefined },
  };
}

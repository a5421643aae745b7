/**
 * `ChartHistoryModel` assembly for `PUT /v1.0/history/symbols`: the security's candles plus the
 * requested indicators, each computed over candles of its own period with warm-up bars so the
 * series is defined from the first requested bar.
 */
import type { Schemas } from '../../contract.ts';
import { isPeriod, type HistoryQuery } from './history.ts';
import { computeIndicator, parseSignature, warmup, type IndicatorPoint } from './indicators.ts';
import type { Market } from './market.ts';

export type ChartHistoryModel = Schemas['ChartHistoryModel'];

export interface IndicatorRequest {
  signature: string;
  query: HistoryQuery;
}

/**
 * Builds the chart answer, or null when the security is unknown. Indicators with an unknown
 * name answer an empty series (the real service supports more than the sandbox computes).
 */
export function chartHistory(
  market: Market,
  symbol: string,
  query: HistoryQuery,
  indicators: IndicatorRequest[],
): ChartHistoryModel | null {
  const candles = market.history(symbol, query);
  if (!candles) return null;
  const indicatorsHistory: IndicatorPoint[][] = indicators.map(({ signature, query: iq }) => {
    const sig = parseSignature(signature);
    if (!sig) return [];
    const period = isPeriod(sig.period) ? sig.period : iq.period;
    const extraBefore = warmup(sig);
    const series = market.history(symbol, { ...iq, period, extraBefore }) ?? [];
    const points = computeIndicator(
      sig,
      series.map((c) => c.Time ?? 0),
      series.map((c) => c.Close ?? 0),
    );
    const first = series[Math.min(extraBefore, series.length - 1)]?.Time ?? 0;
    return points.filter((p) => p.Date >= first);
  });
  let support = Infinity;
  let resistance = -Infinity;
  for (const c of candles) {
    support = Math.min(support, c.Low ?? Infinity);
    resistance = Math.max(resistance, c.High ?? -Infinity);
  }
  return {
    SecurityHistory: [candles],
    IndicatorsHistory: indicatorsHistory,
    SupportResistanceHistory: {
      SupportPrice: Number.isFinite(support) ? support : 0,
      ResistancePrice: Number.isFinite(resistance) ? resistance : 0,
      Levels: [],
    },
  };
}

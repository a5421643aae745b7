/**
 * The chart's period buttons: each range maps to a bar size (`Period`) and an `Interval` code
 * of the history endpoint (api-reference §9.1).
 */
import { CHART_INTERVAL, type ChartPeriod } from '@autoshares/client';

export interface ChartRange {
  /** Button text and the `period` attribute value. */
  id: '1D' | '5D' | '1M' | '3M' | '1Y';
  /** Spoken/long form, used in the accessible summary and button labels. */
  label: string;
  /** Bar size. */
  period: ChartPeriod;
  /** How far back, as an `Interval` code. */
  interval: number;
  /** Bar description for the summary. */
  bars: string;
}

export const CHART_RANGES: readonly ChartRange[] = [
  { id: '1D', label: '1 day', period: '5m', interval: CHART_INTERVAL.Day1, bars: '5-minute' },
  { id: '5D', label: '5 days', period: '30m', interval: CHART_INTERVAL.Week1, bars: '30-minute' },
  { id: '1M', label: '1 month', period: '1D', interval: CHART_INTERVAL.Month1, bars: 'daily' },
  { id: '3M', label: '3 months', period: '1D', interval: CHART_INTERVAL.Month3, bars: 'daily' },
  { id: '1Y', label: '1 year', period: '1W', interval: CHART_INTERVAL.Year1, bars: 'weekly' },
];

export const DEFAULT_RANGE: ChartRange = CHART_RANGES[2]!;

/** The range for a `period` attribute value (case-insensitive), or the default (1M). */
export function chartRange(id: string | null | undefined): ChartRange {
  const wanted = (id ?? '').trim().toUpperCase();
  return CHART_RANGES.find((r) => r.id === wanted) ?? DEFAULT_RANGE;
}

/** True for bars shorter than a day (the time axis shows times). */
export function isIntraday(range: ChartRange): boolean {
  return /^\d+[mh]$/.test(range.period);
}

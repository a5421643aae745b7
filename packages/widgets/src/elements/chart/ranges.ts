/**
 * The chart's period buttons: each range maps to a bar size (`Period`) and an `Interval` code
 * of the history endpoint (api-reference §9.1).
 */
import { CHART_INTERVAL, type ChartPeriod } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';

export interface ChartRange {
  /** Button text and the `period` attribute value. */
  id: '1D' | '5D' | '1M' | '3M' | '1Y';
  /** Spoken/long form ("1 month", "1 Monat"), for the accessible summary and button labels. */
  label(locale: string | undefined): string;
  /** Bar size. */
  period: ChartPeriod;
  /** How far back, as an `Interval` code. */
  interval: number;
  /** Bar description for the summary ("daily"), in the locale in scope. */
  bars(): string;
}

/** "5 days" through `Intl.NumberFormat` units: plural rules of every locale for free. */
const span =
  (count: number, unit: 'day' | 'month' | 'year') =>
  (locale: string | undefined): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);

export const CHART_RANGES: readonly ChartRange[] = [
  {
    id: '1D',
    label: span(1, 'day'),
    period: '5m',
    interval: CHART_INTERVAL.Day1,
    bars: () => msg('5-minute'),
  },
  {
    id: '5D',
    label: span(5, 'day'),
    period: '30m',
    interval: CHART_INTERVAL.Week1,
    bars: () => msg('30-minute'),
  },
  {
    id: '1M',
    label: span(1, 'month'),
    period: '1D',
    interval: CHART_INTERVAL.Month1,
    bars: () => msg('daily'),
  },
  {
    id: '3M',
    label: span(3, 'month'),
    period: '1D',
    interval: CHART_INTERVAL.Month3,
    bars: () => msg('daily'),
  },
  {
    id: '1Y',
    label: span(1, 'year'),
    period: '1W',
    interval: CHART_INTERVAL.Year1,
    bars: () => msg('weekly'),
  },
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

/**
 * The report periods of `<as-portfolio-performance>` and the dates each asks Sharesight for.
 * Dates are calendar days (`YYYY-MM-DD`) computed on UTC fields only, so they are the same
 * whatever the browser's locale or time zone: the same request (and cache key) for everyone.
 */
import { msg } from '../../locale/msg.ts';

export type PerformancePeriodId = '1M' | '3M' | '1Y' | 'ALL';

export interface PerformancePeriod {
  /** Button text and the `period` attribute value. */
  id: PerformancePeriodId;
  /** Months back; undefined: since the portfolio's inception date. */
  months: number | undefined;
  /** Spoken/long form ("1 month", "since inception"), for the summary and labels. */
  label(locale: string | undefined): string;
}

const span =
  (count: number, unit: 'month' | 'year') =>
  (locale: string | undefined): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);

export const PERFORMANCE_PERIODS: readonly PerformancePeriod[] = [
  { id: '1M', months: 1, label: span(1, 'month') },
  { id: '3M', months: 3, label: span(3, 'month') },
  { id: '1Y', months: 12, label: span(1, 'year') },
  { id: 'ALL', months: undefined, label: () => msg('since inception') },
];

/** The period for a `period` attribute value (case-insensitive, `All` too), else 1Y. */
export function performancePeriod(id: string | null | undefined): PerformancePeriod {
  const wanted = (id ?? '').trim().toUpperCase();
  return PERFORMANCE_PERIODS.find((p) => p.id === wanted) ?? PERFORMANCE_PERIODS[2]!;
}

/** A UTC calendar day as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `months` calendar months before `day` (`YYYY-MM-DD`), kept within the shorter month. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return isoDay(target);
}

/**
 * The report's `start_date` and `end_date`: from `months` back (or the inception date) to
 * today (UTC). A start before the inception date is the inception date.
 */
export function periodDates(
  period: PerformancePeriod,
  inceptionDate: string | undefined,
  now = Date.now(),
): { start_date: string; end_date: string } {
  const end = isoDay(new Date(now));
  const inception = inceptionDate && /^\d{4}-\d{2}-\d{2}$/.test(inceptionDate) ? inceptionDate : '';
  let start = period.months === undefined ? inception : monthsBefore(end, period.months);
  if (inception && start < inception) start = inception;
  if (!start || start > end) start = end;
  return { start_date: start, end_date: end };
}

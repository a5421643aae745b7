/**
 * The account-value periods (like the chart's): how far back each reaches. The history is
 * asked for whole days up to the end of today, so the query's key stays the same all day.
 */
import type { AccountValueItem, TransactionMapModel } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';

export interface ValuePeriod {
  /** Button text and the `period` attribute value. */
  id: '1M' | '3M' | '1Y' | 'ALL';
  /** Months back; undefined: since the account opened. */
  months: number | undefined;
  /** Spoken/long form ("1 month", "1 Monat"), for the summary and button labels. */
  label(locale: string | undefined): string;
}

const span =
  (count: number, unit: 'month' | 'year') =>
  (locale: string | undefined): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);

export const VALUE_PERIODS: readonly ValuePeriod[] = [
  { id: '1M', months: 1, label: span(1, 'month') },
  { id: '3M', months: 3, label: span(3, 'month') },
  { id: '1Y', months: 12, label: span(1, 'year') },
  { id: 'ALL', months: undefined, label: () => msg('since the account opened') },
];

/** The period for a `period` attribute value (case-insensitive, `All` too), else 1Y. */
export function valuePeriod(id: string | null | undefined): ValuePeriod {
  const wanted = (id ?? '').trim().toUpperCase();
  return VALUE_PERIODS.find((p) => p.id === wanted) ?? VALUE_PERIODS[2]!;
}

/** `{from, to}` in epoch ms: from the start of the day `months` back to the end of today. */
export function periodWindow(period: ValuePeriod, now = Date.now()): { from: number; to: number } {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  if (period.months === undefined) return { from: 0, to: end.getTime() };
  const start = new Date(end);
  start.setDate(start.getDate() - 1);
  start.setMonth(start.getMonth() - period.months);
  return { from: start.getTime(), to: end.getTime() };
}

/** A point of the value series (epoch ms). */
export interface ValuePoint {
  time: number;
  value: number;
}

/** The history's points with a date and a finite value, oldest first. */
export function toPoints(items: readonly AccountValueItem[] | undefined): ValuePoint[] {
  return (items ?? [])
    .map((p) => ({ time: Number(p.Date), value: Number(p.Value) }))
    .filter((p) => Number.isFinite(p.time) && Number.isFinite(p.value))
    .sort((a, b) => a.time - b.time);
}

/** Deposits on one point of the series: when they arrived, and how much in all. */
export interface DepositMark {
  /** The point the deposits are drawn on (epoch ms). */
  time: number;
  /** The deposits' own dates. */
  dates: number[];
  amount: number;
}

/**
 * Each deposit on the first point at or after its date (the value that includes it), the last
 * point for one after the series ends; deposits on the same point are summed. Deposits before
 * the first point are outside the period and left out.
 */
export function depositMarks(
  points: readonly ValuePoint[],
  deposits: readonly TransactionMapModel[] | undefined,
): DepositMark[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const marks = new Map<number, DepositMark>();
  const DAY = 86_400_000;
  for (const d of deposits ?? []) {
    const date = Number(d.Date);
    const amount = Number(d.Value);
    if (!Number.isFinite(date) || !(amount > 0) || date < first.time - DAY) continue;
    const at = points.find((p) => p.time >= date) ?? last;
    const mark = marks.get(at.time) ?? { time: at.time, dates: [], amount: 0 };
    mark.dates.push(date);
    mark.amount = Math.round((mark.amount + amount) * 100) / 100;
    marks.set(at.time, mark);
  }
  return [...marks.values()].sort((a, b) => a.time - b.time);
}

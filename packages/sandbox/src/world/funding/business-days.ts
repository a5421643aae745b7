/**
 * Business-day arithmetic for money movements, in New York time (weekdays; holidays ignored, as
 * everywhere in the sandbox). Banks process ACH in a daily batch: a request before the 16:00
 * cut-off is in today's batch, a later one (or one on a weekend) in the next business day's.
 */
import { addEasternDays, easternDayStart, isTradingDay, MS } from '../market/eastern-time.ts';

/** Daily ACH cut-off, ms after New York midnight. */
export const ACH_CUTOFF = 16 * MS.HOUR;
/** When a batch settles on its settlement day: 09:00 New York. */
export const SETTLEMENT_TIME = 9 * MS.HOUR;

/** Start (New York midnight) of the business day `n` business days after the one starting at `dayStart`. */
export function addBusinessDays(dayStart: number, n: number): number {
  let day = dayStart;
  let left = n;
  while (left > 0) {
    day = addEasternDays(day, 1);
    if (isTradingDay(day)) left--;
  }
  return day;
}

/** Start of the business day whose batch a request made at `at` joins. */
export function batchDay(at: number): number {
  let day = easternDayStart(at);
  if (!isTradingDay(day) || at - day >= ACH_CUTOFF) day = addBusinessDays(day, 1);
  return day;
}

/** When a request made at `at` settles, `days` business days after its batch (09:00 New York). */
export function settlesAt(at: number, days: number): number {
  return addBusinessDays(batchDay(at), days) + SETTLEMENT_TIME;
}

/** The instant `n` business days after `at` (same time of day, next business days). */
export function businessDaysAfter(at: number, n: number): number {
  const day = easternDayStart(at);
  return addBusinessDays(day, n) + (at - day);
}

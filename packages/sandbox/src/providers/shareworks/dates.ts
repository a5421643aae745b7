/**
 * Dates as the seed writes them: `YYYY-MM-DD`, UTC. (Date-times would be `YYYY-MM-DDThhmmssZ`,
 * without colons; no field the sandbox serves is a date-time.)
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2020-12-04` (UTC). */
export function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The date `months` calendar months after `date` (day clamped to the month's end), UTC. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Midnight UTC of the first day of `date`'s month. */
export function startOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

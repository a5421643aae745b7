/**
 * US market calendar arithmetic in America/New_York time, without `Intl` (fast enough to run per
 * candle). US DST rules since 2007: from the second Sunday of March, 02:00 local, to the first
 * Sunday of November, 02:00 local. Holidays are ignored: the simulated market trades every weekday.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Regular session 09:30–16:00 and extended 04:00–20:00, as ms after local midnight. */
export const SESSION = {
  preOpen: 4 * HOUR,
  open: 9.5 * HOUR,
  close: 16 * HOUR,
  postClose: 20 * HOUR,
} as const;

/** UTC ms of the n-th (1-based) Sunday of a month at `hourUtc`. */
function nthSundayUtc(year: number, month: number, n: number, hourUtc: number): number {
  const first = Date.UTC(year, month, 1);
  const weekday = new Date(first).getUTCDay();
  const day = 1 + ((7 - weekday) % 7) + (n - 1) * 7;
  return Date.UTC(year, month, day, hourUtc);
}

/** Offset of New York time from UTC at instant `ms`, in ms (-4 h in summer, -5 h in winter). */
export function easternOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const dstStart = nthSundayUtc(year, 2, 2, 7); // 02:00 EST = 07:00 UTC
  const dstEnd = nthSundayUtc(year, 10, 1, 6); // 02:00 EDT = 06:00 UTC
  return ms >= dstStart && ms < dstEnd ? -4 * HOUR : -5 * HOUR;
}

/** UTC ms of 00:00 New York time on the New York day containing `ms`. */
export function easternDayStart(ms: number): number {
  const localMidnightAsUtc = Math.floor((ms + easternOffset(ms)) / DAY) * DAY;
  // Take the offset at local noon so the day's session hours never straddle a DST switch.
  return localMidnightAsUtc - easternOffset(localMidnightAsUtc + 12 * HOUR);
}

/** Day of week (0 = Sunday) of the New York day starting at `dayStart` (from `easternDayStart`). */
export function easternWeekday(dayStart: number): number {
  return new Date(dayStart + 12 * HOUR).getUTCDay();
}

/** Is the New York day starting at `dayStart` a weekday? */
export function isTradingDay(dayStart: number): boolean {
  const d = easternWeekday(dayStart);
  return d !== 0 && d !== 6;
}

/** UTC ms of the New York day start `days` calendar days after `dayStart` (negative goes back). */
export function addEasternDays(dayStart: number, days: number): number {
  return easternDayStart(dayStart + days * DAY + 12 * HOUR);
}

/** Is `ms` inside the regular session (09:30–16:00 New York, weekdays)? */
export function isRegularHours(ms: number): boolean {
  const start = easternDayStart(ms);
  if (!isTradingDay(start)) return false;
  const t = ms - start;
  return t >= SESSION.open && t < SESSION.close;
}

export const MS = { HOUR, DAY } as const;

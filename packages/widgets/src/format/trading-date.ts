/** Calendar dates of the New York trading day: what date inputs and "good till" dates mean. */

/** A `YYYY-MM-DD` string of the calendar date `ms` falls on in `timeZone` (default New York). */
export function dateInZone(ms: number, timeZone = 'America/New_York'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Parses a `YYYY-MM-DD` (an `<input type=date>` value); undefined when it is not one. */
export function parseDateInput(
  text: string | null | undefined,
): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
    return undefined;
  return { y, m, d };
}

/**
 * Epoch ms of the end of the regular session (16:00 New York, taken as 21:00 UTC, which is
 * 16:00 EST / 17:00 EDT) on a `YYYY-MM-DD` date: what a "good till" or "expires" date means.
 */
export function endOfTradingDay(date: string): number | undefined {
  const parsed = parseDateInput(date);
  return parsed ? Date.UTC(parsed.y, parsed.m - 1, parsed.d, 21, 0, 0) : undefined;
}

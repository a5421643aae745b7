/**
 * Relative times through `Intl.RelativeTimeFormat` ("5 minutes ago", "yesterday"), in the
 * session's locale, for feeds (news, activity). Formatters are cached per locale.
 */
const cache = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = cache.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    cache.set(key, format);
  }
  return format;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago (or until) `time` (epoch ms) is, from `now`: "just now" under a minute, then
 * minutes, hours and days. Returns undefined beyond `maxDays` (show an absolute date instead)
 * or for a missing time.
 */
export function formatRelativeTime(
  time: number | null | undefined,
  locale?: string,
  now = Date.now(),
  maxDays = 7,
): string | undefined {
  if (time == null || !Number.isFinite(time) || time <= 0) return undefined;
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs > maxDays * 86_400_000) return undefined;
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relativeFormat(locale).format(Math.round(diff / size), unit);
  }
  return relativeFormat(locale).format(0, 'second');
}

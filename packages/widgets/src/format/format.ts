/**
 * Number and date formatting through `Intl`, in the session's locale. Up/down is never shown
 * by colour alone: signed values carry a sign and an arrow. Negatives show a true minus sign
 * (U+2212 "−", as wide as "+"), never a hyphen; a value that rounds to zero shows no sign.
 * Formatters are cached per locale and options, since constructing them is costly.
 */

/** The minus sign every negative figure shows. */
export const MINUS_SIGN = '\u2212';

/** A cached `Intl.NumberFormat` whose output shows negatives with {@link MINUS_SIGN}. */
export interface NumberFormatter {
  format(value: number): string;
}

/** `format` with the locale's hyphen-minus (and only it) replaced by the minus sign. */
function withMinusSign(format: Intl.NumberFormat): NumberFormatter {
  return {
    format: (value) =>
      value < 0
        ? format
            .formatToParts(value)
            .map((part) =>
              part.type === 'minusSign' ? part.value.replace('-', MINUS_SIGN) : part.value,
            )
            .join('')
        : format.format(value),
  };
}

const cache = new Map<string, NumberFormatter>();

/**
 * The formatter for a locale and options; `id` names the options (a short string per distinct
 * options, cheaper than serialising them on every call — formatting runs per cell per frame).
 * Options without `signDisplay` show a sign on negatives only (never "−0.00").
 */
export function numberFormat(
  locale: string | undefined,
  id: string,
  options: () => Intl.NumberFormatOptions,
): NumberFormatter {
  const key = `${locale ?? ''}|${id}`;
  let format = cache.get(key);
  if (!format) {
    format = withMinusSign(
      new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options() }),
    );
    cache.set(key, format);
  }
  return format;
}

/** Direction of a change, for styling and the arrow. */
export type Direction = 'up' | 'down' | 'flat';

export function direction(value: number | null | undefined): Direction {
  if (value == null || Number.isNaN(value) || value === 0) return 'flat';
  return value > 0 ? 'up' : 'down';
}

const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', flat: '' };

/** An em dash for values that are missing, so a blank is never mistaken for zero. */
export const MISSING = '—';

/** A price with the given number of fraction digits (default 2). */
export function formatPrice(value: number | null | undefined, locale?: string, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, `price:${digits}`, () => ({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(value);
}

/** Fraction digits for a security's prices: its `Precision`, kept between 2 and 6 (default 2). */
export function priceDigits(precision: number | null | undefined): number {
  return Math.min(Math.max(precision ?? 2, 2), 6);
}

/** An amount of money in a currency (default USD). */
export function formatMoney(
  value: number | null | undefined,
  locale?: string,
  currency = 'USD',
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, `money:${currency}`, () => ({ style: 'currency', currency })).format(
    value,
  );
}

/** A signed change with an arrow: "▲ +1.25" / "▼ −0.40" (U+2212). */
export function formatChange(
  value: number | null | undefined,
  locale?: string,
  digits = 2,
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const text = numberFormat(locale, `change:${digits}`, () => ({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })).format(value);
  // the arrow follows what is shown: a change that rounds to zero has none
  const arrow = ARROWS[direction(Math.round(value * 10 ** digits))];
  return arrow ? `${arrow} ${text}` : text;
}

/** A signed percentage from a ratio given in percent units (1.5 means 1.5 %). */
export function formatPercent(value: number | null | undefined, locale?: string): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, 'percent', () => ({
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  })).format(value / 100);
}

/** A compact volume: 12.3M. */
export function formatVolume(value: number | null | undefined, locale?: string): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, 'compact', () => ({
    notation: 'compact',
    maximumFractionDigits: 1,
  })).format(value);
}

/** A plain number (quantities, shares) with up to `maxDigits` fraction digits. */
export function formatNumber(
  value: number | null | undefined,
  locale?: string,
  maxDigits = 4,
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return numberFormat(locale, `number:${maxDigits}`, () => ({
    maximumFractionDigits: maxDigits,
  })).format(value);
}

const dateCache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, format);
  }
  return format;
}

type DateValue = number | Date | null | undefined;

/** The client's dates are epoch ms; the API's "none" (`0001-01-01`) and missing values show a dash. */
function toDate(value: DateValue): Date | undefined {
  if (value == null) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  const time = date.getTime();
  return Number.isFinite(time) && time > 0 ? date : undefined;
}

/** A calendar date: "Mar 13, 2026". Pass `timeZone` to pin it (e.g. 'America/New_York'). */
export function formatDate(value: DateValue, locale?: string, timeZone?: string): string {
  const date = toDate(value);
  return date ? dateFormat(locale, { dateStyle: 'medium', timeZone }).format(date) : MISSING;
}

/** A time of day: "2:31:05 PM". */
export function formatTime(value: DateValue, locale?: string, timeZone?: string): string {
  const date = toDate(value);
  return date ? dateFormat(locale, { timeStyle: 'medium', timeZone }).format(date) : MISSING;
}

/** Date and time: "Mar 13, 2026, 2:31 PM". */
export function formatDateTime(value: DateValue, locale?: string, timeZone?: string): string {
  const date = toDate(value);
  return date
    ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date)
    : MISSING;
}

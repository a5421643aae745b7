/**
 * Signed money for P&L figures: "▲ +$1,234.50" / "▼ −$80.00" (U+2212), so direction never
 * rests on colour alone. Uses the same `Intl` caching as `format.ts` through its exports.
 */
import { direction, formatMoney, MISSING, numberFormat } from './format.ts';

/** A signed amount of money with an up/down arrow (a dash when unknown). */
export function formatSignedMoney(
  value: number | null | undefined,
  locale?: string,
  currency = 'USD',
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const format = numberFormat(locale, `signed-money:${currency}`, () => ({
    style: 'currency',
    currency,
    signDisplay: 'exceptZero',
  }));
  const dir = direction(Math.round(value * 100) / 100);
  const text = dir === 'flat' ? formatMoney(0, locale, currency) : format.format(value);
  return dir === 'up' ? `▲ ${text}` : dir === 'down' ? `▼ ${text}` : text;
}

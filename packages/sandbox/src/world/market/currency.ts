/**
 * Currency rates for `GET /v1.0/currencyRate` (api-reference §6): fixed reference values in US
 * dollars per unit, quoted with a two-basis-point spread.
 */
import type { Schemas } from '../../contract.ts';

export type CurrencyRateResource = Schemas['CurrencyRateResource'];

/** US dollars per one unit of each currency. */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.0842,
  GBP: 1.2713,
  JPY: 0.006634,
  CHF: 1.1305,
  CAD: 0.7318,
  AUD: 0.6589,
  CNY: 0.1381,
  HKD: 0.1284,
};

const SPREAD = 0.0002;

/** The rate converting `currency` into `targetCurrency`, or null when either is unknown. */
export function currencyRate(
  currency: string,
  targetCurrency: string,
  isoTime: string,
): CurrencyRateResource | null {
  const from = USD_PER_UNIT[currency.trim().toUpperCase()];
  const to = USD_PER_UNIT[targetCurrency.trim().toUpperCase()];
  if (from === undefined || to === undefined) return null;
  const last = from / to;
  const round = (x: number) => Number(x.toPrecision(8));
  const spread = from === to ? 0 : SPREAD;
  return {
    Bid: round(last * (1 - spread)),
    Ask: round(last * (1 + spread)),
    Last: round(last),
    Date: isoTime,
  };
}

/** Money arithmetic and the sandbox's commission schedule. */

/** Rounds to cents (or `digits` decimals), avoiding binary-float tails like 0.30000000000000004. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

/** The sandbox's commission: half a cent a share, at least $1, at most 1% of the order's value. */
export function commissionFor(quantity: number, price: number): number {
  const perShare = Math.max(1, 0.005 * Math.abs(quantity));
  const cap = Math.abs(quantity * price) * 0.01;
  return round(Math.max(0, Math.min(perShare, Math.max(cap, 0.01))));
}

/** Is `price` a whole number of ticks? (tolerant of float noise) */
export function onTick(price: number, tickSize: number): boolean {
  if (!(tickSize > 0)) return true;
  const ticks = price / tickSize;
  return Math.abs(ticks - Math.round(ticks)) < 1e-6;
}

/** Tick size by price band when the security does not say: a cent at $1 and above, 1/100 cent below. */
export const defaultTickSize = (price: number): number => (price >= 1 ? 0.01 : 0.0001);

/** Epoch ms → the API's ISO-8601 UTC text. */
export const isoDate = (ms: number): string => new Date(ms).toISOString();

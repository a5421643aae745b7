/** A finite number as is; anything else (missing, null, NaN, ±Infinity, a string) as undefined. */
export const finiteNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

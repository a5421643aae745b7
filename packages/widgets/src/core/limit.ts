/**
 * The row count a `limit` attribute asks for: a positive number rounded down, else `fallback`
 * (unset, zero, negative or not a number). Shared by the elements that show the top N rows.
 */
export function rowLimit(limit: number, fallback: number): number {
  return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : fallback;
}

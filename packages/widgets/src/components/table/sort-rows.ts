/** Table sorting shared by sortable elements (stable; missing values last in either direction). */
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by the value a column gives: numbers numerically, text with the locale's
 * collation (numeric-aware); rows whose value is undefined keep their order after the rest.
 */
export function sortRowsBy<T>(
  rows: readonly T[],
  value: (row: T) => string | number | undefined,
  dir: SortDirection,
  locale: string | undefined,
): T[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map((x) => x.row);
}

/** Next sort state after a click on a column header: same column flips, another starts ascending. */
export function nextSort<K>(
  current: { key: K | undefined; dir: SortDirection },
  key: K,
): { key: K; dir: SortDirection } {
  if (current.key === key)
    return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  return { key, dir: 'ascending' };
}

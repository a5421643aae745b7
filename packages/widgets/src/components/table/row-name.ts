/**
 * Names for selectable table rows (docs/design-language.md, "Tables"): a row is named by its
 * symbol cell, then each key figure's column header and cell, through `aria-labelledby`
 * ("AAPL Last 227.47 Change ▼ −1.05"). The name is read from the cells when asked for, so it is
 * always what the row shows: live cells update themselves without a render of the row, where an
 * `aria-label` computed at render would go stale. Ids are unique within one shadow root.
 */

/** The `id` of the header cell of `column` (`table` tells apart several tables of one element). */
export function headerId(column: string, table = ''): string {
  return table ? `head-${table}-${column}` : `head-${column}`;
}

/**
 * The `id` of the cell of `column` in the row keyed `row` (a symbol: one row per symbol). An
 * id holds no space (`aria-labelledby` is a space-separated list), so the spaces of an OSI
 * option symbol become `_`.
 */
export function cellId(row: string, column: string): string {
  return `cell-${column}-${row.replace(/\s+/g, '_')}`;
}

/**
 * `aria-labelledby` for the row keyed `row`: the cell of `nameColumn` (the symbol), then the
 * header and the cell of each of `figures`.
 */
export function rowLabelledBy(
  row: string,
  nameColumn: string,
  figures: readonly string[],
  table = '',
): string {
  return [
    cellId(row, nameColumn),
    ...figures.flatMap((column) => [headerId(column, table), cellId(row, column)]),
  ].join(' ');
}

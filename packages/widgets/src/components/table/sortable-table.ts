/**
 * The sortable table header shared by `<as-watchlist>` and `<as-positions>`: one
 * `<th scope="col">` per column with `aria-sort` and a sort button (`part="sort-button"`) that
 * shows ▲/▼ on the sorted column, and the caption suffix naming the sort. Styles:
 * `sortButtonStyles` in `table-styles.ts`; sorting itself: `sortRowsBy`/`nextSort` in
 * `sort-rows.ts`.
 */
import { html, type TemplateResult } from 'lit';
import { headerId } from './row-name.ts';
import type { SortDirection } from './sort-rows.ts';
import { msg, str } from '../../locale/msg.ts';

/** What a sortable header needs to know about a column. */
export interface SortableColumn<K extends string> {
  key: K;
  label: string;
  /** Numeric columns are right-aligned (class `num`). */
  numeric: boolean;
}

/** The current sort: a column key (undefined = as listed) and a direction. */
export interface SortState<K extends string> {
  key: K | undefined;
  dir: SortDirection;
}

/**
 * The header cells: per column `<th scope="col" id="head-<key>" class="col-<key> [num]" aria-sort>` (the id names rows, see `row-name.ts`) holding a
 * `<button class="sort" part="sort-button">` labelled with the column, calling `onSort(key)`.
 */
export function sortHeaderCells<K extends string>(
  columns: readonly SortableColumn<K>[],
  sort: SortState<K>,
  onSort: (key: K) => void,
): TemplateResult[] {
  return columns.map(
    (c) =>
      html`<th
        scope="col"
        id=${headerId(c.key)}
        class="col-${c.key} ${c.numeric ? 'num' : ''}"
        aria-sort=${sort.key === c.key ? sort.dir : 'none'}
      >
        <button class="sort" part="sort-button" type="button" @click=${() => onSort(c.key)}>
          ${c.label}<span aria-hidden="true"
            >${sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}</span
          >
        </button>
      </th>`,
  );
}

/** The caption suffix `, sorted by <label> <direction>`, or '' when unsorted. */
export function sortCaption<K extends string>(
  columns: readonly SortableColumn<K>[],
  sort: SortState<K>,
): string {
  if (!sort.key) return '';
  const label = columns.find((c) => c.key === sort.key)?.label ?? sort.key;
  return sort.dir === 'ascending'
    ? msg(str`, sorted by ${label} ascending`)
    : msg(str`, sorted by ${label} descending`);
}

/** What a screen reader hears after a sort: "Sorted by Last, descending". */
export function sortAnnouncement<K extends string>(
  columns: readonly SortableColumn<K>[],
  sort: { key: K; dir: SortDirection },
): string {
  const label = columns.find((c) => c.key === sort.key)?.label ?? sort.key;
  return sort.dir === 'ascending'
    ? msg(str`Sorted by ${label}, ascending`)
    : msg(str`Sorted by ${label}, descending`);
}

import type { SecurityModel, StreamQuote } from '@autoshares/client';
import {
  direction,
  formatChange,
  formatPercent,
  formatPrice,
  formatVolume,
  priceDigits,
} from '../../format/format.ts';
import { lastPrice } from '../../live/last-price.ts';
import { sortRowsBy, type SortDirection } from '../../components/table/sort-rows.ts';
import { finiteNumber } from '../../core/finite.ts';
import type { CellView } from '../../directives/live-cell.ts';
import { msg } from '../../locale/msg.ts';

export type Security = SecurityModel;

/** One watchlist row: the security and its latest quote. */
export interface WatchRow {
  security: Security;
  quote: StreamQuote | undefined;
}

export type ColumnKey =
  'symbol' | 'name' | 'last' | 'change' | 'changePercent' | 'bid' | 'ask' | 'volume';
export type { SortDirection };

export interface Column {
  key: ColumnKey;
  label: string;
  numeric: boolean;
  /** Sort value; undefined sorts last in either direction. */
  value(row: WatchRow): string | number | undefined;
  /** Cell text for a locale. */
  text(row: WatchRow, locale: string | undefined): string;
  /** `up` / `down` class for signed values. */
  tone?(row: WatchRow): string;
  /** Moves with the live quote (its cell updates itself; sorting by it re-sorts at a bounded rate). */
  live?: boolean;
  /** Flashes up/down when this value changes. */
  flash?(row: WatchRow): number | undefined;
}

const digits = (row: WatchRow) => priceDigits(row.security.Precision);

export const COLUMNS: readonly Column[] = [
  {
    key: 'symbol',
    get label() {
      return msg('Symbol');
    },
    numeric: false,
    value: (r) => r.security.Symbol,
    text: (r) => r.security.Symbol ?? '',
  },
  {
    key: 'name',
    get label() {
      return msg('Name');
    },
    numeric: false,
    value: (r) => r.security.Description,
    text: (r) => r.security.Description ?? '',
  },
  {
    key: 'last',
    live: true,
    get label() {
      return msg('Last');
    },
    numeric: true,
    value: (r) => lastPrice(r.quote),
    text: (r, l) => formatPrice(lastPrice(r.quote), l, digits(r)),
    flash: (r) => lastPrice(r.quote),
  },
  {
    key: 'change',
    live: true,
    get label() {
      return msg('Change');
    },
    numeric: true,
    value: (r) => finiteNumber(r.quote?.Change),
    text: (r, l) => formatChange(finiteNumber(r.quote?.Change), l, digits(r)),
    tone: (r) => direction(finiteNumber(r.quote?.Change)),
  },
  {
    key: 'changePercent',
    live: true,
    get label() {
      return msg('Change %');
    },
    numeric: true,
    value: (r) => finiteNumber(r.quote?.ChangePc),
    text: (r, l) => formatPercent(finiteNumber(r.quote?.ChangePc), l),
    tone: (r) => direction(finiteNumber(r.quote?.ChangePc)),
  },
  {
    key: 'bid',
    live: true,
    get label() {
      return msg('Bid');
    },
    numeric: true,
    value: (r) => finiteNumber(r.quote?.Bid),
    text: (r, l) => formatPrice(finiteNumber(r.quote?.Bid), l, digits(r)),
  },
  {
    key: 'ask',
    live: true,
    get label() {
      return msg('Ask');
    },
    numeric: true,
    value: (r) => finiteNumber(r.quote?.Ask),
    text: (r, l) => formatPrice(finiteNumber(r.quote?.Ask), l, digits(r)),
  },
  {
    key: 'volume',
    live: true,
    get label() {
      return msg('Volume');
    },
    numeric: true,
    value: (r) => finiteNumber(r.quote?.TotalDailyVolume) ?? finiteNumber(r.quote?.Volume),
    text: (r, l) =>
      formatVolume(finiteNumber(r.quote?.TotalDailyVolume) ?? finiteNumber(r.quote?.Volume), l),
  },
];

/** Rows sorted by a column (stable; missing values last), or as listed when `key` is undefined. */
export function sortRows(
  rows: readonly WatchRow[],
  key: ColumnKey | undefined,
  dir: SortDirection,
  locale: string | undefined,
): WatchRow[] {
  const column = COLUMNS.find((c) => c.key === key);
  return column ? sortRowsBy(rows, (r) => column.value(r), dir, locale) : [...rows];
}

/** What a live cell of `column` shows for a row's quote (text, up/down class, flash value). */
export function cellView(column: Column, row: WatchRow, locale: string | undefined): CellView {
  const tone = column.tone?.(row) ?? '';
  const view: CellView = { text: column.text(row, locale), tone: tone === 'flat' ? '' : tone };
  if (column.flash) view.flash = column.flash(row);
  return view;
}

import {
  direction,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
} from '../../format/format.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import type { LivePosition } from '../../portfolio/pnl.ts';
import type { CellView } from '../../directives/live-cell.ts';
import { sortRowsBy, type SortDirection } from '../../components/table/sort-rows.ts';
import { msg } from '../../locale/msg.ts';
import { displaySymbol, isOsiSymbol, STANDARD_CONTRACT_SIZE } from '../../options/contract.ts';

export type { SortDirection };

export type ColumnKey =
  'symbol' | 'quantity' | 'average' | 'last' | 'marketValue' | 'day' | 'total' | 'totalPercent';

export interface Column {
  key: ColumnKey;
  label: string;
  numeric: boolean;
  /** Sort value; undefined sorts last in either direction. */
  value(row: LivePosition): string | number | undefined;
  text(row: LivePosition, locale: string | undefined): string;
  /** Signed columns get an up/down tone. */
  signed?: boolean;
  /** Moves with the live quote (its cell updates itself; sorting by it re-sorts at a bounded rate). */
  live?: boolean;
}

export const COLUMNS: readonly Column[] = [
  {
    key: 'symbol',
    get label() {
      return msg('Symbol');
    },
    numeric: false,
    value: (r) => r.symbol,
    text: (r, l) => displaySymbol(r.symbol, l),
  },
  {
    key: 'quantity',
    get label() {
      return msg('Quantity');
    },
    numeric: true,
    value: (r) => r.quantity,
    // an option position: its contracts and their multiplier, "3 × 100"
    text: (r, l) =>
      isOsiSymbol(r.symbol)
        ? `${formatNumber(r.quantity, l)} × ${formatNumber(STANDARD_CONTRACT_SIZE, l)}`
        : formatNumber(r.quantity, l),
  },
  {
    key: 'average',
    get label() {
      return msg('Avg price');
    },
    numeric: true,
    value: (r) => r.averagePrice,
    text: (r, l) => formatPrice(r.averagePrice, l),
  },
  {
    key: 'last',
    live: true,
    get label() {
      return msg('Last');
    },
    numeric: true,
    value: (r) => r.last,
    text: (r, l) => formatPrice(r.last, l),
  },
  {
    key: 'marketValue',
    live: true,
    get label() {
      return msg('Market value');
    },
    numeric: true,
    value: (r) => r.marketValue,
    text: (r, l) => formatMoney(r.marketValue, l),
  },
  {
    key: 'day',
    live: true,
    get label() {
      return msg('Day P&L');
    },
    numeric: true,
    signed: true,
    value: (r) => r.day.value,
    text: (r, l) => formatSignedMoney(r.day.value, l),
  },
  {
    key: 'total',
    live: true,
    get label() {
      return msg('Total P&L');
    },
    numeric: true,
    signed: true,
    value: (r) => r.unrealized.value,
    text: (r, l) => formatSignedMoney(r.unrealized.value, l),
  },
  {
    key: 'totalPercent',
    live: true,
    get label() {
      return msg('Total %');
    },
    numeric: true,
    signed: true,
    value: (r) => r.unrealized.percent,
    text: (r, l) => formatPercent(r.unrealized.percent, l),
  },
];

/** The tone class of a signed cell. */
export const toneOf = (column: Column, row: LivePosition): string => {
  if (!column.signed) return '';
  const d = direction(column.value(row) as number | undefined);
  return d === 'flat' ? '' : d;
};

/** Rows sorted by a column, or as given when `key` is undefined. */
export function sortPositions(
  rows: readonly LivePosition[],
  key: ColumnKey | undefined,
  dir: SortDirection,
  locale: string | undefined,
): LivePosition[] {
  const column = COLUMNS.find((c) => c.key === key);
  return column ? sortRowsBy(rows, (r) => column.value(r), dir, locale) : [...rows];
}

/** What a live cell of `column` shows for a row (text, up/down class; the Last cell flashes). */
export function cellView(column: Column, row: LivePosition, locale: string | undefined): CellView {
  const view: CellView = { text: column.text(row, locale), tone: toneOf(column, row) };
  if (column.key === 'last') view.flash = row.last;
  return view;
}

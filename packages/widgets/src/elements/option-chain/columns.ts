import type { StreamQuote } from '@autoshares/client';
import type { CellView } from '../../directives/live-cell.ts';
import {
  direction,
  formatChange,
  formatPrice,
  formatVolume,
  priceDigits,
} from '../../format/format.ts';
import { finiteNumber } from '../../core/finite.ts';
import { msg } from '../../locale/msg.ts';

/** A figure shown for each call and each put. */
export type ContractColumn = 'bid' | 'ask' | 'last' | 'change' | 'volume' | 'interest';

/** The columns of one side, read outward from the strike (the calls show them mirrored). */
export const SIDE_COLUMNS: readonly ContractColumn[] = [
  'bid',
  'ask',
  'last',
  'change',
  'volume',
  'interest',
];

/** Bid and ask are buttons (sell at the bid, buy at the ask); the rest are live text. */
export const isPriceButton = (column: ContractColumn): column is 'bid' | 'ask' =>
  column === 'bid' || column === 'ask';

export function columnLabel(column: ContractColumn): string {
  switch (column) {
    case 'bid':
      return msg('Bid');
    case 'ask':
      return msg('Ask');
    case 'last':
      return msg('Last');
    case 'change':
      return msg('Change');
    case 'volume':
      return msg('Volume');
    case 'interest':
      return msg('Open interest');
  }
}

/** What a contract's cell shows for its live quote. */
export function contractCell(
  column: ContractColumn,
  quote: StreamQuote | undefined,
  locale: string | undefined,
  precision?: number,
): CellView {
  const digits = priceDigits(precision);
  switch (column) {
    case 'bid':
      return { text: formatPrice(finiteNumber(quote?.Bid), locale, digits), flash: quote?.Bid };
    case 'ask':
      return { text: formatPrice(finiteNumber(quote?.Ask), locale, digits), flash: quote?.Ask };
    case 'last':
      return { text: formatPrice(finiteNumber(quote?.Last), locale, digits), flash: quote?.Last };
    case 'change': {
      const change = finiteNumber(quote?.Change);
      return { text: formatChange(change, locale, digits), tone: direction(change) };
    }
    case 'volume':
      return { text: formatVolume(finiteNumber(quote?.Volume), locale) };
    case 'interest':
      return { text: formatVolume(finiteNumber(quote?.OpenInterest), locale) };
  }
}

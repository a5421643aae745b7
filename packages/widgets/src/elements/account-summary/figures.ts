/** The figures `<as-account-summary>` shows, in order, from the camelCase account balance. */
import type { AccountBalance } from '@autoshares/client';
import { formatMoney, formatNumber, formatPercent } from '../../format/format.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import { finiteNumber } from '../../core/finite.ts';

export interface Figure {
  key: string;
  label: string;
  /** Main value text. */
  text(b: Partial<AccountBalance>, locale: string | undefined): string;
  /** The figure as a number (its up/down tone, when signed). */
  value(b: Partial<AccountBalance>): number | undefined;
  /** Second line, e.g. a percentage. */
  detail?(b: Partial<AccountBalance>, locale: string | undefined): string;
  signed?: boolean;
  /** Only for margin accounts. */
  margin?: boolean;
  /** Headline figure (larger). */
  primary?: boolean;
}

const money = (key: keyof AccountBalance, label: string, extra: Partial<Figure> = {}): Figure => ({
  key,
  label,
  value: (b) => finiteNumber(b[key]),
  text: (b, l) => formatMoney(finiteNumber(b[key]), l),
  ...extra,
});

export const FIGURES: readonly Figure[] = [
  money('equityTotal', 'Equity', { primary: true }),
  {
    key: 'changeAbsolute',
    label: 'Day P&L',
    signed: true,
    primary: true,
    value: (b) => finiteNumber(b.changeAbsolute),
    text: (b, l) => formatSignedMoney(finiteNumber(b.changeAbsolute), l),
    detail: (b, l) => formatPercent(finiteNumber(b.changePercent), l),
  },
  {
    key: 'openPL',
    label: 'Open P&L',
    signed: true,
    value: (b) => finiteNumber(b.openPL),
    text: (b, l) => formatSignedMoney(finiteNumber(b.openPL), l),
    detail: (b, l) => formatPercent(finiteNumber(b.openPLPercent), l),
  },
  money('cash', 'Cash'),
  money('stockBuyingPower', 'Buying power'),
  money('marketValue', 'Market value'),
  money('maintenanceMargin', 'Maintenance margin', { margin: true }),
  money('excess', 'Margin excess', { margin: true }),
  money('dayTradingBuyingPower', 'Day-trading buying power', { margin: true }),
  {
    key: 'pendingOrdersCount',
    label: 'Open orders',
    value: (b) => finiteNumber(b.pendingOrdersCount),
    text: (b, l) => formatNumber(finiteNumber(b.pendingOrdersCount), l, 0),
  },
];

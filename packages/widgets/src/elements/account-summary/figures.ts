/** The figures `<as-account-summary>` shows, in order, from the camelCase account balance. */
import type { AccountBalance } from '@autoshares/client';
import { formatMoney, formatNumber, formatPercent } from '../../format/format.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import { finiteNumber } from '../../core/finite.ts';
import { msg } from '../../locale/msg.ts';

export interface Figure {
  key: string;
  /** The label, in the locale in scope. */
  label(): string;
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

const money = (
  key: keyof AccountBalance,
  label: () => string,
  extra: Partial<Figure> = {},
): Figure => ({
  key,
  label,
  value: (b) => finiteNumber(b[key]),
  text: (b, l) => formatMoney(finiteNumber(b[key]), l),
  ...extra,
});

export const FIGURES: readonly Figure[] = [
  money('equityTotal', () => msg('Equity'), { primary: true }),
  {
    key: 'changeAbsolute',
    label: () => msg('Day P&L'),
    signed: true,
    primary: true,
    value: (b) => finiteNumber(b.changeAbsolute),
    text: (b, l) => formatSignedMoney(finiteNumber(b.changeAbsolute), l),
    detail: (b, l) => formatPercent(finiteNumber(b.changePercent), l),
  },
  {
    key: 'openPL',
    label: () => msg('Open P&L'),
    signed: true,
    value: (b) => finiteNumber(b.openPL),
    text: (b, l) => formatSignedMoney(finiteNumber(b.openPL), l),
    detail: (b, l) => formatPercent(finiteNumber(b.openPLPercent), l),
  },
  money('cash', () => msg('Cash')),
  money('stockBuyingPower', () => msg('Buying power')),
  money('marketValue', () => msg('Market value')),
  money('maintenanceMargin', () => msg('Maintenance margin'), { margin: true }),
  money('excess', () => msg('Margin excess'), { margin: true }),
  money('dayTradingBuyingPower', () => msg('Day-trading buying power'), { margin: true }),
  {
    key: 'pendingOrdersCount',
    label: () => msg('Open orders'),
    value: (b) => finiteNumber(b.pendingOrdersCount),
    text: (b, l) => formatNumber(finiteNumber(b.pendingOrdersCount), l, 0),
  },
];

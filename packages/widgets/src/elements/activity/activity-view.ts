/** What `<as-activity>` shows about entries: type names, the date range, totals, the file name. */
import type { TransactionMapModel } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';

/** The name of an activity `Type` value in the locale in scope (unknown values as sent). */
export function typeLabel(type: string | undefined): string {
  switch (type) {
    case 'Commission':
      return msg('Commission');
    case 'OrderExecution':
      return msg('Trade');
    case 'OptionExpiration':
      return msg('Option expiration');
    case 'Payment':
      return msg('Payment');
    case 'ManualManipulation':
      return msg('Adjustment');
    case 'Clearing':
      return msg('Clearing');
    case 'Rpl':
      return msg('Realized P&L');
    default:
      return type ?? '';
  }
}

/** A `YYYY-MM-DD` day (an `<input type=date>` value), or undefined when empty or malformed. */
export function parseDay(value: string | null | undefined): string | undefined {
  const day = value?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? undefined : day;
}

/** The range the server is asked for: from the start of `from` to the end of `to` (local days). */
export function dayRange(from: string | undefined, to: string | undefined) {
  return {
    from: from ? new Date(`${from}T00:00:00`).getTime() : undefined,
    to: to ? new Date(`${to}T23:59:59.999`).getTime() : undefined,
  };
}

/** Sum of the entries' `Value` (cents exact), and how many entries had one. */
export function totalValue(entries: readonly TransactionMapModel[]): number {
  const cents = entries.reduce((sum, t) => sum + Math.round((t.Value ?? 0) * 100), 0);
  return cents / 100;
}

/** `activity-12345-payment-2026-01-01_2026-03-31.csv`: account, type and range of the export. */
export function exportFileName(
  accountId: number,
  type: string | undefined,
  from: string | undefined,
  to: string | undefined,
): string {
  const parts = [`activity-${accountId}`];
  if (type) parts.push(type.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  if (from || to) parts.push(`${from ?? 'start'}_${to ?? 'today'}`);
  return `${parts.join('-')}.csv`;
}

/**
 * Hands `content` to the browser as a download named `fileName`: a Blob URL (made here, so the
 * only URL opened is one this page created) on a temporary anchor, revoked right after.
 */
export function downloadText(content: string, fileName: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  if (!url.startsWith('blob:')) throw new Error('Not a Blob URL');
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // kept a while: a browser may start reading the file after the click has returned
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

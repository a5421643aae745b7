/** How a requested transfer is told: what was requested and when it is expected to settle. */
import type { TransferResource } from '@autoshares/client';
import { formatDate, formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';

/** The transfer's expected (then actual) settlement day, or `—`. */
export function settlementText(transfer: TransferResource, locale: string | undefined): string {
  const day = transfer.TransferDate ? Date.parse(transfer.TransferDate) : NaN;
  return Number.isFinite(day) ? formatDate(day, locale, 'UTC') : '—';
}

/** "Deposit of $250.00 requested. Expected to settle on …". */
export function outcomeText(transfer: TransferResource, locale: string | undefined): string {
  const amount = formatMoney(transfer.Amount, locale);
  const date = settlementText(transfer, locale);
  return transfer.IsDeposit
    ? msg(str`Deposit of ${amount} requested. Expected to settle on ${date}.`)
    : msg(str`Withdrawal of ${amount} requested. Expected to settle on ${date}.`);
}

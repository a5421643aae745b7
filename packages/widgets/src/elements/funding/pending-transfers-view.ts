/** The pending transfers (template only): kind, reference, expected settlement, amount, Cancel. */
import type { TransferResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button } from '../../components/button/button.ts';
import { formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { settlementText } from './transfer-text.ts';

export interface PendingTransfersView {
  ids: string;
  /** The account's transfers (only the pending ones are listed). */
  transfers: readonly TransferResource[];
  locale: string | undefined;
  /** A refusal of a Cancel, if any. */
  failure: string | undefined;
  busy(transfer: TransferResource): boolean;
  cancel(transfer: TransferResource): void;
}

/** The pending transfers section. */
export function renderPendingTransfers(view: PendingTransfersView): TemplateResult {
  const pending = view.transfers.filter((t) => t.Status === 'Pending');
  const { failure } = view;
  return html`<section class="transfers" aria-labelledby="${view.ids}-pending">
    <h3 id="${view.ids}-pending" class="section-title">${msg('Pending transfers')}</h3>
    ${failure ? html`<p class="form-error" role="alert">${failure}</p>` : nothing}
    ${
      pending.length === 0
        ? html`<p class="empty">${msg('No pending transfers.')}</p>`
        : html`<table class="as-table" part="table">
            <caption class="as-visually-hidden">
              ${msg('Pending transfers')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Transfer')}</th>
                <th scope="col" class="num">${msg('Amount')}</th>
                <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                pending,
                (t) => t.Id,
                (t) => renderRow(view, t),
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

function renderRow(view: PendingTransfersView, t: TransferResource): TemplateResult {
  const amount = formatMoney(t.Amount, view.locale);
  const kind =
    t.Mechanism === 'Wire'
      ? msg('Wire withdrawal')
      : t.Mechanism === 'Check'
        ? msg('Check withdrawal')
        : t.IsDeposit
          ? msg('Deposit')
          : msg('Withdrawal');
  return html`<tr data-transfer-id=${t.Id ?? ''}>
    <th scope="row">
      ${kind} <span class="number">${t.ExternalId ?? ''}</span>
      <span class="sub" data-col="settlement"
        >${msg(str`Expected to settle on ${settlementText(t, view.locale)}`)}</span
      >
    </th>
    <td class="num" data-col="amount">${amount}</td>
    <td class="actions">
      ${button({
        label: msg('Cancel'),
        ariaLabel: t.IsDeposit
          ? msg(str`Cancel the deposit of ${amount}`)
          : msg(str`Cancel the withdrawal of ${amount}`),
        data: { kind: 'cancel-transfer', transfer: t.Id },
        disabled: view.busy(t),
        onClick: () => view.cancel(t),
      })}
    </td>
  </tr>`;
}

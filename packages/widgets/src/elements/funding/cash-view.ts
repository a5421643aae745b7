/** The account's cash figures (template only): cash, withdrawable cash, pending. */
import type { AccountBalance } from '@autoshares/client';
import { html, type TemplateResult } from 'lit';
import { formatMoney } from '../../format/format.ts';
import { msg } from '../../locale/msg.ts';

export function renderCash(
  balance: AccountBalance | undefined,
  locale: string | undefined,
): TemplateResult {
  return html`<dl class="cash">
    <div>
      <dt>${msg('Cash')}</dt>
      <dd data-figure="cash">${formatMoney(balance?.cash, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Withdrawable cash')}</dt>
      <dd data-figure="withdrawable">${formatMoney(balance?.netCash, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Pending')}</dt>
      <dd data-figure="pending">${formatMoney(balance?.pendingCash, locale)}</dd>
    </div>
  </dl>`;
}

/** A transfer's review (template only): amount, bank, fee, expected settlement, then Send or Back. */
import { html, nothing, type TemplateResult } from 'lit';
import { button } from '../../components/button/button.ts';
import { formatDate, formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { linkLabel } from './bank-link.ts';
import { maskedWireAccount } from './payout-methods.ts';
import { contributionLabel, reasonLabel } from './ira-questions.ts';
import { expectedSettlement } from './settlement-date.ts';
import type { TransferDraft } from './transfer-flow.ts';

export interface TransferReviewView {
  draft: TransferDraft;
  locale: string | undefined;
  send(): void;
  back(): void;
  onKeydown(event: KeyboardEvent): void;
}

/** The review of the transfer about to be sent. */
export function renderTransferReview(view: TransferReviewView): TemplateResult {
  const { draft, locale } = view;
  const amount = formatMoney(draft.amount, locale);
  const deposit = draft.direction === 'deposit';
  const ach = draft.mechanism === 'ACH';
  return html`<div
    class="review"
    part="review"
    role="group"
    aria-label=${deposit ? msg('Review deposit') : msg('Review withdrawal')}
    @keydown=${view.onKeydown}
  >
    <dl>
      <div>
        <dt>${deposit ? msg('Deposit') : msg('Withdraw')}</dt>
        <dd data-figure="amount">${amount}</dd>
      </div>
      <div>
        <dt>${deposit ? msg('From') : msg('To')}</dt>
        <dd data-figure="destination">${destination(draft)}</dd>
      </div>
      <div>
        <dt>${msg('Fee')}</dt>
        <dd data-figure="fee">
          ${ach ? msg('None (ACH transfers are free)') : msg('Charged by AutoShares, shown once requested')}
        </dd>
      </div>
      <div>
        <dt>${msg('Expected settlement')}</dt>
        <dd data-figure="settlement">
          ${
            ach
              ? msg(str`About ${formatDate(expectedSettlement(draft.at), locale, 'UTC')}`)
              : msg('Shown once requested')
          }
        </dd>
      </div>
      ${renderIraReview(draft)}
    </dl>
    ${
      deposit
        ? html`<p class="note">
            ${msg('Deposited money can be withdrawn two business days after it settles.')}
          </p>`
        : nothing
    }
    <div class="actions">
      ${button({
        label: deposit ? msg(str`Deposit ${amount}`) : msg(str`Withdraw ${amount}`),
        variant: 'primary',
        data: { kind: 'send' },
        onClick: view.send,
      })}
      ${button({ label: msg('Back'), onClick: view.back })}
    </div>
  </div>`;
}

/** Where the money comes from or goes, never with a full account number. */
function destination(draft: TransferDraft): string {
  if (draft.mechanism === 'Wire' && draft.wire) {
    const w = draft.wire;
    return msg(str`Wire to ${w.name.trim()}, ${w.bankName.trim()} ${maskedWireAccount(w.account)}`);
  }
  if (draft.mechanism === 'Check' && draft.check)
    return draft.check.delivery === 'Overnight'
      ? msg('A check by overnight delivery')
      : msg('A check by standard mail');
  return draft.link ? linkLabel(draft.link) : '';
}

/** The review's line for a retirement account's answers, if any. */
function renderIraReview(draft: TransferDraft): TemplateResult | typeof nothing {
  const c = draft.ira.IraContribution;
  if (c?.Type)
    return html`<div>
      <dt>${msg('Type of contribution')}</dt>
      <dd>${contributionLabel(c.Type)} (${c.ContributionYear})</dd>
    </div>`;
  const d = draft.ira.IraDistribution;
  if (d?.Reason)
    return html`<div>
      <dt>${msg('Reason for the withdrawal')}</dt>
      <dd>${reasonLabel(d.Reason)}</dd>
    </div>`;
  return nothing;
}

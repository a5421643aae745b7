/**
 * What became of a sent transfer (template only): sending, checking a lost answer, requested
 * (with its fees), not received (Try again), unknown (Check again) or refused. Never claims an
 * outcome the element does not know.
 */
import type { FeeResource, TransferResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../../base/view-states.ts';
import { button } from '../../components/button/button.ts';
import { formatMoney } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import type { PlacementState } from '../../orders/placement/placement-state.ts';
import { outcomeText } from './transfer-text.ts';

export interface TransferOutcomeView {
  state: PlacementState<TransferResource>;
  deposit: boolean;
  fees: FeeResource[] | undefined;
  locale: string | undefined;
  done(): void;
  retry(): void;
  checkAgain(): void;
}

/** The outcome block of the sent transfer. */
export function renderTransferOutcome(view: TransferOutcomeView): TemplateResult {
  const s = view.state;
  return html`<div class="outcome" part="outcome" role="status" data-state=${s.kind}>
    ${renderBody(view)}
  </div>`;
}

function renderBody(view: TransferOutcomeView): TemplateResult {
  const { state: s, deposit } = view;
  const done = button({ label: msg('Done'), data: { kind: 'done' }, onClick: view.done });
  switch (s.kind) {
    case 'placing':
    case 'idle':
      return html`<p>
        ${deposit ? msg('Sending your deposit…') : msg('Sending your withdrawal…')}
      </p>`;
    case 'unconfirmed':
      return html`<p>
        ${
          deposit
            ? msg('No answer yet: checking whether your deposit arrived…')
            : msg('No answer yet: checking whether your withdrawal arrived…')
        }
      </p>`;
    case 'confirmed':
      return html`<p data-outcome="confirmed">${outcomeText(s.result, view.locale)}</p>
        ${s.result.ExternalId ? html`<p>${msg(str`Reference: ${s.result.ExternalId}`)}</p>` : nothing}
        ${renderFees(view.fees, view.locale)} ${done}`;
    case 'absent':
      return html`<p data-outcome="absent">
          ${
            deposit
              ? msg('Your deposit was not received: nothing was moved.')
              : msg('Your withdrawal was not received: nothing was moved.')
          }
        </p>
        ${button({
          label: msg('Try again'),
          variant: 'primary',
          data: { kind: 'retry' },
          onClick: view.retry,
        })}
        ${done}`;
    case 'unknown':
      return html`<p data-outcome="unknown">
          ${
            deposit
              ? msg(
                  'Could not check whether your deposit arrived. Check again before sending it again.',
                )
              : msg(
                  'Could not check whether your withdrawal arrived. Check again before sending it again.',
                )
          }
        </p>
        ${button({ label: msg('Check again'), data: { kind: 'check' }, onClick: view.checkAgain })}`;
    case 'rejected':
      return html`<p data-outcome="rejected" role="alert">
          ${deposit ? msg('The deposit was not accepted.') : msg('The withdrawal was not accepted.')}
          ${errorMessage(s.error)}
        </p>
        ${done}`;
  }
}

/** The transfer's fees once known ("Fees: none" for ACH). */
function renderFees(
  fees: FeeResource[] | undefined,
  locale: string | undefined,
): TemplateResult | typeof nothing {
  if (!fees) return nothing;
  const total = fees.reduce((sum, f) => sum + (f.CustomerDebitAmount ?? 0), 0);
  return html`<p data-figure="fees">
    ${fees.length ? msg(str`Fees: ${formatMoney(total, locale)}`) : msg('Fees: none')}
  </p>`;
}

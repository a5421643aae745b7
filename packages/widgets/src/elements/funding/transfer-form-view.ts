/**
 * The transfer form (template only): Deposit or Withdraw, the bank account, the amount, a
 * retirement account's questions, then Review.
 */
import type { AllowedIraConstraintsResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { button } from '../../components/button/button.ts';
import { msg } from '../../locale/msg.ts';
import { linkLabel, type Link } from './bank-link.ts';
import {
  formFailure,
  fieldError,
  fieldId,
  invalidity,
  selectInput,
  textInput,
  type FieldsView,
} from './form-fields.ts';
import {
  contributionLabel,
  contributionYears,
  reasonLabel,
  type IraAnswers,
} from './ira-questions.ts';
import { renderCheckFields, renderWireFields } from './payout-fields-view.ts';
import type { CheckDraft, Mechanism, WireDraft } from './payout-methods.ts';
import type { Direction } from './transfer-flow.ts';

export interface TransferFormView extends FieldsView {
  direction: Direction;
  /** How a withdrawal is paid out (a deposit is always ACH). */
  mechanism: Mechanism;
  wire: WireDraft;
  check: CheckDraft;
  /** The verified bank accounts, and the one chosen. */
  links: readonly Link[];
  chosen: Link | undefined;
  amount: string;
  /** What a retirement account asks (nothing for other accounts). */
  iraRules: AllowedIraConstraintsResource | undefined;
  ira: IraAnswers;
  /** A transfer in this direction was just refused by the server (its messages are on the fields). */
  refused: Direction | undefined;
  turn(direction: Direction): void;
  pickMechanism(mechanism: Mechanism): void;
  editWire(wire: WireDraft): void;
  editCheck(check: CheckDraft): void;
  pickLink(id: string): void;
  editAmount(text: string): void;
  editIra(answers: IraAnswers): void;
  review(event: Event): void;
  addBank(): void;
}

/** The transfer form. */
export function renderTransferForm(view: TransferFormView): TemplateResult {
  const deposit = view.direction === 'deposit';
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-label=${msg('Move money')}
    @submit=${view.review}
  >
    <div class="wide direction" role="group" aria-label=${msg('Direction')}>
      ${button({
        label: msg('Deposit'),
        pressed: deposit,
        data: { direction: 'deposit' },
        onClick: () => view.turn('deposit'),
      })}
      ${button({
        label: msg('Withdraw'),
        pressed: !deposit,
        data: { direction: 'withdraw' },
        onClick: () => view.turn('withdraw'),
      })}
    </div>
    ${deposit ? nothing : renderMechanism(view)} ${renderSource(view)}
    ${textInput(view, 'amount', msg('Amount'), view.amount, view.editAmount, { inputmode: 'decimal' })}
    ${renderIraQuestions(view)}
    ${formFailure(
      view.refused === undefined
        ? undefined
        : view.refused === 'deposit'
          ? msg('The deposit was not accepted: nothing was moved.')
          : msg('The withdrawal was not accepted: nothing was moved.'),
    )}
    <div class="actions wide">
      ${button({
        label: deposit ? msg('Review deposit') : msg('Review withdrawal'),
        variant: 'primary',
        type: 'submit',
        data: { kind: 'review' },
      })}
      ${button({ label: msg('Add bank account'), data: { kind: 'add' }, onClick: view.addBank })}
    </div>
  </form>`;
}

/** How a withdrawal is paid out: ACH to a linked bank account, a wire, or a check. */
function renderMechanism(view: TransferFormView): TemplateResult {
  return selectInput(
    view,
    'mechanism',
    msg('Send by'),
    view.mechanism,
    [
      { value: 'ACH', label: msg('Bank transfer (ACH)') },
      { value: 'Wire', label: msg('Wire transfer') },
      { value: 'Check', label: msg('Check by mail') },
    ],
    (value) => view.pickMechanism(value as Mechanism),
  );
}

/** Where the money comes from or goes: the bank account, a wire's bank or a check's delivery. */
function renderSource(view: TransferFormView): TemplateResult {
  const deposit = view.direction === 'deposit';
  if (!deposit && view.mechanism === 'Wire')
    return renderWireFields({ ...view, wire: view.wire, edit: view.editWire });
  if (!deposit && view.mechanism === 'Check')
    return renderCheckFields({ ...view, check: view.check, edit: view.editCheck });
  const { links, chosen } = view;
  const link = invalidity(view, 'link');
  return html`<div class="field">
    <label class="as-label" for=${fieldId(view, 'link')}
      >${deposit ? msg('From bank account') : msg('To bank account')}</label
    >
    <select
      id=${fieldId(view, 'link')}
      class="as-select"
      part="select"
      data-field="link"
      ?disabled=${links.length === 0}
      aria-invalid=${link.invalid}
      aria-describedby=${ifDefined(link.describedBy)}
      @change=${(e: Event) => view.pickLink((e.target as HTMLSelectElement).value)}
    >
      ${links.length === 0 ? html`<option value="">${msg('No verified bank account')}</option>` : nothing}
      ${links.map(
        (l) => html`<option value=${l.Id ?? ''} ?selected=${l === chosen}>${linkLabel(l)}</option>`,
      )}
    </select>
    ${fieldError(view, 'link')}
  </div>`;
}

/** A retirement account's questions for the chosen direction (nothing for other accounts). */
function renderIraQuestions(view: TransferFormView): TemplateResult | typeof nothing {
  const rules = view.iraRules;
  if (!rules?.IsRetirementAccount) return nothing;
  const answer = (field: keyof IraAnswers) => (value: string) =>
    view.editIra({ ...view.ira, [field]: value });
  if (view.direction === 'deposit') {
    const types = (rules.ContributionConstraints?.ValidContributions ?? [])
      .map((c) => c.Reason ?? '')
      .filter((r) => r);
    const years = contributionYears(rules, view.ira.contribution);
    return html`${selectInput(
      view,
      'contribution',
      msg('Type of contribution'),
      view.ira.contribution,
      types.map((t) => ({ value: t, label: contributionLabel(t) })),
      answer('contribution'),
      msg('Choose…'),
    )}
    ${selectInput(
      view,
      'year',
      msg('Tax year'),
      view.ira.year,
      years.map((y) => ({ value: String(y), label: String(y) })),
      answer('year'),
    )}`;
  }
  const reasons = Object.keys(rules.DistributionConstraints?.ValidDistributionReasons ?? {});
  return selectInput(
    view,
    'reason',
    msg('Reason for the withdrawal'),
    view.ira.reason,
    reasons.map((r) => ({ value: r, label: reasonLabel(r) })),
    answer('reason'),
    msg('Choose…'),
  );
}

/**
 * The bank account forms (templates only): link a new account, verify one with its two
 * micro-deposits, give one a new nickname, and confirm a removal.
 */
import { html, type TemplateResult } from 'lit';
import { button } from '../../components/button/button.ts';
import { msg, str } from '../../locale/msg.ts';
import { linkLabel, linkName, type Link } from './bank-link.ts';
import type { BankDraft } from './funding-validation.ts';
import { formFailure, selectInput, textInput, type FieldsView } from './form-fields.ts';

/** What every bank form needs of the element. */
export interface BankFormView extends FieldsView {
  /** Saving: the submit does nothing more. */
  busy: boolean;
  /** The refusal of the last submit not tied to a field. */
  failure: string | undefined;
  cancel(): void;
  onKeydown(event: KeyboardEvent): void;
}

/** Link a bank account: owner, routing and account numbers, type, nickname. */
export function renderAddBank(
  view: BankFormView & { draft: BankDraft; edit(draft: BankDraft): void; submit(e: Event): void },
): TemplateResult {
  const b = view.draft;
  const edit = (key: keyof BankDraft) => (value: string) => view.edit({ ...b, [key]: value });
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-label=${msg('Add bank account')}
    @keydown=${view.onKeydown}
    @submit=${view.submit}
  >
    ${textInput(view, 'owner', msg('Account owner'), b.owner, edit('owner'), { autocomplete: 'name' })}
    ${textInput(view, 'routing', msg('Routing number'), b.routing, edit('routing'), { inputmode: 'numeric' })}
    ${textInput(view, 'account', msg('Account number'), b.account, edit('account'), { inputmode: 'numeric' })}
    ${selectInput(
      view,
      'type',
      msg('Account type'),
      b.type,
      [
        { value: 'Checking', label: msg('Checking') },
        { value: 'Savings', label: msg('Savings') },
      ],
      edit('type'),
    )}
    ${textInput(view, 'name', msg('Nickname (optional)'), b.name, edit('name'))}
    ${formFailure(view.failure)}
    <div class="actions wide">
      ${button({
        label: msg('Link bank account'),
        variant: 'primary',
        type: 'submit',
        data: { kind: 'save-bank' },
        disabled: view.busy,
      })}
      ${button({ label: msg('Cancel'), onClick: view.cancel })}
    </div>
  </form>`;
}

/** The two micro-deposits as typed. */
export interface DepositsDraft {
  first: string;
  second: string;
}

/** Verify a link with the two small deposits its bank statement shows. */
export function renderVerifyBank(
  view: BankFormView & {
    link: Link;
    draft: DepositsDraft;
    edit(draft: DepositsDraft): void;
    submit(e: Event): void;
  },
): TemplateResult {
  const d = view.draft;
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-label=${msg(str`Verify ${linkName(view.link)}`)}
    @keydown=${view.onKeydown}
    @submit=${view.submit}
  >
    <p class="wide note">
      ${msg('Enter the two small deposits AutoShares sent to this bank account, in dollars.')}
    </p>
    ${textInput(view, 'first', msg('First deposit'), d.first, (v) => view.edit({ ...d, first: v }), { inputmode: 'decimal' })}
    ${textInput(view, 'second', msg('Second deposit'), d.second, (v) => view.edit({ ...d, second: v }), { inputmode: 'decimal' })}
    ${formFailure(view.failure)}
    <div class="actions wide">
      ${button({
        label: msg('Verify'),
        variant: 'primary',
        type: 'submit',
        data: { kind: 'save-verify' },
        disabled: view.busy,
      })}
      ${button({ label: msg('Cancel'), onClick: view.cancel })}
    </div>
  </form>`;
}

/** A new nickname for a link. */
export function renderRenameBank(
  view: BankFormView & {
    link: Link;
    name: string;
    edit(name: string): void;
    submit(e: Event): void;
  },
): TemplateResult {
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-label=${msg(str`Rename ${linkLabel(view.link)}`)}
    @keydown=${view.onKeydown}
    @submit=${view.submit}
  >
    ${textInput(view, 'name', msg('Nickname'), view.name, view.edit)} ${formFailure(view.failure)}
    <div class="actions wide">
      ${button({
        label: msg('Save nickname'),
        variant: 'primary',
        type: 'submit',
        data: { kind: 'save-rename' },
        disabled: view.busy,
      })}
      ${button({ label: msg('Cancel'), onClick: view.cancel })}
    </div>
  </form>`;
}

/** Confirm the removal of a link. */
export function renderRemoveBank(
  view: Omit<BankFormView, 'errors'> & { link: Link; confirm(): void },
): TemplateResult {
  const name = linkLabel(view.link);
  return html`<div
    class="confirm"
    role="group"
    aria-label=${msg('Remove bank account')}
    @keydown=${view.onKeydown}
  >
    <p>${msg(str`Remove ${name}? Transfers to and from it will no longer be possible.`)}</p>
    ${button({
      label: msg('Remove bank account'),
      variant: 'danger',
      data: { kind: 'confirm-remove' },
      disabled: view.busy,
      onClick: view.confirm,
    })}
    ${button({ label: msg('Cancel'), onClick: view.cancel })} ${formFailure(view.failure)}
  </div>`;
}

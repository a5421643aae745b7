/**
 * A wire's and a check's own fields in the transfer form (templates only): the receiving bank and
 * account of a wire, the delivery and memo of a check.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../locale/msg.ts';
import { selectInput, textInput, type FieldsView } from './form-fields.ts';
import type { CheckDraft, WireDraft } from './payout-methods.ts';

/** The receiving bank of a wire. */
export function renderWireFields(
  view: FieldsView & { wire: WireDraft; edit(wire: WireDraft): void },
): TemplateResult {
  const w = view.wire;
  const edit = (key: 'name' | 'bankName' | 'routing' | 'account') => (value: string) =>
    view.edit({ ...w, [key]: value });
  return html`${selectInput(
    view,
    'wireType',
    msg('Wire type'),
    w.international ? 'International' : 'Domestic',
    [
      { value: 'Domestic', label: msg('Domestic (US bank)') },
      { value: 'International', label: msg('International') },
    ],
    (value) => view.edit({ ...w, international: value === 'International' }),
  )}
  ${textInput(view, 'name', msg('Name on the receiving account'), w.name, edit('name'), { autocomplete: 'name' })}
  ${textInput(view, 'bankName', msg('Receiving bank'), w.bankName, edit('bankName'))}
  ${w.international ? '' : textInput(view, 'routing', msg('Routing number'), w.routing, edit('routing'), { inputmode: 'numeric' })}
  ${textInput(
    view,
    'account',
    w.international ? msg('Account number or IBAN') : msg('Account number'),
    w.account,
    edit('account'),
    w.international ? {} : { inputmode: 'numeric' },
  )}`;
}

/** How a check is sent. */
export function renderCheckFields(
  view: FieldsView & { check: CheckDraft; edit(check: CheckDraft): void },
): TemplateResult {
  const c = view.check;
  return html`${selectInput(
    view,
    'delivery',
    msg('Delivery'),
    c.delivery,
    [
      { value: 'Standard', label: msg('Standard mail') },
      { value: 'Overnight', label: msg('Overnight') },
    ],
    (delivery) => view.edit({ ...c, delivery }),
  )}
  ${textInput(view, 'memo', msg('Memo (optional)'), c.memo, (memo) => view.edit({ ...c, memo }))}`;
}

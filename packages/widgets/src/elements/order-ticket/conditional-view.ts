/**
 * The ticket's trailing and conditional fields (templates only): how a trailing stop trails,
 * what is attached to the order, and the prices of the attached orders. Only the fields of the
 * chosen kind are shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../locale/msg.ts';
import { orderTypeLabel } from '../../orders/order-words.ts';
import {
  ATTACH_KINDS,
  attachLabel,
  isTrailing,
  THEN_TYPES,
  TRAIL_UNITS,
  trailUnitLabel,
  type AttachKind,
  type ThenType,
  type TrailUnit,
} from './conditional-draft.ts';
import { select, textField, type FieldsView } from './form-fields.ts';

const labelsOf = <T extends string>(options: readonly T[], label: (o: T) => string) =>
  Object.fromEntries(options.map((o) => [o, label(o)])) as Record<T, string>;

/** The Attach choice: nothing, a bracket, an OCO pair, an OTO follow-up. */
export function renderAttachSelect(view: FieldsView): TemplateResult {
  return select(
    view,
    'attach',
    msg('Attach'),
    ATTACH_KINDS,
    labelsOf(ATTACH_KINDS, attachLabel),
    view.draft.attach,
    (v: AttachKind) => view.edit('attach', v),
  );
}

/** The trail of a trailing stop (and the limit offset of a trailing stop limit). */
export function renderTrailingFields(view: FieldsView): TemplateResult | typeof nothing {
  const d = view.draft;
  if (!isTrailing(d.type) || d.attach === 'OCO') return nothing;
  const percent = d.trailUnit === 'Persentage';
  return html`${select(
    view,
    'trailUnit',
    msg('Trail by'),
    TRAIL_UNITS,
    labelsOf(TRAIL_UNITS, trailUnitLabel),
    d.trailUnit,
    (v: TrailUnit) => view.edit('trailUnit', v),
  )}
  ${textField(view, 'trailAmount', percent ? msg('Trail percent') : msg('Trail amount'))}
  ${
    d.type === 'TrailingStopLimit'
      ? textField(
          view,
          'trailLimitOffset',
          msg('Limit offset'),
          msg('How far past the stop the limit sits.'),
        )
      : nothing
  }`;
}

/** The prices of the attached orders. */
export function renderAttachFields(view: FieldsView): TemplateResult | typeof nothing {
  const d = view.draft;
  switch (d.attach) {
    case 'Bracket':
    case 'OCO':
      return html`${textField(view, 'takeProfit', msg('Take profit (limit)'))}
      ${textField(view, 'stopLoss', msg('Stop loss (stop)'))}`;
    case 'OTO':
      return html`${select(
        view,
        'thenType',
        msg('Then'),
        THEN_TYPES,
        labelsOf(THEN_TYPES, orderTypeLabel),
        d.thenType,
        (v: ThenType) => view.edit('thenType', v),
      )}
      ${textField(view, 'thenPrice', d.thenType === 'Limit' ? msg('Then limit price') : msg('Then stop price'))}`;
    default:
      return nothing;
  }
}

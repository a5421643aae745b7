/**
 * The ticket's order form (template only): symbol search, side, quantity, type, prices, time in
 * force, extended hours, each field with its message, and Review order.
 */
import { button } from '../../components/button/button.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorMessage } from '../../base/view-states.ts';
import type { SymbolPickEvent } from '../../core/events.ts';
import { dateInZone } from '../../format/trading-date.ts';
import '../../components/symbol-search/define.ts';
import {
  needsLimit,
  needsStop,
  ORDER_TYPES,
  TIF_LABELS,
  TIMES_IN_FORCE,
  TYPE_LABELS,
  type TicketSide,
  type TicketTimeInForce,
} from './order-validation.ts';
import { msg } from '../../locale/msg.ts';
import {
  renderAttachFields,
  renderAttachSelect,
  renderTrailingFields,
} from './conditional-view.ts';
import { describedBy, renderError, select, textField, type FieldsView } from './form-fields.ts';

/** What the form shows and what it calls back. */
export interface FormView extends FieldsView {
  /** The sides offered (Sell short only on margin accounts). */
  sides: readonly TicketSide[];
  /** What the sides are called (an option's: Buy to open, Sell to close, …). */
  sideLabels: Record<TicketSide, string>;
  /** The server's preview is on its way. */
  checking: boolean;
  ticker: string | undefined;
  /** The ticket's own `locale` attribute, passed on to its symbol search. */
  locale?: string;
  quantityHint: string | undefined;
  /** Why this account cannot place orders here, if it cannot. */
  blocker: string | undefined;
  /** The preview's failure, if any. */
  error: unknown;
  pick(event: SymbolPickEvent): void;
  submit(event: Event): void;
}

/** The current step's failure as an alert, if there is one. */
export function renderActionError(error: unknown): TemplateResult | typeof nothing {
  return error
    ? html`<p class="form-error" role="alert" part="error">${errorMessage(error)}</p>`
    : nothing;
}

function expireField(view: FormView): TemplateResult {
  const id = `${view.ids}-expire`;
  const onDate = (e: Event) => view.edit('expireDate', (e.target as HTMLInputElement).value);
  return html`<div class="field">
    <label class="as-label" for=${id}>${msg('Good till')}</label>
    <input
      id=${id}
      class="as-input"
      part="input"
      type="date"
      min=${dateInZone(Date.now() + 86_400_000)}
      data-field="expireDate"
      .value=${live(view.draft.expireDate)}
      aria-invalid=${view.errors.expireDate ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(view, 'expireDate'))}
      @input=${onDate}
      @change=${onDate}
    />
    ${renderError(view, 'expireDate')}
  </div>`;
}

function extendedHoursField(view: FormView): TemplateResult {
  return html`<div class="field check">
    <input
      id="${view.ids}-ext"
      type="checkbox"
      .checked=${view.draft.extendedHours}
      @change=${(e: Event) => view.edit('extendedHours', (e.target as HTMLInputElement).checked)}
    />
    <label for="${view.ids}-ext">${msg('Allow extended hours')}</label>
  </div>`;
}

/** The order type and the prices it needs. */
function renderTypeFields(view: FormView): TemplateResult {
  const d = view.draft;
  return html`${select(view, 'type', msg('Order type'), ORDER_TYPES, TYPE_LABELS, d.type, (v) =>
    view.edit('type', v),
  )}
  ${needsStop(d.type) ? textField(view, 'stopPrice', msg('Stop price')) : nothing}
  ${needsLimit(d.type) ? textField(view, 'limitPrice', msg('Limit price')) : nothing}`;
}

/** The order form. */
export function renderForm(view: FormView): TemplateResult {
  const d = view.draft;
  return html`<form class="form" part="form" novalidate @submit=${view.submit}>
    <div class="field symbol-field">
      <as-symbol-search
        label=${msg('Symbol')}
        placeholder=${view.ticker ?? msg('Search symbol')}
        locale=${ifDefined(view.locale)}
        exportparts="input, listbox, option"
        @as-symbol-pick=${view.pick}
      ></as-symbol-search>
      ${renderError(view, 'symbol')}
    </div>
    ${select(view, 'side', msg('Side'), view.sides, view.sideLabels, d.side, (v) =>
      view.edit('side', v),
    )}
    ${textField(view, 'quantity', msg('Quantity'), view.quantityHint)}
    ${d.attach === 'OCO' ? nothing : renderTypeFields(view)} ${renderTrailingFields(view)}
    ${select(
      view,
      'timeInForce',
      msg('Time in force'),
      TIMES_IN_FORCE,
      TIF_LABELS,
      d.timeInForce,
      (v) => view.edit('timeInForce', v as TicketTimeInForce),
    )}
    ${d.timeInForce === 'GoodTillDate' ? expireField(view) : nothing} ${renderAttachSelect(view)}
    ${renderAttachFields(view)}
    ${d.type === 'Limit' && d.attach === 'None' ? extendedHoursField(view) : nothing}
    ${renderActionError(view.error)}
    ${
      view.blocker
        ? html`<p class="form-error" data-blocker part="error">${view.blocker}</p>`
        : nothing
    }
    <div class="actions">
      ${button({
        label: view.checking ? msg('Checking…') : msg('Review order'),
        variant: 'primary',
        type: 'submit',
        disabled: view.checking || !!view.blocker,
      })}
    </div>
  </form>`;
}

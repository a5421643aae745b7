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
  type OrderDraft,
  type OrderErrors,
  type OrderField,
  type TicketSide,
  type TicketTimeInForce,
} from './order-validation.ts';
import { msg } from '../../locale/msg.ts';

/** What the form shows and what it calls back. */
export interface FormView {
  /** Prefix of the form's element ids (unique per ticket). */
  ids: string;
  draft: OrderDraft;
  errors: OrderErrors;
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
  edit<K extends keyof OrderDraft>(key: K, value: OrderDraft[K]): void;
  pick(event: SymbolPickEvent): void;
  submit(event: Event): void;
}

/** The current step's failure as an alert, if there is one. */
export function renderActionError(error: unknown): TemplateResult | typeof nothing {
  return error
    ? html`<p class="form-error" role="alert" part="error">${errorMessage(error)}</p>`
    : nothing;
}

const describedBy = (view: FormView, field: OrderField, hint?: string): string | undefined => {
  const ids = [hint, view.errors[field] ? `${view.ids}-${field}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
};

function renderError(view: FormView, field: OrderField): TemplateResult | typeof nothing {
  const message = view.errors[field];
  // The symbol box is another element's shadow root, out of reach of aria-describedby:
  // its message is announced instead.
  return message
    ? html`<p
        class="field-error"
        id="${view.ids}-${field}-error"
        part="error"
        role=${ifDefined(field === 'symbol' ? 'alert' : undefined)}
      >
        ${message}
      </p>`
    : nothing;
}

function textField(
  view: FormView,
  field: 'quantity' | 'limitPrice' | 'stopPrice',
  label: string,
  hint?: string,
): TemplateResult {
  const id = `${view.ids}-${field}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <input
      id=${id}
      class="as-input"
      part="input"
      data-field=${field}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${view.draft[field]}
      aria-invalid=${view.errors[field] ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(view, field, hintId))}
      @input=${(e: Event) => view.edit(field, (e.target as HTMLInputElement).value)}
    />
    ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing} ${renderError(view, field)}
  </div>`;
}

function select<T extends string>(
  view: FormView,
  field: 'side' | 'type' | 'timeInForce',
  label: string,
  options: readonly T[],
  labels: Record<T, string>,
  value: T,
  onChange: (value: T) => void,
): TemplateResult {
  const id = `${view.ids}-${field}`;
  const errorField = field === 'side' ? 'side' : undefined;
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <select
      id=${id}
      class="as-select"
      part="select"
      data-field=${field}
      aria-invalid=${errorField && view.errors[errorField] ? 'true' : 'false'}
      aria-describedby=${ifDefined(errorField ? describedBy(view, errorField) : undefined)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}
    >
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${labels[o]}</option>`)}
    </select>
    ${errorField ? renderError(view, errorField) : nothing}
  </div>`;
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
    ${select(view, 'type', msg('Order type'), ORDER_TYPES, TYPE_LABELS, d.type, (v) =>
      view.edit('type', v),
    )}
    ${needsStop(d.type) ? textField(view, 'stopPrice', msg('Stop price')) : nothing}
    ${needsLimit(d.type) ? textField(view, 'limitPrice', msg('Limit price')) : nothing}
    ${select(
      view,
      'timeInForce',
      msg('Time in force'),
      TIMES_IN_FORCE,
      TIF_LABELS,
      d.timeInForce,
      (v) => view.edit('timeInForce', v as TicketTimeInForce),
    )}
    ${d.timeInForce === 'GoodTillDate' ? expireField(view) : nothing}
    ${d.type === 'Limit' ? extendedHoursField(view) : nothing} ${renderActionError(view.error)}
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

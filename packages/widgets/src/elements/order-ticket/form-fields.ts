/**
 * The ticket's form fields (templates only): a text field and a select, each with its label,
 * hint and inline message wired by `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OrderDraft, OrderErrors, OrderField } from './order-validation.ts';

/** What a field needs of the form. */
export interface FieldsView {
  /** Prefix of the form's element ids (unique per ticket). */
  ids: string;
  draft: OrderDraft;
  errors: OrderErrors;
  edit<K extends keyof OrderDraft>(key: K, value: OrderDraft[K]): void;
}

/** The draft's fields typed as text. */
export type TextField = {
  [K in keyof OrderDraft]: OrderDraft[K] extends string ? K : never;
}[keyof OrderDraft] &
  OrderField;

/** The ids that describe a control: its hint and its message. */
export const describedBy = (
  view: FieldsView,
  field: OrderField,
  hint?: string,
): string | undefined => {
  const ids = [hint, view.errors[field] ? `${view.ids}-${field}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
};

/** A field's inline message, if it has one. */
export function renderError(view: FieldsView, field: OrderField): TemplateResult | typeof nothing {
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

/** A labelled text input of the draft, with its hint and message. */
export function textField(
  view: FieldsView,
  field: TextField,
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

/** A labelled select of the draft (side and type carry a message). */
export function select<T extends string>(
  view: FieldsView,
  field: 'side' | 'type' | 'timeInForce' | 'attach' | 'trailUnit' | 'thenType',
  label: string,
  options: readonly T[],
  labels: Record<T, string>,
  value: T,
  onChange: (value: T) => void,
): TemplateResult {
  const id = `${view.ids}-${field}`;
  const errorField = field === 'side' || field === 'type' ? field : undefined;
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

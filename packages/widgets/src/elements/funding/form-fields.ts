/**
 * The funding forms' fields (templates only): a text input and a select, each with its label and
 * inline message wired by `aria-describedby`, and a form's own failure line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Messages by field (`amount`, `routing`, …). */
export type FieldErrors = Partial<Record<string, string>>;

/** What a field needs of its form. */
export interface FieldsView {
  /** Prefix of the element's ids (unique per element). */
  ids: string;
  errors: FieldErrors;
}

/** The ids of a field's control and message. */
export const fieldId = (view: FieldsView, field: string): string => `${view.ids}-${field}`;

/** `aria-invalid` and `aria-describedby` of a field's control. */
export function invalidity(view: FieldsView, field: string) {
  const invalid = !!view.errors[field];
  return {
    invalid: invalid ? 'true' : 'false',
    describedBy: invalid ? `${fieldId(view, field)}-error` : undefined,
  };
}

/** A field's inline message, if it has one. */
export function fieldError(view: FieldsView, field: string): TemplateResult | typeof nothing {
  const message = view.errors[field];
  return message
    ? html`<p class="field-error" id="${fieldId(view, field)}-error" part="error">${message}</p>`
    : nothing;
}

/** A labelled text input with its message. */
export function textInput(
  view: FieldsView,
  field: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  extra: { inputmode?: string; autocomplete?: string } = {},
): TemplateResult {
  const id = fieldId(view, field);
  const { invalid, describedBy } = invalidity(view, field);
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <input
      id=${id}
      class="as-input"
      part="input"
      data-field=${field}
      type="text"
      inputmode=${ifDefined(extra.inputmode)}
      autocomplete=${extra.autocomplete ?? 'off'}
      .value=${value}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    ${fieldError(view, field)}
  </div>`;
}

/** A labelled select with its message; `placeholder` adds an empty first choice. */
export function selectInput(
  view: FieldsView,
  field: string,
  label: string,
  value: string,
  options: readonly { value: string; label: string }[],
  onChange: (value: string) => void,
  placeholder?: string,
): TemplateResult {
  const id = fieldId(view, field);
  const { invalid, describedBy } = invalidity(view, field);
  return html`<div class="field">
    <label class="as-label" for=${id}>${label}</label>
    <select
      id=${id}
      class="as-select"
      part="select"
      data-field=${field}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${placeholder !== undefined ? html`<option value="" ?selected=${!value}>${placeholder}</option>` : nothing}
      ${options.map(
        (o) => html`<option value=${o.value} ?selected=${value === o.value}>${o.label}</option>`,
      )}
    </select>
    ${fieldError(view, field)}
  </div>`;
}

/** A form's own failure (a refusal not tied to one field), if any. */
export function formFailure(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="form-error wide" role="alert">${text}</p>` : nothing;
}

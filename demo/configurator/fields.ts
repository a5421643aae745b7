/**
 * Form fields of the configurator, as Lit templates: one per widget attribute (checkbox, number,
 * select of its values, or text) and one per theme token. Each field has a visible label, its
 * description as a hint, and its error (if any) tied to it with `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AttributeField } from './manifest.ts';
import type { ThemeToken } from './theme.ts';

/** Called with a field's new input (`'true'`/'' for a checkbox). */
export type OnInput = (input: string) => void;

/** The hint and error lines under a field, and the ids they answer to. */
function notes(id: string, hint: string, error: string | undefined) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return {
    describedBy: describedBy.join(' ') || nothing,
    template: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`,
  };
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** The field of one attribute of the widget. */
export function attributeInput(
  field: AttributeField,
  input: string,
  error: string | undefined,
  onInput: OnInput,
): TemplateResult {
  const id = `attr-${field.name}`;
  const { describedBy, template } = notes(id, field.description, error);
  if (field.kind === 'boolean')
    return html`<div class="field field-check">
      <input
        id=${id}
        type="checkbox"
        .checked=${input === 'true'}
        aria-describedby=${describedBy}
        @change=${(e: Event) => onInput((e.target as HTMLInputElement).checked ? 'true' : '')}
      />
      <label for=${id}><code>${field.name}</code></label>
      ${template}
    </div>`;
  const control =
    field.kind === 'enum'
      ? html`<select
          id=${id}
          class="as-select"
          aria-describedby=${describedBy}
          @change=${(e: Event) => onInput(valueOf(e))}
        >
          <option value="" ?selected=${input === ''}>
            ${field.defaultValue ? `default (${field.defaultValue})` : 'unset'}
          </option>
          ${field.options.map(
            (option) =>
              html`<option .value=${option} ?selected=${input === option}>${option}</option>`,
          )}
        </select>`
      : html`<input
          id=${id}
          class="as-input"
          type="text"
          inputmode=${field.kind === 'number' ? 'decimal' : nothing}
          autocomplete="off"
          spellcheck="false"
          placeholder=${field.defaultValue || nothing}
          .value=${input}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy}
          @input=${(e: Event) => onInput(valueOf(e))}
        />`;
  return html`<div class="field">
    <label for=${id}><code>${field.name}</code></label>
    ${control} ${template}
  </div>`;
}

/** The kit's default accent (light), what the colour picker shows for no or another colour. */
const DEFAULT_ACCENT = '#1d5fd1';
let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * `input` as `#rrggbb` for the native colour picker (which takes nothing else): a canvas
 * writes an opaque colour that way and ignores anything that is not one.
 */
function pickerColour(input: string): string {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return DEFAULT_ACCENT;
  canvas.fillStyle = DEFAULT_ACCENT;
  canvas.fillStyle = input.trim();
  const colour = String(canvas.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : DEFAULT_ACCENT;
}

/** The field of one theme token; a colour token also gets a colour picker. */
export function tokenInput(
  token: ThemeToken,
  input: string,
  error: string | undefined,
  onInput: OnInput,
): TemplateResult {
  const id = `token${token.property}`;
  const { describedBy, template } = notes(id, token.hint, error);
  const picker =
    token.property === '--as-accent'
      ? html`<input
          type="color"
          class="picker"
          aria-label="${token.label}: colour picker"
          .value=${pickerColour(input)}
          @input=${(e: Event) => onInput(valueOf(e))}
        />`
      : nothing;
  return html`<div class="field">
    <label for=${id}>${token.label}</label>
    <div class="with-picker">
      <input
        id=${id}
        class="as-input"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${input}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy}
        @input=${(e: Event) => onInput(valueOf(e))}
      />
      ${picker}
    </div>
    ${template}
  </div>`;
}

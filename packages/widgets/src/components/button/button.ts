/**
 * The kit's one button: a native `<button class="as-button">` rendered into the calling
 * element's own shadow root (so it submits that element's forms and takes focus there), styled
 * by `buttonStyles` (theme/shared-styles.ts) through its `data-variant`.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * What the button is for (docs/design-language.md): `neutral` (the default), `primary` (the
 * main action of a view), `buy` and `sell` (an action that buys or sells: up and down colours),
 * `danger` (destroys or cancels something), `ghost` (a quiet control inside a table row).
 */
export type ButtonVariant = 'neutral' | 'primary' | 'buy' | 'sell' | 'danger' | 'ghost';

/** `data-*` attributes by dataset name (`rowControl` → `data-row-control`); `true` = present, empty. */
export type ButtonData = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface ButtonOptions {
  /** The visible content: the button's text, unless `ariaLabel` names it. */
  label: string | TemplateResult;
  variant?: ButtonVariant;
  /** `submit` for a form's main button; default `button`. */
  type?: 'button' | 'submit';
  /** The `part` attribute, e.g. `button retry-button`; default `button`. */
  part?: string;
  /** The accessible name when the label alone says too little ("Cancel order 12 …"). */
  ariaLabel?: string;
  title?: string;
  /** A toggle button's state (`aria-pressed`); unset for an ordinary button. */
  pressed?: boolean;
  disabled?: boolean;
  /**
   * Announced as unavailable (`aria-disabled`) but kept focusable, for a button that is busy
   * right after being pressed (focus stays on it); the click handler ignores clicks meanwhile.
   */
  busy?: boolean;
  onClick?: (event: MouseEvent) => void;
  /** `data-*` attributes the element finds the button by (e.g. `{ kind: 'edit', alert: 12 }`). */
  data?: ButtonData;
}

/**
 * Sets the given `data-*` attributes on its element, touching only those that changed (an
 * unchanged render causes no DOM mutation), and removes those it set before and no longer gets.
 */
class DataAttributes extends Directive {
  #shown = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('dataAttributes() goes on an element.');
  }

  render(_data: ButtonData): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [data]: [ButtonData]): typeof noChange {
    const dataset = (part.element as HTMLElement).dataset;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(data)) {
      if (value != null && value !== false) next.set(name, value === true ? '' : String(value));
    }
    for (const name of this.#shown.keys()) if (!next.has(name)) delete dataset[name];
    for (const [name, value] of next) if (this.#shown.get(name) !== value) dataset[name] = value;
    this.#shown = next;
    return noChange;
  }
}

// Marked pure (it only wraps the class), so a bundle without `button()` drops the directive.
const dataAttributes = /* @__PURE__ */ directive(DataAttributes);

/**
 * Renders a kit button without `data` attributes: what the state views' Retry and Sign in use,
 * so an element whose own buttons are not found by data attributes does not carry their
 * directive. `extra` is an element binding (the data attributes' directive), or nothing.
 */
export function simpleButton(
  options: Omit<ButtonOptions, 'data'>,
  extra: unknown = nothing,
): TemplateResult {
  const variant = options.variant && options.variant !== 'neutral' ? options.variant : undefined;
  return html`<button
    class="as-button"
    part=${options.part ?? 'button'}
    type=${options.type ?? 'button'}
    data-variant=${ifDefined(variant)}
    aria-label=${ifDefined(options.ariaLabel)}
    aria-pressed=${ifDefined(options.pressed === undefined ? undefined : String(options.pressed))}
    title=${ifDefined(options.title)}
    aria-disabled=${ifDefined(options.busy === undefined ? undefined : String(options.busy))}
    ?disabled=${options.disabled ?? false}
    @click=${options.onClick ?? nothing}
    ${extra}
  >
    ${options.label}
  </button>`;
}

/** Renders a kit button (see {@link ButtonOptions}). */
export function button(options: ButtonOptions): TemplateResult {
  return simpleButton(options, dataAttributes(options.data ?? {}));
}

/**
 * `<autoshares-configurator>`: pick a widget, set its attributes, the theme and the locale, see
 * it live on the sandbox, copy its snippet (CDN, npm or React). The form comes from the
 * custom-elements manifest (manifest.ts); every input is checked (state.ts, theme.ts) before it
 * reaches the preview (preview.ts) or a snippet (snippets.ts).
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { copyText, type CopyOutcome } from './copy.ts';
import { attributeInput, tokenInput } from './fields.ts';
import { LOCALES } from './locales.ts';
import type { WidgetDoc } from './manifest.ts';
import { Preview, type PreviewConnection } from './preview.ts';
import { snippetPanel } from './snippet-panel.ts';
import { snippet, type SnippetContext, type SnippetKind } from './snippets.ts';
import {
  attributeInputs,
  initialState,
  resolve,
  type Configuration,
  type ConfiguratorState,
} from './state.ts';
import { configuratorStyles } from './styles.ts';
import { SCHEMES, THEME_TOKENS, type Scheme } from './theme.ts';

/** How long "Copied" stays on the button, in ms. */
const COPIED_SHOWN_MS = 2500;

export interface ConfiguratorOptions extends SnippetContext {
  /** The widgets to offer, from the manifest. */
  widgets: WidgetDoc[];
  /** The preview session's sandbox and token provider. */
  connection: PreviewConnection;
}

export class AutoSharesConfigurator extends LitElement {
  static override styles = configuratorStyles;

  /** Set once, before the element is connected ({@link mountConfigurator}). */
  options!: ConfiguratorOptions;

  private state!: ConfiguratorState;
  private config!: Configuration;
  private tab: SnippetKind = 'cdn';
  private copied: CopyOutcome | null = null;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  private preview: Preview | undefined;

  /** Applies a change of the form and renders again. */
  private change(mutate: (state: ConfiguratorState) => void): void {
    mutate(this.state);
    this.showCopied(null);
  }

  private showCopied(outcome: CopyOutcome | null): void {
    clearTimeout(this.copiedTimer);
    this.copied = outcome;
    if (outcome) this.copiedTimer = setTimeout(() => this.showCopied(null), COPIED_SHOWN_MS);
    this.requestUpdate();
  }

  private readonly copy = async (): Promise<void> => {
    const code = this.renderRoot.querySelector<HTMLElement>('#snippet-panel code')!;
    this.showCopied(await copyText(code.textContent ?? '', code));
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(): void {
    this.state ??= initialState(this.options.widgets);
    this.config = resolve(this.state, this.options.widgets);
  }

  protected override firstUpdated(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage')!;
    this.preview = new Preview(stage, this.options.connection);
  }

  protected override updated(_changed: PropertyValues): void {
    this.preview?.show(this.config);
  }

  protected override render() {
    const { widget, errors } = this.config;
    const inputs = attributeInputs(this.state, widget);
    return html`<div class="layout">
      <form aria-label="Widget settings" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="widget">Widget</label>
          <select
            id="widget"
            class="as-select"
            aria-describedby="widget-hint"
            @change=${(e: Event) =>
              this.change((s) => (s.tag = (e.target as HTMLSelectElement).value))}
          >
            ${this.options.widgets.map(
              (w) =>
                html`<option .value=${w.tag} ?selected=${w.tag === widget.tag}>${w.tag}</option>`,
            )}
          </select>
          <p class="hint" id="widget-hint">${widget.summary}</p>
        </div>
        <fieldset>
          <legend>Attributes of &lt;${widget.tag}&gt;</legend>
          ${repeat(
            widget.attributes,
            (field) => `${widget.tag} ${field.name}`,
            (field) =>
              attributeInput(field, inputs[field.name] ?? '', errors[`attr-${field.name}`], (v) =>
                this.change(() => (inputs[field.name] = v)),
              ),
          )}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          <fieldset class="schemes-set">
            <legend>Colour scheme</legend>
            <div class="schemes">
              ${SCHEMES.map(
                ({ value, label }) =>
                  html`<label
                    ><input
                      type="radio"
                      name="scheme"
                      .value=${value}
                      .checked=${this.state.scheme === value}
                      @change=${() => this.change((s) => (s.scheme = value as Scheme))}
                    />
                    ${label}</label
                  >`,
              )}
            </div>
          </fieldset>
          ${THEME_TOKENS.map((token) =>
            tokenInput(
              token,
              this.state.tokens[token.property] ?? '',
              errors[`token${token.property}`],
              (v) => this.change((s) => (s.tokens[token.property] = v)),
            ),
          )}
        </fieldset>
        <div class="field">
          <label for="locale">Language (the session's <code>locale</code>)</label>
          <select
            id="locale"
            class="as-select"
            @change=${(e: Event) =>
              this.change((s) => (s.locale = (e.target as HTMLSelectElement).value))}
          >
            ${LOCALES.map(
              (l) =>
                html`<option
                  .value=${l.value}
                  lang=${l.lang ?? 'en'}
                  ?selected=${l.value === this.state.locale}
                >
                  ${l.label}
                </option>`,
            )}
          </select>
        </div>
      </form>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">Live preview (sandbox, signed in)</h2>
        <div class="stage"></div>
      </section>
      <section class="snippets" aria-labelledby="snippets-title">
        <h2 id="snippets-title">Snippet</h2>
        ${snippetPanel({
          selected: this.tab,
          text: snippet(this.tab, this.config, this.options),
          copied: this.copied,
          onSelect: (kind) => {
            this.tab = kind;
            this.showCopied(null);
          },
          onCopy: () => void this.copy(),
        })}
      </section>
    </div>`;
  }
}

export const CONFIGURATOR_TAG = 'autoshares-configurator';
if (!customElements.get(CONFIGURATOR_TAG))
  customElements.define(CONFIGURATOR_TAG, AutoSharesConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'autoshares-configurator': AutoSharesConfigurator;
  }
}

/** A configurator with `options`, appended to `container`. */
export function mountConfigurator(
  container: HTMLElement,
  options: ConfiguratorOptions,
): AutoSharesConfigurator {
  const element = document.createElement(CONFIGURATOR_TAG);
  element.options = options;
  container.append(element);
  return element;
}

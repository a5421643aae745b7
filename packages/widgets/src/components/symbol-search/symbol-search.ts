import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AutoSharesElement } from '../../base/base-element.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { SymbolPickEvent } from '../../core/events.ts';
import { errorMessage } from '../../base/view-states.ts';
import type { EquityResource } from '@autoshares/client';
import { lookupQuery } from '@autoshares/client';
import { msg, str } from '../../locale/msg.ts';
import { plural } from '../../locale/plural.ts';

type Equity = EquityResource;

let nextId = 0;

/**
 * A symbol search box (an ARIA combobox with a listbox popup) backed by the equity lookup, used
 * inside other elements (watchlist, order ticket, alerts). Behaviour and keyboard:
 * `docs/elements/symbol-search.md`. Focusing the element (`focus()`, a click on its label, Tab)
 * focuses its input.
 *
 * @summary Symbol search combobox.
 * @tag as-symbol-search
 * @event {SymbolPickEvent} as-symbol-pick - A security was picked (bubbles, not composed).
 * @csspart input - The text input.
 * @csspart listbox - The suggestions popup.
 * @csspart option - One suggestion.
 */
export class AutoSharesSymbolSearch extends AutoSharesElement {
  /** Focus given to the element (`focus()`, a click on its label) goes to its input. */
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    ...AutoSharesElement.styles,
    inputStyles,
    css`
      :host {
        display: block;
        position: relative;
        border: 0;
        background: transparent;
        container-type: normal;
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      input {
        width: 100%;
      }
      [role='listbox'],
      .popup {
        position: absolute;
        z-index: 10;
        inset-inline: 0;
        margin: 2px 0 0;
        padding: var(--_as-space-1) 0;
        list-style: none;
        max-height: 16rem;
        overflow: auto;
        background: var(--_as-surface);
        color: var(--_as-text);
        border: 1px solid var(--_as-border);
        border-radius: var(--_as-radius-small);
        box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
      }
      [role='option'] {
        display: flex;
        gap: var(--_as-space-2);
        padding: var(--_as-space-1) var(--_as-space-2);
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--_as-accent);
        color: var(--_as-accent-text);
      }
      .sym {
        font-weight: 600;
        min-width: 4.5em;
      }
      .desc {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .note {
        padding: var(--_as-space-1) var(--_as-space-2);
        color: var(--_as-muted);
      }
    `,
  ];

  /** The visible label (default: "Add symbol", translated). */
  @property() label: string | undefined;

  /** The input's placeholder (default: "Search symbol or company", translated). */
  @property() placeholder: string | undefined;

  /** How many suggestions to ask for. */
  @property({ type: Number }) count = 8;

  /** Disables the input. */
  @property({ type: Boolean }) disabled = false;

  /** The text typed. */
  @state() private mask = '';
  /** The suggestions of the last lookup. */
  @state() private results: readonly Equity[] = [];
  /** The highlighted suggestion's index; -1 for none. */
  @state() private active = -1;
  /** The popup is shown. */
  @state() private open = false;
  /** A lookup is in flight. */
  @state() private searching = false;
  /** Why the last lookup failed. */
  @state() private failure: unknown;

  private readonly ids = `as-symbol-search-${++nextId}`;
  readonly #announcer = new AnnouncerController(this, 800);
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #lookupSeq = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot
        .querySelector(`#${this.ids}-opt-${this.active}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  #onInput(event: Event): void {
    this.mask = (event.target as HTMLInputElement).value;
    this.active = -1;
    clearTimeout(this.#debounce);
    const mask = this.mask.trim();
    if (!mask) {
      this.results = [];
      this.open = false;
      this.failure = undefined;
      return;
    }
    this.open = true;
    this.#debounce = setTimeout(() => void this.#lookup(mask), 150);
  }

  async #lookup(mask: string): Promise<void> {
    const client = this.client;
    if (!client || !this.signedIn) return;
    const seq = ++this.#lookupSeq;
    this.searching = true;
    this.failure = undefined;
    try {
      const results = await client.queries.fetch(lookupQuery(client, mask, this.count));
      if (seq !== this.#lookupSeq) return;
      this.results = results.filter((r) => r.Symbol);
      this.active = this.results.length > 0 ? 0 : -1;
      const count = this.results.length;
      this.#announcer.announce(
        this.localized(() =>
          count === 0
            ? msg('No matches')
            : plural(count, this.effectiveLocale, {
                one: () => msg(str`${count} match`),
                other: () => msg(str`${count} matches`),
              }),
        ),
      );
    } catch (error) {
      if (seq !== this.#lookupSeq) return;
      this.results = [];
      this.failure = error;
    } finally {
      if (seq === this.#lookupSeq) this.searching = false;
    }
  }

  #onKeyDown(event: KeyboardEvent): void {
    const n = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open && this.mask.trim()) this.open = true;
        if (n) this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (n) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter': {
        event.preventDefault();
        const choice = this.results[this.active >= 0 ? this.active : 0];
        if (this.open && choice) this.#pick(choice);
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.mask) {
          event.preventDefault();
          this.#clear();
        }
        break;
    }
  }

  #pick(equity: Equity): void {
    this.dispatchEvent(
      new SymbolPickEvent({
        symbol: equity.Symbol!,
        securityId: equity.Id,
        description: equity.Description,
        exchange: equity.Exchange,
      }),
    );
    this.#clear();
  }

  #clear(): void {
    clearTimeout(this.#debounce);
    this.#lookupSeq++;
    this.mask = '';
    this.results = [];
    this.active = -1;
    this.open = false;
    this.searching = false;
    this.failure = undefined;
  }

  protected override render() {
    const listId = `${this.ids}-list`;
    const label = this.label ?? msg('Add symbol');
    const expanded = this.open && this.mask.trim() !== '';
    return html`<div class="field">
        <label class="as-label" for="${this.ids}-input">${label}</label>
        <input
          id="${this.ids}-input"
          class="as-input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? `${this.ids}-opt-${this.active}` : undefined)}
          placeholder=${this.placeholder ?? msg('Search symbol or company')}
          .value=${this.mask}
          ?disabled=${this.disabled || !this.signedIn}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @blur=${() => (this.open = false)}
        />
      </div>
      <ul
        id=${listId}
        role="listbox"
        part="listbox"
        aria-label=${msg(str`${label} suggestions`)}
        ?hidden=${!expanded || this.results.length === 0}
      >
        ${this.results.map(
          (equity, i) =>
            html`<li
              id="${this.ids}-opt-${i}"
              role="option"
              part="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#pick(equity)}
            >
              <span class="sym">${equity.Symbol}</span
              ><span class="desc">${equity.Description ?? ''}</span>
            </li>`,
        )}
      </ul>
      ${
        this.results.length === 0 && expanded
          ? html`<div class="note popup" part="listbox-note">
              ${this.failure ? errorMessage(this.failure) : this.searching ? msg('Searching…') : msg('No matches')}
            </div>`
          : nothing
      }
      ${this.#announcer.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-symbol-search': AutoSharesSymbolSearch;
  }
}

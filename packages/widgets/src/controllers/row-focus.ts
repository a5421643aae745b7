import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusLost } from '../core/focus.ts';

/** What an element tells `RowFocus` about its rows. */
export interface RowFocusOptions {
  /**
   * The data attribute naming each row (`symbol` for `<tr data-symbol="MSFT">`). The rows
   * managed are the body rows that have it: `tbody tr[data-<key>]`. Default `symbol`.
   */
  key?: string;
  /** Enter or Space on a row (a click on it usually does the same). */
  activate: (key: string) => void;
  /**
   * Other keys on a row, by `KeyboardEvent.key` (`{ Delete: (key) => this.remove(key) }`).
   * A handler answering `false` leaves the key alone (it did nothing with it).
   */
  keys?: Readonly<Record<string, (key: string) => boolean | void>>;
  /**
   * Where focus goes when the focused row disappears and no row is left. Default: the table
   * (focusable by script only), while it is there.
   */
  whenEmpty?: () => HTMLElement | null | undefined;
}

/**
 * Keyboard and focus for an element's selectable table rows (`<tr data-symbol>`), the one
 * mechanism for every table of the kit:
 * - one tab stop for all the rows (roving tabindex): the row last focused (or the one now in its
 *   place; before any, the first) has `tabindex="0"` and the others `-1`, so Tab goes past the rows to
 *   what follows; controls in a row marked `data-row-control` (a Remove button) follow their
 *   row, so Tab goes row → its controls → out;
 * - on a row, ArrowUp/ArrowDown/Home/End move between rows, Enter or Space activate it, and the
 *   element's own `keys` do what it says; keys pressed on a control inside a row are left to it;
 * - a focused row keeps its focus (by its key) when the host re-renders and moves it (a re-sort
 *   or re-rank by live values): moving a node drops its focus, so it is put back;
 * - when the focused row (or its control) disappears or a control is disabled under the focus,
 *   the focus goes to the same row if it is still there, else to the row now in its place, else
 *   to `whenEmpty`. Focus the user moved elsewhere is never taken back.
 *
 * Rows and their controls get their `tabindex` from here, not from the template.
 *
 * @example
 * private readonly rowFocus = new RowFocus(this, { activate: (symbol) => this.select(symbol) });
 * // template: html`<tr data-symbol=${row.symbol} @click=${…}>…</tr>`
 */
export class RowFocus implements ReactiveController {
  readonly #attribute: string;
  readonly #rowsSelector: string;
  /** The key of the row last focused: it holds the tab stop while it is there. */
  #current: string | undefined;
  /** Its place: when that row is gone, the row that took its place gets the tab stop. */
  #index = 0;
  /** The focus was in the rows when the host started its update. */
  #hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RowFocusOptions,
  ) {
    this.#attribute = options.key ?? 'symbol';
    this.#rowsSelector = `tbody tr[data-${this.#attribute}]`;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    root?.addEventListener('focusin', this.#onFocusIn);
    root?.addEventListener('focusout', this.#onFocusOut);
    root?.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.shadowRoot;
    root?.removeEventListener('focusin', this.#onFocusIn);
    root?.removeEventListener('focusout', this.#onFocusOut);
    root?.removeEventListener('keydown', this.#onKeyDown as EventListener);
  }

  hostUpdate(): void {
    this.#hadFocus = !!this.#rowOf(this.host.shadowRoot?.activeElement ?? null);
  }

  hostUpdated(): void {
    const current = this.#apply();
    if (this.#hadFocus) this.#restore(current);
  }

  #rows(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>(this.#rowsSelector) ?? [])];
  }

  /** The managed row `node` is (or is in). */
  #rowOf(node: EventTarget | null): HTMLElement | null {
    return node instanceof Element ? node.closest<HTMLElement>(this.#rowsSelector) : null;
  }

  #keyOf(row: HTMLElement): string {
    return row.getAttribute(`data-${this.#attribute}`) ?? '';
  }

  /** Puts a focus that was dropped from the rows back on `current` (or `whenEmpty`). */
  #restore(current: HTMLElement | undefined): void {
    if (!focusLost(this.host)) return;
    if (current) return current.focus();
    const fallback = this.options.whenEmpty?.() ?? this.#table();
    fallback?.focus();
  }

  /** The table, focusable by script only, when it is still shown. */
  #table(): HTMLElement | undefined {
    const table = this.host.shadowRoot?.querySelector<HTMLElement>('table');
    if (!table) return undefined;
    if (!table.hasAttribute('tabindex')) table.tabIndex = -1;
    return table;
  }

  readonly #onFocusIn = (event: Event): void => {
    const row = this.#rowOf(event.target);
    if (!row || this.#keyOf(row) === this.#current) return;
    this.#current = this.#keyOf(row);
    this.#apply();
  };

  /**
   * A row or row control that loses the focus to nowhere because it was removed or disabled
   * (not because the user moved on) gets it back once that is settled.
   */
  readonly #onFocusOut = (event: Event): void => {
    const { target, relatedTarget } = event as FocusEvent;
    if (relatedTarget || !this.#rowOf(target)) return;
    const element = target as HTMLElement;
    queueMicrotask(() => {
      const dropped = !element.isConnected || element.matches(':disabled');
      if (dropped) this.#restore(this.#apply());
    });
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const row = event.target as HTMLElement;
    if (event.defaultPrevented || !row.matches?.(this.#rowsSelector)) return;
    const key = this.#keyOf(row);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.activate(key);
      return;
    }
    const handler = this.options.keys?.[event.key];
    if (handler) {
      if (handler(key) !== false) event.preventDefault();
      return;
    }
    const rows = this.#rows();
    const index = rows.indexOf(row);
    const targets: Record<string, HTMLElement | undefined> = {
      ArrowDown: rows[index + 1],
      ArrowUp: rows[index - 1],
      Home: rows[0],
      End: rows.at(-1),
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    targets[event.key]?.focus();
  };

  /**
   * Gives the tab stop to the current row (or, when it is gone, the row now in its place) and
   * to the controls marked `data-row-control` in it; returns that row.
   */
  #apply(): HTMLElement | undefined {
    const rows = this.#rows();
    const current =
      rows.find((r) => this.#keyOf(r) === this.#current) ??
      rows[Math.min(this.#index, rows.length - 1)];
    if (current) this.#index = rows.indexOf(current);
    for (const row of rows) {
      const tabIndex = row === current ? 0 : -1;
      row.tabIndex = tabIndex;
      for (const control of row.querySelectorAll<HTMLElement>('[data-row-control]'))
        control.tabIndex = tabIndex;
    }
    return current;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows this controller manages: selectable body rows named by their symbol. */
const ROWS = 'tbody tr[data-symbol]';

/**
 * Keyboard focus for an element's selectable table rows (`<tr data-symbol>`, moved between with
 * `onRowKeyDown`):
 * - one tab stop for all of them (roving tabindex): the row last focused (or the one now in its
 *   place, or the first) has `tabindex="0"` and the others `-1`, so Tab goes past the rows to
 *   what follows; controls in a row marked `data-row-control` (a Remove button) follow their
 *   row, so Tab goes row → its controls → out;
 * - a focused row keeps its focus when the host re-renders and moves it (a re-sort or re-rank by
 *   live values): moving a node drops its focus to the page's body, so it is put back; when the
 *   row itself is gone, the row now in its place gets it.
 *
 * Rows and their controls get their `tabindex` from here, not from the template. Used by
 * `<as-positions>`, `<as-pnl-leaders>` and `<as-watchlist>`.
 */
export class RowFocus implements ReactiveController {
  /** The symbol of the row holding the tab stop. */
  private symbol: string | undefined;
  /** Its place: when that row is gone, the row that took its place gets the tab stop. */
  private index = 0;
  private hadFocus = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    this.hadFocus = !!active?.closest(ROWS);
  }

  hostUpdated(): void {
    const current = this.apply();
    if (!this.hadFocus || this.host.shadowRoot?.activeElement) return;
    const active = document.activeElement;
    if (!active || active === document.body || active === this.host) current?.focus();
  }

  private readonly onFocusIn = (event: Event): void => {
    const row = (event.target as Element).closest?.<HTMLElement>(ROWS);
    if (!row || row.dataset.symbol === this.symbol) return;
    this.symbol = row.dataset.symbol;
    this.apply();
  };

  /**
   * Gives the tab stop to the current row (or, when it is gone, the row now in its place) and
   * to the controls marked `data-row-control` in it; returns that row.
   */
  private apply(): HTMLElement | undefined {
    const rows = [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>(ROWS) ?? [])];
    const current =
      rows.find((r) => r.dataset.symbol === this.symbol) ??
      rows[Math.min(this.index, rows.length - 1)];
    if (current) this.index = rows.indexOf(current);
    for (const row of rows) {
      const tabIndex = row === current ? 0 : -1;
      row.tabIndex = tabIndex;
      for (const control of row.querySelectorAll<HTMLElement>('[data-row-control]'))
        control.tabIndex = tabIndex;
    }
    return current;
  }
}

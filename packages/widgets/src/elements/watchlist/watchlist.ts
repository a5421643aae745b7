import type { WatchlistModel, QueryKey } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteFeed } from '../../controllers/quote-feed.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { liveCell } from '../../directives/live-cell.ts';
import type { SymbolPickEvent, SymbolSelection } from '../../core/events.ts';
import '../../components/symbol-search/define.ts';
import { nextSort, type SortDirection } from '../../components/table/sort-rows.ts';
import { sortCaption, sortHeaderCells } from '../../components/table/sortable-table.ts';
import { selectableRowStyles, sortButtonStyles } from '../../components/table/table-styles.ts';
import { UpdateThrottle } from '../../live/update-throttle.ts';
import { errorMessage } from '../../base/view-states.ts';
import { cellView, COLUMNS, sortRows, type ColumnKey, type WatchRow } from './columns.ts';
import { watchlistStyles } from './watchlist.styles.ts';
import { RowFocus } from '../../controllers/row-focus.ts';

type Watchlist = WatchlistModel;

/** Cache key prefix of every watchlist query (the client's `resources.watchlists()`). */
const WATCHLISTS_KEY: QueryKey = ['watchlists'];

type Mode = 'view' | 'create' | 'rename' | 'delete';

/** Lists up to this long stream every row; longer ones only the rows on screen. */
const STREAM_EVERY_ROW_UP_TO = 100;

/**
 * One of the user's watchlists with live quotes; lists can be created, renamed and deleted,
 * symbols added and removed, and rows sorted; choosing a row selects its symbol for the
 * `link-group`. Behaviour (keyboard, live updates, long lists): `docs/elements/watchlist.md`.
 *
 * @summary A live watchlist.
 * @tag as-watchlist
 * @event {SymbolSelectEvent} as-symbol-select - A row was chosen (click or Enter): `{ symbol, securityId }`.
 * @event {AuthRequiredEvent} as-auth-required - (from the session) no valid token.
 * @csspart toolbar - The bar with the list picker, actions and search.
 * @csspart picker - The list `<select>`.
 * @csspart button - Every button.
 * @csspart input - Text inputs (list name, search).
 * @csspart table - The quotes table.
 * @csspart header - The table header row.
 * @csspart row - One security row.
 * @csspart cell - Every body cell.
 * @csspart remove-button - A row's Remove button.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-watchlist-max-height - Scroll the rows beyond this height (default none).
 * @cssprop --as-up - Colour of rising values; also `--as-down`, `--as-up-flash`, `--as-down-flash`.
 */
export class AutoSharesWatchlist extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    sortButtonStyles,
    selectableRowStyles,
    watchlistStyles,
  ];

  /** Show this watchlist (and no list picker); unset shows a picker of all the user's lists. */
  @property({ attribute: 'watchlist-id', type: Number }) watchlistId: number | undefined;

  /** Hide the editing controls. */
  @property({ type: Boolean }) readonly = false;

  /** The list picked in the picker (when no `watchlist-id` is set). */
  @state() private chosenId: number | undefined;
  /** The column the rows are sorted by; unset keeps the list's order. */
  @state() private sortKey: ColumnKey | undefined;
  @state() private sortDir: SortDirection = 'ascending';
  /** The table, or the New / Rename / Delete panel. */
  @state() private mode: Mode = 'view';
  /** A change to the lists is in flight. */
  @state() private busy = false;
  /** Why the last change to the lists failed. */
  @state() private actionError: unknown;
  /** The symbol selected in the link group, marked in the rows. */
  @state() private selectedSymbol: string | undefined;

  /** All the user's lists with their securities; the client keeps it current from the `Watchlist` stream. */
  private readonly lists = new QueryController<Watchlist[]>(this, (session) =>
    session.client.resources.watchlists(),
  );

  /**
   * Live quotes: cells listen to them; a change re-sorts (bounded) when sorted by a live column.
   * A long list streams only the rows on screen (it would otherwise stream every row), unless
   * the sort needs every price.
   */
  private readonly quotes = new QuoteFeed(
    this,
    () =>
      this.currentSecurities()
        .map((s) => s.Id)
        .filter((id): id is number => typeof id === 'number'),
    {
      onChange: () => {
        if (this.sortedByLiveColumn) this.resort.request();
      },
      streamAll: () =>
        this.sortedByLiveColumn || this.currentSecurities().length <= STREAM_EVERY_ROW_UP_TO,
    },
  );

  private get sortedByLiveColumn(): boolean {
    return !!COLUMNS.find((c) => c.key === this.sortKey)?.live;
  }

  /** Re-sorts by a live column at most once a second. */
  private readonly resort = new UpdateThrottle(this, 1000);

  /** Securities added/removed elsewhere (another element, another device). */
  private readonly contentEvents = new StreamController(this, {
    entity: 'WatchlistContent',
    keys: () =>
      this.shownLists.map((l) => l.Id).filter((id): id is number => typeof id === 'number'),
    onMessage: () => this.lists.refresh(),
    // A change made between our first fetch and the subscription taking effect would be missed.
    onResync: () => this.lists.refresh(),
  });

  private readonly link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  private readonly announcer = new AnnouncerController(this);

  /**
   * One tab stop for the rows (Tab: row → its Remove button → out), and a focused row keeps its
   * focus when a live re-sort moves it.
   */
  private readonly rowFocus = new RowFocus(this);

  /**
   * Lists this element deleted: left out of what it shows at once, since the refetch after the
   * delete (or one already under way) can still answer them for a moment.
   */
  private readonly deletedIds = new Set<number>();

  /** Which button opened the panel (focus returns to it when the panel closes). */
  private opener: Mode = 'view';
  /** A focused row being removed: focus moves on once it is gone (see `updated`). */
  private refocusAfterRemoval: { symbol: string; index: number } | undefined;

  /** The user's lists as shown: loaded, without the ones deleted here. */
  private get shownLists(): Watchlist[] {
    const all = this.lists.data ?? [];
    return this.deletedIds.size === 0
      ? all
      : all.filter((l) => l.Id == null || !this.deletedIds.has(l.Id));
  }

  /** The watchlist shown, if loaded. */
  get watchlist(): Watchlist | undefined {
    const all = this.shownLists;
    if (this.watchlistId != null && !Number.isNaN(this.watchlistId)) {
      return all.find((l) => l.Id === this.watchlistId);
    }
    // a picked list deleted elsewhere falls back to the first one
    return all.find((l) => l.Id === this.chosenId) ?? all[0];
  }

  private currentSecurities() {
    return this.watchlist?.SecurityList ?? [];
  }

  private get editable(): boolean {
    const list = this.watchlist;
    return !this.readonly && !!list && !list.ReadOnly && (list.Type ?? 'UserList') === 'UserList';
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      // another sign-in (maybe another user): forget what was picked, typed or announced
      this.chosenId = undefined;
      this.selectedSymbol = undefined;
      this.mode = 'view';
      this.actionError = undefined;
      this.deletedIds.clear();
      this.announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('watchlistId')) this.mode = 'view';
  }

  // ---- mutations ------------------------------------------------------------------------

  /** Run a change against the API, show its error inline, then refresh every watchlist view. */
  private async mutate<T>(
    action: () => Promise<T>,
    done?: (result: T) => void,
    announcement?: string,
  ) {
    const client = this.client;
    if (!client || this.busy) return;
    const editing = this.mode !== 'view';
    this.busy = true;
    this.actionError = undefined;
    try {
      const result = await action();
      done?.(result);
      if (announcement) this.announcer.announce(announcement);
      if (editing) this.closeEditor();
      else this.mode = 'view';
    } catch (error) {
      this.actionError = error;
      // the panel's button was disabled while busy, which drops focus: put it back in the panel
      if (editing)
        void this.updateComplete.then(() =>
          this.refocusLost(['.editor input', '.editor [data-autofocus]']),
        );
    } finally {
      this.busy = false;
      client.queries.invalidate(WATCHLISTS_KEY);
    }
  }

  private createList(name: string): void {
    const client = this.client!;
    void this.mutate(
      () => client.api.watchlists.create({ Name: name }),
      (created: Watchlist) => {
        if (this.watchlistId == null) this.chosenId = created.Id;
      },
      `Created watchlist ${name}`,
    );
  }

  private renameList(list: Watchlist, name: string): void {
    const client = this.client!;
    void this.mutate(
      () => client.api.watchlists.rename(list.Id!, name),
      undefined,
      `Renamed to ${name}`,
    );
  }

  private deleteList(list: Watchlist): void {
    const client = this.client!;
    void this.mutate(
      () => client.api.watchlists.delete(list.Id!),
      () => {
        // confirmed: the picker stops offering it now, not when the refetch lands
        this.deletedIds.add(list.Id!);
        if (this.chosenId === list.Id) this.chosenId = undefined;
      },
      `Deleted watchlist ${list.Name ?? ''}`,
    );
  }

  private addSecurity(event: SymbolPickEvent): void {
    const list = this.watchlist;
    const client = this.client;
    if (!list?.Id || !client) return;
    const { symbol, securityId } = event.security;
    if (this.busy) {
      // the search stays enabled while a change is saved (disabling it would drop its focus)
      this.announcer.announce(`Still saving; pick ${symbol} again in a moment`);
      return;
    }
    if (this.currentSecurities().some((s) => s.Symbol === symbol)) {
      this.announcer.announce(`${symbol} is already in ${list.Name ?? 'this watchlist'}`);
      return;
    }
    void this.mutate(
      () =>
        securityId != null
          ? client.api.watchlists.addSecurity(list.Id!, securityId)
          : client.api.watchlists.addSymbol(list.Id!, symbol),
      undefined,
      `Added ${symbol} to ${list.Name ?? 'the watchlist'}`,
    );
  }

  private removeSecurity(row: WatchRow): void {
    const list = this.watchlist;
    const client = this.client;
    if (!list?.Id || !client) return;
    const { Id, Symbol } = row.security;
    const focusedRow = (this.shadowRoot?.activeElement as HTMLElement | null)?.closest('tr');
    if (Symbol && focusedRow?.dataset.symbol === Symbol)
      this.refocusAfterRemoval = { symbol: Symbol, index: Number(focusedRow.dataset.index) };
    void this.mutate(
      () =>
        Id != null
          ? client.api.watchlists.removeSecurity(list.Id!, Id)
          : client.api.watchlists.removeSymbol(list.Id!, Symbol!),
      undefined,
      `Removed ${Symbol ?? ''} from ${list.Name ?? 'the watchlist'}`,
    );
  }

  // ---- interaction ----------------------------------------------------------------------

  /**
   * Keyboard users keep their place: once a row they removed (Delete, or its Remove button) is
   * gone, focus goes to the row that took its place (or the search box when none is left).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const removed = this.refocusAfterRemoval;
    if (!removed) return;
    if (this.actionError) {
      // the removal failed: the row stays, and gets back a focus its disabled button dropped
      this.refocusAfterRemoval = undefined;
      this.refocusLost([`tbody tr[data-symbol="${CSS.escape(removed.symbol)}"]`]);
      return;
    }
    if (this.currentSecurities().some((s) => s.Symbol === removed.symbol)) return;
    this.refocusAfterRemoval = undefined;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('tbody tr');
    const next = Math.min(removed.index, rows.length - 1);
    if (next >= 0) rows[next]!.focus();
    else this.renderRoot.querySelector<HTMLElement>('as-symbol-search')?.focus();
  }

  private select(row: WatchRow): void {
    const symbol = row.security.Symbol;
    if (!symbol) return;
    this.selectedSymbol = symbol;
    this.link.select({ symbol, securityId: row.security.Id });
  }

  private sortBy(key: ColumnKey): void {
    const next = nextSort({ key: this.sortKey, dir: this.sortDir }, key);
    this.sortKey = next.key;
    this.sortDir = next.dir;
  }

  private onRowKeyDown(event: KeyboardEvent, rows: readonly WatchRow[], index: number): void {
    if (event.target !== event.currentTarget) return; // keys inside the Remove button
    let next = index;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(rows[index]!);
        return;
      case 'Delete':
        if (this.editable) {
          event.preventDefault();
          this.removeSecurity(rows[index]!);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`tbody tr[data-index="${next}"]`)?.focus();
  }

  private onEditorSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) {
      this.actionError = new Error('empty-name');
      return;
    }
    if (this.mode === 'create') this.createList(name);
    else if (this.mode === 'rename' && this.watchlist) this.renameList(this.watchlist, name);
  }

  private openEditor(mode: Mode): void {
    this.opener = mode;
    this.mode = mode;
    this.actionError = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('.editor input, .editor [data-autofocus]')
        ?.focus(),
    );
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lists = this.shownLists;
    const state = this.renderState({
      sources: [this.lists],
      empty: lists.length === 0 && this.mode !== 'create',
      emptyMessage: 'You have no watchlists yet.',
      emptyAction: this.readonly
        ? undefined
        : button({
            label: 'Create watchlist',
            variant: 'primary',
            data: { opens: 'create' },
            onClick: () => this.openEditor('create'),
          }),
      loadingLabel: 'Loading watchlist',
    });
    const stale = this.quotes.stale || this.contentEvents.stale;
    if (state)
      return html`${state}${this.mode === 'create' ? this.renderEditor() : nothing}${this.announcer.render()}`;
    return html`${this.renderStale(stale) ?? nothing} ${this.renderToolbar(lists)}
    ${this.renderEditor()}
    ${
      this.actionError && this.mode === 'view'
        ? html`<p class="action-error" role="alert">${errorMessage(this.actionError)}</p>`
        : nothing
    }
    ${this.renderTable()} ${this.announcer.render()}`;
  }

  private renderToolbar(lists: readonly Watchlist[]): TemplateResult {
    const list = this.watchlist;
    const pickerId = 'as-watchlist-picker';
    const canManage = !this.readonly;
    return html`<div class="toolbar" part="toolbar">
      ${
        this.watchlistId == null
          ? html`<div class="picker">
              <label class="as-label" for=${pickerId}>Watchlist</label>
              <select
                id=${pickerId}
                class="as-select"
                part="picker"
                .value=${String(list?.Id ?? '')}
                @change=${(e: Event) => {
                  this.chosenId = Number((e.target as HTMLSelectElement).value);
                  this.mode = 'view';
                }}
              >
                ${lists.map(
                  (l) =>
                    html`<option value=${String(l.Id)} ?selected=${l.Id === list?.Id}>
                      ${l.Name ?? `#${l.Id}`}
                    </option>`,
                )}
              </select>
            </div>`
          : html`<h2 class="list-title">${list?.Name ?? 'Watchlist not found'}</h2>`
      }
      ${
        canManage
          ? html`<div class="actions">
              ${button({
                label: 'New',
                disabled: this.busy,
                data: { opens: 'create' },
                onClick: () => this.openEditor('create'),
              })}
              ${
                this.editable
                  ? html`${button({
                      label: 'Rename',
                      disabled: this.busy,
                      data: { opens: 'rename' },
                      onClick: () => this.openEditor('rename'),
                    })}
                    ${button({
                      label: 'Delete',
                      variant: 'danger',
                      disabled: this.busy,
                      data: { opens: 'delete' },
                      onClick: () => this.openEditor('delete'),
                    })}`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.editable
          ? html`<as-symbol-search
              class="search"
              exportparts="input, listbox, option"
              label="Add symbol"
              @as-symbol-pick=${this.addSecurity}
            ></as-symbol-search>`
          : nothing
      }
    </div>`;
  }

  private renderEditor(): TemplateResult | typeof nothing {
    const list = this.watchlist;
    const error = this.actionError
      ? html`<p role="alert" class="action-error">
          ${
            this.actionError instanceof Error && this.actionError.message === 'empty-name'
              ? 'Enter a name for the watchlist.'
              : errorMessage(this.actionError)
          }
        </p>`
      : nothing;
    const cancel = button({ label: 'Cancel', onClick: () => this.closeEditor() });
    if (this.mode === 'delete' && list) {
      return html`<div
        class="editor"
        role="group"
        aria-label="Delete watchlist"
        @keydown=${this.onEditorKeyDown}
      >
        <p>Delete the watchlist “${list.Name}”? This cannot be undone.</p>
        ${button({
          label: 'Delete watchlist',
          variant: 'danger',
          data: { autofocus: true },
          disabled: this.busy,
          onClick: () => this.deleteList(list),
        })}
        ${cancel} ${error}
      </div>`;
    }
    if (this.mode !== 'create' && this.mode !== 'rename') return nothing;
    const creating = this.mode === 'create';
    return html`<form
      class="editor"
      aria-label=${creating ? 'New watchlist' : 'Rename watchlist'}
      @submit=${this.onEditorSubmit}
      @keydown=${this.onEditorKeyDown}
    >
      <div class="field">
        <label class="as-label" for="as-watchlist-name"
          >${creating ? 'New watchlist name' : 'New name'}</label
        >
        <input
          id="as-watchlist-name"
          class="as-input"
          part="input"
          name="name"
          maxlength="100"
          autocomplete="off"
          .value=${creating ? '' : (list?.Name ?? '')}
        />
      </div>
      ${button({
        label: creating ? 'Create' : 'Save',
        variant: 'primary',
        type: 'submit',
        disabled: this.busy,
      })}
      ${cancel} ${error}
    </form>`;
  }

  /**
   * Closes the New / Rename / Delete panel (Cancel, Escape, or done) and returns focus to the
   * button that opened it, or New, or the list picker when that button is gone; focus that has
   * moved elsewhere meanwhile (a click outside the element) is left alone.
   */
  private closeEditor(): void {
    const opener = this.opener;
    this.mode = 'view';
    this.actionError = undefined;
    void this.updateComplete.then(() =>
      this.refocusLost([`button[data-opens="${opener}"]`, 'button[data-opens="create"]', 'select']),
    );
  }

  /**
   * Focuses the first of `selectors` found, but only when focus was lost (it went to the page's
   * body with a control that disappeared or was disabled), never when the user has moved on.
   */
  private refocusLost(selectors: readonly string[]): void {
    const active = document.activeElement;
    const lost =
      !active || active === document.body || (active === this && !this.shadowRoot?.activeElement);
    if (!lost) return;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  /** Escape in a panel closes it (unless something inside used the key). */
  private readonly onEditorKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.closeEditor();
  };

  private renderTable(): TemplateResult {
    const list = this.watchlist;
    if (!list) {
      return html`<div class="as-state" data-state="error" role="alert" part="state error">
        <p>This watchlist no longer exists.</p>
      </div>`;
    }
    const locale = this.effectiveLocale;
    const rows: WatchRow[] = this.currentSecurities().map((security) => ({
      security,
      quote: this.quotes.get(security.Id),
    }));
    if (rows.length === 0) {
      return html`<p class="list-empty" role="status" part="state empty">
        No symbols in ${list.Name ?? 'this watchlist'}
        yet.${this.editable ? ' Use the search box to add one.' : ''}
      </p>`;
    }
    const sorted = sortRows(rows, this.sortKey, this.sortDir, locale);
    return html`<div class="table-wrap">
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${list.Name ?? 'Watchlist'}: live
          quotes${sortCaption(COLUMNS, { key: this.sortKey, dir: this.sortDir })}
        </caption>
        <thead>
          <tr part="header">
            ${sortHeaderCells(COLUMNS, { key: this.sortKey, dir: this.sortDir }, (key) =>
              this.sortBy(key),
            )}
            ${this.editable ? html`<th scope="col"><span class="as-visually-hidden">Actions</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            sorted,
            (row) => row.security.Id ?? row.security.Symbol,
            (row, i) => this.renderRow(row, i, sorted, locale),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(
    row: WatchRow,
    index: number,
    rows: readonly WatchRow[],
    locale: string | undefined,
  ): TemplateResult {
    const symbol = row.security.Symbol ?? '';
    const current = symbol === this.selectedSymbol;
    return html`<tr
      part="row"
      data-index=${index}
      data-symbol=${symbol}
      aria-current=${ifDefined(current ? 'true' : undefined)}
      @click=${(e: Event) => {
        if ((e.target as Element).closest('button')) return;
        this.select(row);
      }}
      @keydown=${(e: KeyboardEvent) => this.onRowKeyDown(e, rows, index)}
    >
      ${COLUMNS.map((c) => {
        const cls = `col-${c.key} ${c.key}${c.numeric ? ' num' : ''}`;
        if (c.live) {
          const security = row.security;
          return html`<td
            part="cell"
            ${liveCell(this.quotes.quote(security.Id), (quote) => cellView(c, { security, quote }, locale), cls)}
          ></td>`;
        }
        return c.key === 'symbol'
          ? html`<th scope="row" part="cell" class=${cls}>${c.text(row, locale)}</th>`
          : html`<td part="cell" class=${cls}>${c.text(row, locale)}</td>`;
      })}
      ${
        this.editable
          ? html`<td class="remove" part="cell">
              ${button({
                label: '✕',
                variant: 'ghost',
                part: 'button remove-button',
                data: { rowControl: true },
                ariaLabel: `Remove ${symbol}`,
                title: `Remove ${symbol}`,
                disabled: this.busy,
                onClick: () => this.removeSecurity(row),
              })}
            </td>`
          : nothing
      }
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-watchlist': AutoSharesWatchlist;
  }
}

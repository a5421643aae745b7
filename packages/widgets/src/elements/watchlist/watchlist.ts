import type { WatchlistModel } from '@autoshares/client';
import { watchlistsQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import {
  MutationController,
  type FocusTarget,
  type MutationOptions,
} from '../../controllers/mutation-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteFeed } from '../../controllers/quote-feed.ts';
import { StreamController } from '../../controllers/stream-controller.ts';
import { liveCell } from '../../directives/live-cell.ts';
import type { SymbolPickEvent, SymbolSelection } from '../../core/events.ts';
import { nextSort, type SortDirection } from '../../components/table/sort-rows.ts';
import { cellId, rowLabelledBy } from '../../components/table/row-name.ts';
import { sortCaption, sortHeaderCells } from '../../components/table/sortable-table.ts';
import { selectableRowStyles, sortButtonStyles } from '../../components/table/table-styles.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { UpdateThrottle } from '../../live/update-throttle.ts';
import { errorMessage } from '../../base/view-states.ts';
import { cellView, COLUMNS, sortRows, type ColumnKey, type WatchRow } from './columns.ts';
import { WATCHLIST_COLUMN_DROPS, watchlistStyles } from './watchlist.styles.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { msg, str } from '../../locale/msg.ts';

/** The add box (`<as-symbol-search>`): its code loads only for a watchlist that is not `readonly`. */
let symbolSearch: Promise<unknown> | undefined;
const loadSymbolSearch = (): void => {
  symbolSearch ??= import('../../components/symbol-search/define.ts').catch(() => {
    symbolSearch = undefined; // asked for again on the next update
  });
};

type Watchlist = WatchlistModel;

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
    tableStyles,
    inputStyles,
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
  /** The symbol selected in the link group, marked in the rows. */
  @state() private selectedSymbol: string | undefined;

  /** All the user's lists with their securities; the client keeps it current from the `Watchlist` stream. */
  readonly #lists = new QueryController<Watchlist[]>(this, (session) =>
    watchlistsQuery(session.client),
  );

  /**
   * Live quotes: cells listen to them; a change re-sorts (bounded) when sorted by a live column.
   * A long list streams only the rows on screen (it would otherwise stream every row), unless
   * the sort needs every price.
   */
  private readonly quotes = new QuoteFeed(
    this,
    () =>
      this.#currentSecurities()
        .map((s) => s.Id)
        .filter((id): id is number => typeof id === 'number'),
    {
      onChange: () => {
        if (this.#sortedByLiveColumn) this.#resort.request();
      },
      streamAll: () =>
        this.#sortedByLiveColumn || this.#currentSecurities().length <= STREAM_EVERY_ROW_UP_TO,
    },
  );

  get #sortedByLiveColumn(): boolean {
    return !!COLUMNS.find((c) => c.key === this.sortKey)?.live;
  }

  /** Re-sorts by a live column at most once a second. */
  readonly #resort = new UpdateThrottle(this, 1000);

  /** Securities added/removed elsewhere (another element, another device). */
  readonly #contentEvents = new StreamController(this, {
    entity: 'WatchlistContent',
    keys: () =>
      this.#shownLists.map((l) => l.Id).filter((id): id is number => typeof id === 'number'),
    onMessage: () => this.#lists.refresh(),
    // A change made between our first fetch and the subscription taking effect would be missed.
    onResync: () => this.#lists.refresh(),
  });

  readonly #link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  readonly #announcer = new AnnouncerController(this);

  /** Saves changes: busy state, the failure shown, announcements, focus afterwards. */
  readonly #mutation = new MutationController(this, this.#announcer);

  /**
   * Keyboard in the rows: one tab stop (Tab: row → its Remove button → out), arrows, Enter or
   * Space selects, Delete removes; a focused row keeps its focus when a live re-sort moves it,
   * and a removed one hands it to the row now in its place (or the search box).
   */
  private readonly rowFocus = new RowFocus(this, {
    activate: (symbol) => {
      const row = this.#rowOf(symbol);
      if (row) this.#select(row);
    },
    keys: {
      Delete: (symbol) => {
        const row = this.#rowOf(symbol);
        if (!row || !this.#editable) return false;
        this.#removeSecurity(row);
      },
    },
    whenEmpty: () => this.renderRoot.querySelector<HTMLElement>('as-symbol-search'),
  });

  /**
   * Lists this element deleted: left out of what it shows at once, since the refetch after the
   * delete (or one already under way) can still answer them for a moment.
   */
  readonly #deletedIds = new Set<number>();

  /** Which button opened the panel (focus returns to it when the panel closes). */
  #opener: Mode = 'view';

  /** The user's lists as shown: loaded, without the ones deleted here. */
  get #shownLists(): Watchlist[] {
    const all = this.#lists.data ?? [];
    return this.#deletedIds.size === 0
      ? all
      : all.filter((l) => l.Id == null || !this.#deletedIds.has(l.Id));
  }

  /** The watchlist shown, if loaded. */
  get watchlist(): Watchlist | undefined {
    const all = this.#shownLists;
    if (this.watchlistId != null && !Number.isNaN(this.watchlistId)) {
      return all.find((l) => l.Id === this.watchlistId);
    }
    // a picked list deleted elsewhere falls back to the first one
    return all.find((l) => l.Id === this.chosenId) ?? all[0];
  }

  #currentSecurities() {
    return this.watchlist?.SecurityList ?? [];
  }

  get #editable(): boolean {
    const list = this.watchlist;
    return !this.readonly && !!list && !list.ReadOnly && (list.Type ?? 'UserList') === 'UserList';
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      // another sign-in (maybe another user): forget what was picked, typed or announced
      this.chosenId = undefined;
      this.selectedSymbol = undefined;
      this.mode = 'view';
      this.#mutation.clearError();
      this.#deletedIds.clear();
      this.#announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.readonly) loadSymbolSearch();
    if (changed.has('watchlistId')) this.mode = 'view';
  }

  // ---- mutations ------------------------------------------------------------------------

  /**
   * How every change ends: on success the New / Rename / Delete panel (if open) closes and focus
   * returns to the button that opened it; on failure the panel stays, with focus back in it (its
   * button was disabled while saving, which drops focus), and `failure` says what went wrong.
   */
  private change<T>(
    failure: () => string,
    announce: () => string,
    done?: (result: T) => void,
  ): MutationOptions<T> {
    const panel = this.mode !== 'view';
    return {
      failure: this.localized(failure),
      announce: this.localized(announce),
      onSuccess: (result) => {
        done?.(result);
        this.mode = 'view';
      },
      focus: panel ? this.#openerFocus() : undefined,
      focusOnError: panel ? ['.editor input', '.editor [data-autofocus]'] : undefined,
    };
  }

  #createList(name: string): void {
    void this.#mutation.run(
      (client) => client.writes.watchlists.create({ Name: name }),
      this.change(
        () => msg('Could not create the watchlist.'),
        () => msg(str`Created watchlist ${name}`),
        (created: Watchlist) => {
          if (this.watchlistId == null) this.chosenId = created.Id;
        },
      ),
    );
  }

  #renameList(list: Watchlist, name: string): void {
    void this.#mutation.run(
      (client) => client.writes.watchlists.rename(list.Id!, name),
      this.change(
        () => msg('Could not rename the watchlist.'),
        () => msg(str`Renamed to ${name}`),
      ),
    );
  }

  #deleteList(list: Watchlist): void {
    void this.#mutation.run(
      (client) => client.writes.watchlists.delete(list.Id!),
      this.change(
        () => msg('Could not delete the watchlist.'),
        () => msg(str`Deleted watchlist ${list.Name ?? ''}`),
        () => {
          // confirmed: the picker stops offering it now, not when the refetch lands
          this.#deletedIds.add(list.Id!);
          if (this.chosenId === list.Id) this.chosenId = undefined;
        },
      ),
    );
  }

  #addSecurity(event: SymbolPickEvent): void {
    const list = this.watchlist;
    if (!list?.Id || !this.client) return;
    const { symbol, securityId } = event.security;
    if (this.#mutation.busy) {
      // the search stays enabled while a change is saved (disabling it would drop its focus)
      this.#announcer.announce(
        this.localized(() => msg(str`Still saving; pick ${symbol} again in a moment`)),
      );
      return;
    }
    if (this.#currentSecurities().some((s) => s.Symbol === symbol)) {
      this.#announcer.announce(
        this.localized(() =>
          list.Name
            ? msg(str`${symbol} is already in ${list.Name}`)
            : msg(str`${symbol} is already in this watchlist`),
        ),
      );
      return;
    }
    void this.#mutation.run(
      (client) =>
        securityId != null
          ? client.writes.watchlists.addSecurity(list.Id!, securityId)
          : client.writes.watchlists.addSymbol(list.Id!, symbol),
      this.change(
        () => msg(str`Could not add ${symbol}.`),
        () =>
          list.Name
            ? msg(str`Added ${symbol} to ${list.Name}`)
            : msg(str`Added ${symbol} to the watchlist`),
      ),
    );
  }

  #removeSecurity(row: WatchRow): void {
    const list = this.watchlist;
    if (!list?.Id || !this.client) return;
    const { Id, Symbol } = row.security;
    void this.#mutation.run(
      (client) =>
        Id != null
          ? client.writes.watchlists.removeSecurity(list.Id!, Id)
          : client.writes.watchlists.removeSymbol(list.Id!, Symbol!),
      this.change(
        () => msg(str`Could not remove ${Symbol ?? ''}.`),
        () =>
          list.Name
            ? msg(str`Removed ${Symbol ?? ''} from ${list.Name}`)
            : msg(str`Removed ${Symbol ?? ''} from the watchlist`),
      ),
    );
  }

  // ---- interaction ----------------------------------------------------------------------

  /** The row of `symbol`, as the keyboard in the rows names it. */
  #rowOf(symbol: string): WatchRow | undefined {
    const security = this.#currentSecurities().find((s) => s.Symbol === symbol);
    return security && { security, quote: this.quotes.get(security.Id) };
  }

  #select(row: WatchRow): void {
    const symbol = row.security.Symbol;
    if (!symbol) return;
    this.selectedSymbol = symbol;
    this.#link.select({ symbol, securityId: row.security.Id });
  }

  #sortBy(key: ColumnKey): void {
    const next = nextSort({ key: this.sortKey, dir: this.sortDir }, key);
    this.sortKey = next.key;
    this.sortDir = next.dir;
  }

  #onEditorSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) {
      this.#mutation.fail(this.localized(() => msg('Enter a name for the watchlist.')));
      return;
    }
    if (this.mode === 'create') this.#createList(name);
    else if (this.mode === 'rename' && this.watchlist) this.#renameList(this.watchlist, name);
  }

  #openEditor(mode: Mode): void {
    this.#opener = mode;
    this.mode = mode;
    this.#mutation.clearError();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('.editor input, .editor [data-autofocus]')
        ?.focus(),
    );
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lists = this.#shownLists;
    const state = this.renderState({
      sources: [this.#lists],
      empty: lists.length === 0 && this.mode !== 'create',
      emptyMessage: msg('You have no watchlists yet.'),
      emptyAction: this.readonly
        ? undefined
        : button({
            label: msg('Create watchlist'),
            variant: 'primary',
            data: { opens: 'create' },
            onClick: () => this.#openEditor('create'),
          }),
      loadingLabel: msg('Loading watchlist'),
    });
    const stale = this.quotes.stale || this.#contentEvents.stale;
    if (state)
      return html`${state}${this.mode === 'create' ? this.#renderEditor() : nothing}${this.#announcer.render()}`;
    return html`${this.renderStale(stale) ?? nothing} ${this.#renderToolbar(lists)}
    ${this.#renderEditor()}
    ${
      this.#mutation.failure && this.mode === 'view'
        ? html`<p class="action-error" role="alert">${this.#mutation.message(errorMessage)}</p>`
        : nothing
    }
    ${this.#renderTable()} ${this.#announcer.render()}`;
  }

  #renderToolbar(lists: readonly Watchlist[]): TemplateResult {
    const list = this.watchlist;
    const pickerId = 'as-watchlist-picker';
    const canManage = !this.readonly;
    return html`<div class="toolbar" part="toolbar">
      ${
        this.watchlistId == null
          ? html`<div class="picker">
              <label class="as-label" for=${pickerId}>${msg('Watchlist')}</label>
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
          : html`<h2 class="list-title">${list?.Name ?? msg('Watchlist not found')}</h2>`
      }
      ${
        canManage
          ? html`<div class="actions">
              ${button({
                label: msg('New'),
                disabled: this.#mutation.busy,
                data: { opens: 'create' },
                onClick: () => this.#openEditor('create'),
              })}
              ${
                this.#editable
                  ? html`${button({
                      label: msg('Rename'),
                      disabled: this.#mutation.busy,
                      data: { opens: 'rename' },
                      onClick: () => this.#openEditor('rename'),
                    })}
                    ${button({
                      label: msg('Delete'),
                      variant: 'danger',
                      disabled: this.#mutation.busy,
                      data: { opens: 'delete' },
                      onClick: () => this.#openEditor('delete'),
                    })}`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.#editable
          ? html`<as-symbol-search
              class="search"
              exportparts="input, listbox, option"
              label=${msg('Add symbol')}
              locale=${ifDefined(this.locale)}
              @as-symbol-pick=${this.#addSecurity}
            ></as-symbol-search>`
          : nothing
      }
    </div>`;
  }

  #renderEditor(): TemplateResult | typeof nothing {
    const list = this.watchlist;
    const error = this.#mutation.failure
      ? html`<p role="alert" class="action-error">${this.#mutation.message(errorMessage)}</p>`
      : nothing;
    const cancel = button({ label: msg('Cancel'), onClick: () => this.#closeEditor() });
    if (this.mode === 'delete' && list) {
      return html`<div
        class="editor"
        role="group"
        aria-label=${msg('Delete watchlist')}
        @keydown=${this.#onEditorKeyDown}
      >
        <p>${msg(str`Delete the watchlist “${list.Name}”? This cannot be undone.`)}</p>
        ${button({
          label: msg('Delete watchlist'),
          variant: 'danger',
          data: { autofocus: true },
          disabled: this.#mutation.busy,
          onClick: () => this.#deleteList(list),
        })}
        ${cancel} ${error}
      </div>`;
    }
    if (this.mode !== 'create' && this.mode !== 'rename') return nothing;
    const creating = this.mode === 'create';
    return html`<form
      class="editor"
      aria-label=${creating ? msg('New watchlist') : msg('Rename watchlist')}
      @submit=${this.#onEditorSubmit}
      @keydown=${this.#onEditorKeyDown}
    >
      <div class="field">
        <label class="as-label" for="as-watchlist-name"
          >${creating ? msg('New watchlist name') : msg('New name')}</label
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
        label: creating ? msg('Create') : msg('Save'),
        variant: 'primary',
        type: 'submit',
        disabled: this.#mutation.busy,
      })}
      ${cancel} ${error}
    </form>`;
  }

  /**
   * Closes the New / Rename / Delete panel (Cancel, Escape) and returns focus to the button that
   * opened it, or New, or the list picker when that button is gone; focus that has moved
   * elsewhere meanwhile (a click outside the element) is left alone.
   */
  #closeEditor(): void {
    const opener = this.#openerFocus();
    this.mode = 'view';
    this.#mutation.clearError();
    this.#mutation.returnFocus(opener);
  }

  /** The button that opened the panel, or New, or the list picker when that button is gone. */
  #openerFocus(): FocusTarget {
    return [`button[data-opens="${this.#opener}"]`, 'button[data-opens="create"]', 'select'];
  }

  /** Escape in a panel closes it (unless something inside used the key). */
  readonly #onEditorKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#closeEditor();
  };

  #renderTable(): TemplateResult {
    const list = this.watchlist;
    if (!list) {
      return html`<div class="as-state" data-state="error" role="alert" part="state error">
        <p>${msg('This watchlist no longer exists.')}</p>
      </div>`;
    }
    const locale = this.effectiveLocale;
    const rows: WatchRow[] = this.#currentSecurities().map((security) => ({
      security,
      quote: this.quotes.get(security.Id),
    }));
    if (rows.length === 0) {
      return html`<p class="list-empty" role="status" part="state empty">
        ${
          list.Name
            ? msg(str`No symbols in ${list.Name} yet.`)
            : msg('No symbols in this watchlist yet.')
        }${this.#editable ? ` ${msg('Use the search box to add one.')}` : ''}
      </p>`;
    }
    const sorted = sortRows(rows, this.sortKey, this.sortDir, locale);
    return html`<div class="table-wrap" ${fitColumns(WATCHLIST_COLUMN_DROPS)} ${scrollHint()}>
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${msg(str`${list.Name ?? msg('Watchlist')}: live quotes`)}${sortCaption(COLUMNS, {
            key: this.sortKey,
            dir: this.sortDir,
          })}
        </caption>
        <thead>
          <tr part="header">
            ${sortHeaderCells(COLUMNS, { key: this.sortKey, dir: this.sortDir }, (key) =>
              this.#sortBy(key),
            )}
            ${this.#editable ? html`<th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            sorted,
            (row) => row.security.Id ?? row.security.Symbol,
            (row) => this.#renderRow(row, locale),
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(row: WatchRow, locale: string | undefined): TemplateResult {
    const symbol = row.security.Symbol ?? '';
    const current = symbol === this.selectedSymbol;
    return html`<tr
      part="row"
      data-symbol=${symbol}
      aria-labelledby=${rowLabelledBy(symbol, 'symbol', ['last', 'change'])}
      aria-current=${ifDefined(current ? 'true' : undefined)}
      @click=${(e: Event) => {
        if ((e.target as Element).closest('button')) return;
        this.#select(row);
      }}
    >
      ${COLUMNS.map((c) => {
        const cls = `col-${c.key} ${c.key}${c.numeric ? ' num' : ''}`;
        if (c.live) {
          const security = row.security;
          return html`<td
            part="cell"
            id=${cellId(symbol, c.key)}
            ${liveCell(this.quotes.quote(security.Id), (quote) => cellView(c, { security, quote }, locale), cls)}
          ></td>`;
        }
        return c.key === 'symbol'
          ? html`<th scope="row" part="cell" id=${cellId(symbol, c.key)} class=${cls}>
              ${c.text(row, locale)}
            </th>`
          : html`<td part="cell" class=${cls}>${c.text(row, locale)}</td>`;
      })}
      ${
        this.#editable
          ? html`<td class="remove" part="cell">
              ${button({
                label: '✕',
                variant: 'ghost',
                part: 'button remove-button',
                data: { rowControl: true },
                ariaLabel: msg(str`Remove ${symbol}`),
                title: msg(str`Remove ${symbol}`),
                disabled: this.#mutation.busy,
                onClick: () => this.#removeSecurity(row),
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

import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { cellId, rowLabelledBy } from '../../components/table/row-name.ts';
import { liveCell } from '../../directives/live-cell.ts';
import type { SymbolSelection } from '../../core/events.ts';
import { direction, formatMoney, formatPercent } from '../../format/format.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import { positionTotals, type LivePosition, type PositionTotals } from '../../portfolio/pnl.ts';
import { LiveValue, mapLive, type Live } from '../../live/live-value.ts';
import { PositionsFeed } from '../../portfolio/positions-feed.ts';
import { UpdateThrottle } from '../../live/update-throttle.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { nextSort } from '../../components/table/sort-rows.ts';
import {
  sortAnnouncement,
  sortCaption,
  sortHeaderCells,
} from '../../components/table/sortable-table.ts';
import { selectableRowStyles, sortButtonStyles } from '../../components/table/table-styles.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { cellView, COLUMNS, sortPositions, type ColumnKey, type SortDirection } from './columns.ts';
import { POSITION_COLUMN_DROPS, positionsStyles } from './positions.styles.ts';
import { msg, str } from '../../locale/msg.ts';
import { linkSelection } from '../../options/contract.ts';

/**
 * The account's open positions marked to the live market, with today's and total P&L and a
 * totals row; sortable, and choosing a row selects its symbol for the `link-group`. Behaviour
 * (live values, keyboard, re-sorting): `docs/elements/positions.md`.
 *
 * @summary Live positions with P&L.
 * @tag as-positions
 * @event {SymbolSelectEvent} as-symbol-select - A row was chosen: `{ symbol, securityId }`.
 * @csspart table - The positions table.
 * @csspart header - The header row.
 * @csspart row - One position row.
 * @csspart cell - Every body and totals cell.
 * @csspart totals - The totals row.
 * @csspart sort-button - The column header buttons.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-positions-max-height - Scroll the rows beyond this height (default none).
 * @cssprop --as-up - Colour of gains; also `--as-down`, `--as-up-flash`, `--as-down-flash`.
 */
export class AutoSharesPositions extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    sortButtonStyles,
    selectableRowStyles,
    positionsStyles,
  ];

  /** The column the rows are sorted by; unset keeps the server's order. */
  @state() private sortKey: ColumnKey | undefined;
  @state() private sortDir: SortDirection = 'ascending';
  /** The symbol selected in the link group, marked in the rows. */
  @state() private selectedSymbol: string | undefined;

  /** The positions marked to live quotes; a quote change re-sorts (bounded) by a live column. */
  readonly #feed = new PositionsFeed(this, {
    onQuotes: () => {
      this.#quoteBatches.set(this.#quoteBatches.value + 1);
      this.#quoteBatches.notify();
      if (COLUMNS.find((c) => c.key === this.sortKey)?.live) this.#resort.request();
    },
  });

  /** Counts the feed's per-frame batches of changed quotes: the totals follow it. */
  readonly #quoteBatches = new LiveValue(0);

  /** Re-sorts by a live column at most once a second. */
  readonly #resort = new UpdateThrottle(this, 1000);

  readonly #link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  readonly #announcer = new AnnouncerController(this);

  /**
   * Keyboard in the rows: one tab stop, arrows, Enter or Space selects; a focused row keeps its
   * focus when a re-sort moves it.
   */
  private readonly rowFocus = new RowFocus(this, {
    activate: (symbol) => {
      const values = this.#feed.valuesOf(symbol);
      if (values) this.#select(values);
    },
  });

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.selectedSymbol = undefined;
      this.#announcer.clear();
    }
  }

  #select(row: LivePosition): void {
    if (!row.symbol) return;
    this.selectedSymbol = row.symbol;
    this.#link.select(linkSelection(row.symbol, row.securityId));
  }

  #sortBy(key: ColumnKey): void {
    const next = nextSort({ key: this.sortKey, dir: this.sortDir }, key);
    this.sortKey = next.key;
    this.sortDir = next.dir;
    this.#announcer.announce(this.localized(() => sortAnnouncement(COLUMNS, next)));
  }

  protected override render(): TemplateResult {
    const accountId = this.#feed.account.accountId(this.session);
    const data = this.#feed.positions.filter((p) => (p.Quantity ?? 0) !== 0);
    const state = this.renderState({
      sources: this.#feed.sources(this.session),
      empty: accountId == null || data.length === 0,
      emptyMessage: msg('You have no open positions.'),
      loadingLabel: msg('Loading positions'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    const locale = this.effectiveLocale;
    const live = data.map((p) => this.#feed.row(p));
    const rows = live.map((r) => r.value);
    const sorted = sortPositions(rows, this.sortKey, this.sortDir, locale);
    const liveOf = new Map(rows.map((r, i) => [r, live[i]!]));
    const totals = mapLive(this.#quoteBatches, () => positionTotals(live.map((r) => r.value)));
    const sortLabel = sortCaption(COLUMNS, { key: this.sortKey, dir: this.sortDir });
    return html`${this.renderStale(this.#feed.stale) ?? nothing}
      <div class="table-wrap" ${fitColumns(POSITION_COLUMN_DROPS)} ${scrollHint()}>
        <table class="as-table" part="table">
          <caption class="as-visually-hidden">
            ${msg(str`Positions, live${sortLabel}`)}
          </caption>
          <thead>
            <tr part="header">
              ${sortHeaderCells(COLUMNS, { key: this.sortKey, dir: this.sortDir }, (key) =>
                this.#sortBy(key),
              )}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              sorted,
              (r) => r.position.Id ?? r.symbol,
              (r) => this.renderRow(r, liveOf.get(r)!, locale),
            )}
          </tbody>
          <tfoot>
            <tr part="totals" class="totals">
              <th scope="row" part="cell" class="col-symbol">${msg('Total')}</th>
              <td part="cell" class="col-quantity"></td>
              <td part="cell" class="col-average"></td>
              <td part="cell" class="col-last"></td>
              <td
                part="cell"
                ${liveCell(totals, (t) => ({ text: formatMoney(t.marketValue, locale) }), 'num col-marketValue')}
              ></td>
              ${this.signedCell(
                'day',
                totals,
                (t) => t.day.value,
                (v) => formatSignedMoney(v, locale),
              )}
              ${this.signedCell(
                'total',
                totals,
                (t) => t.unrealized.value,
                (v) => formatSignedMoney(v, locale),
              )}
              ${this.signedCell(
                'totalPercent',
                totals,
                (t) => t.unrealized.percent,
                (v) => formatPercent(v, locale),
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      ${this.#announcer.render()}`;
  }

  /** A totals cell: a signed figure of the live totals, with its up/down tone. */
  private signedCell(
    key: ColumnKey,
    totals: Live<PositionTotals>,
    value: (totals: PositionTotals) => number | undefined,
    text: (value: number | undefined) => string,
  ): TemplateResult {
    return html`<td
      part="cell"
      ${liveCell(
        totals,
        (t) => {
          const tone = direction(value(t));
          return { text: text(value(t)), tone: tone === 'flat' ? '' : tone };
        },
        `num col-${key}`,
      )}
    ></td>`;
  }

  private renderRow(
    row: LivePosition,
    live: Live<LivePosition>,
    locale: string | undefined,
  ): TemplateResult {
    const current = row.symbol === this.selectedSymbol;
    return html`<tr
      part="row"
      data-symbol=${row.symbol}
      aria-labelledby=${rowLabelledBy(row.symbol, 'symbol', ['last', 'total'])}
      aria-current=${ifDefined(current ? 'true' : undefined)}
      @click=${() => this.#select(row)}
    >
      ${COLUMNS.map((c) => {
        const cls = `col-${c.key}${c.numeric ? ' num' : ''}`;
        const id = cellId(row.symbol, c.key);
        if (c.key === 'symbol')
          return html`<th scope="row" part="cell" id=${id} class=${cls}>
            ${c.text(row, locale)}
          </th>`;
        if (c.live)
          return html`<td
            part="cell"
            id=${id}
            ${liveCell(live, (r) => cellView(c, r, locale), cls)}
          ></td>`;
        return html`<td part="cell" id=${id} class=${cls}>${c.text(row, locale)}</td>`;
      })}
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-positions': AutoSharesPositions;
  }
}

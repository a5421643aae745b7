import type { PositionResource } from '@autoshares/client';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AccountResolver } from '../../shared/account-resolver.ts';
import { AutoSharesElement } from '../../shared/base-element.ts';
import { AnnouncerController } from '../../shared/controllers/announcer-controller.ts';
import { LinkGroupController } from '../../shared/controllers/link-group-controller.ts';
import { QueryController } from '../../shared/controllers/query-controller.ts';
import { QuoteController } from '../../shared/controllers/quote-controller.ts';
import { flash } from '../../shared/directives/flash.ts';
import type { SymbolSelection } from '../../shared/events.ts';
import { direction, formatMoney, formatPercent } from '../../shared/format.ts';
import { formatSignedMoney } from '../../shared/format-money.ts';
import {
  livePosition,
  positionTotals,
  type LivePosition,
  type PnlValue,
} from '../../shared/pnl.ts';
import { onRowKeyDown } from '../../shared/row-keys.ts';
import { nextSort } from '../../shared/sort-rows.ts';
import { sortCaption, sortHeaderCells } from '../../shared/sortable-table.ts';
import { selectableRowStyles, sortButtonStyles } from '../../shared/table-styles.ts';
import { COLUMNS, sortPositions, toneOf, type ColumnKey, type SortDirection } from './columns.ts';
import { positionsStyles } from './positions.styles.ts';

/**
 * The account's open positions marked to the live market: symbol, quantity, average price,
 * last, market value, today's and total (unrealized) P&L with a totals row. Values move with
 * every quote (the Last cell flashes, not under reduced motion); positions change with the
 * position and order streams. Sort by any column; click or Enter on a row selects the symbol
 * and drives elements in the same `link-group`.
 *
 * @summary Live positions with P&L.
 * @tag as-positions
 * @event {SymbolSelectEvent} as-symbol-select - A row was chosen: `{ symbol, securityId }`.
 * @attr account-id - Show this account instead of the session's selected one.
 * @attr link-group - Elements with the same group follow the selected symbol.
 * @attr locale - Overrides the session's locale.
 * @csspart table - The positions table.
 * @csspart header - The header row.
 * @csspart row - One position row.
 * @csspart cell - Every body and totals cell.
 * @csspart totals - The totals row.
 * @csspart sort-button - The column header buttons.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" badge.
 * @cssprop --as-positions-max-height - Scroll the rows beyond this height (default none).
 * @cssprop --as-up - Colour of gains; also `--as-down`, `--as-up-flash`, `--as-down-flash`.
 */
export class AutoSharesPositions extends AutoSharesElement {
  static override properties = {
    ...AutoSharesElement.properties,
    sortKey: { state: true },
    sortDir: { state: true },
    selectedSymbol: { state: true },
  };

  static override styles = [
    ...AutoSharesElement.styles,
    sortButtonStyles,
    selectableRowStyles,
    positionsStyles,
  ];

  declare private sortKey: ColumnKey | undefined;
  declare private sortDir: SortDirection;
  declare private selectedSymbol: string | undefined;

  private readonly account = new AccountResolver(this);

  private readonly positions = new QueryController<PositionResource[]>(this, (session) => {
    const accountId = this.account.accountId(session);
    return accountId == null ? null : session.client.resources.positions(accountId);
  });

  private readonly quotes = new QuoteController(this, () =>
    (this.positions.data ?? [])
      .map((p) => p.SecurityId)
      .filter((id): id is number => typeof id === 'number'),
  );

  private readonly link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  private readonly announcer = new AnnouncerController(this);

  constructor() {
    super();
    this.sortDir = 'ascending';
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.selectedSymbol = undefined;
      this.announcer.clear();
    }
  }

  private select(row: LivePosition): void {
    if (!row.symbol) return;
    this.selectedSymbol = row.symbol;
    this.link.select({ symbol: row.symbol, securityId: row.securityId });
  }

  private sortBy(key: ColumnKey): void {
    const next = nextSort({ key: this.sortKey, dir: this.sortDir }, key);
    this.sortKey = next.key;
    this.sortDir = next.dir;
    const label = COLUMNS.find((c) => c.key === key)?.label ?? key;
    this.announcer.announce(`Sorted by ${label}, ${next.dir}`);
  }

  protected override render(): TemplateResult {
    const accountId = this.account.accountId(this.session);
    const data = (this.positions.data ?? []).filter((p) => (p.Quantity ?? 0) !== 0);
    const state = this.renderState({
      sources: [...this.account.sources, ...(accountId != null ? [this.positions] : [])],
      empty: accountId == null || data.length === 0,
      emptyMessage: 'You have no open positions.',
      loadingLabel: 'Loading positions',
    });
    if (state) return html`${state}${this.announcer.render()}`;
    const locale = this.effectiveLocale;
    const rows = data.map((p) => livePosition(p, this.quotes.get(p.SecurityId)));
    const sorted = sortPositions(rows, this.sortKey, this.sortDir, locale);
    const totals = positionTotals(rows);
    const sortLabel = sortCaption(COLUMNS, { key: this.sortKey, dir: this.sortDir });
    return html`${this.renderStale(this.quotes.stale || this.positions.stale) ?? nothing}
      <div class="table-wrap">
        <table class="as-table" part="table">
          <caption class="as-visually-hidden">
            Positions, live${sortLabel}
          </caption>
          <thead>
            <tr part="header">
              ${sortHeaderCells(COLUMNS, { key: this.sortKey, dir: this.sortDir }, (key) =>
                this.sortBy(key),
              )}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              sorted,
              (r) => r.position.Id ?? r.symbol,
              (r) => this.renderRow(r, locale),
            )}
          </tbody>
          <tfoot>
            <tr part="totals" class="totals">
              <th scope="row" part="cell" class="col-symbol">Total</th>
              <td part="cell" class="col-quantity"></td>
              <td part="cell" class="col-average"></td>
              <td part="cell" class="col-last"></td>
              <td part="cell" class="num col-marketValue">
                ${formatMoney(totals.marketValue, locale)}
              </td>
              ${this.signedCell('day', totals.day, formatSignedMoney(totals.day.value, locale))}
              ${this.signedCell(
                'total',
                totals.unrealized,
                formatSignedMoney(totals.unrealized.value, locale),
              )}
              ${this.signedCell(
                'totalPercent',
                { value: totals.unrealized.percent, percent: undefined },
                formatPercent(totals.unrealized.percent, locale),
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      ${this.announcer.render()}`;
  }

  private signedCell(key: ColumnKey, pnl: PnlValue, text: string): TemplateResult {
    const tone = direction(pnl.value);
    return html`<td part="cell" class="num col-${key} ${tone === 'flat' ? '' : tone}">${text}</td>`;
  }

  private renderRow(row: LivePosition, locale: string | undefined): TemplateResult {
    const current = row.symbol === this.selectedSymbol;
    return html`<tr
      part="row"
      tabindex="0"
      data-symbol=${row.symbol}
      aria-current=${ifDefined(current ? 'true' : undefined)}
      @click=${() => this.select(row)}
      @keydown=${(e: KeyboardEvent) => onRowKeyDown(e, () => this.select(row))}
    >
      ${COLUMNS.map((c) => {
        const cls = `col-${c.key} ${c.numeric ? 'num' : ''} ${toneOf(c, row)}`;
        if (c.key === 'symbol')
          return html`<th scope="row" part="cell" class=${cls}>${c.text(row, locale)}</th>`;
        if (c.key === 'last')
          return html`<td part="cell" class=${cls} ${flash(row.last)}>${c.text(row, locale)}</td>`;
        return html`<td part="cell" class=${cls}>${c.text(row, locale)}</td>`;
      })}
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-positions': AutoSharesPositions;
  }
}

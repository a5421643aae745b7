import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { cellId, headerId, rowLabelledBy } from '../../components/table/row-name.ts';
import { liveCell } from '../../directives/live-cell.ts';
import type { Live } from '../../live/live-value.ts';
import { PositionsFeed } from '../../portfolio/positions-feed.ts';
import { UpdateThrottle } from '../../live/update-throttle.ts';
import type { SymbolSelection } from '../../core/events.ts';
import { direction, formatPercent } from '../../format/format.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import { PNL_MODES, pnlOf, type LivePosition, type PnlMode } from '../../portfolio/pnl.ts';
import { rowLimit } from '../../core/limit.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { renderSegmented, segmentedStyles } from '../../components/segmented/segmented.ts';
import { selectableRowStyles } from '../../components/table/table-styles.ts';
import { pnlLeadersStyles } from './pnl-leaders.styles.ts';
import { RankThrottle } from './rank-throttle.ts';
import { msg, str } from '../../locale/msg.ts';
import { displaySymbol, linkSelection } from '../../options/contract.ts';

/** The mode switch's labels, in the locale in scope. */
const modeLabel = (mode: PnlMode): string =>
  ({ unrealized: msg('Unrealized'), day: msg('Today'), realized: msg('Realized') })[mode];

/** "Top gainers, unrealized profit and loss" (the tables' captions). */
function caption(side: Side, mode: PnlMode): string {
  const captions: Record<Side, Record<PnlMode, string>> = {
    gainers: {
      unrealized: msg('Top gainers, unrealized profit and loss'),
      day: msg('Top gainers, today profit and loss'),
      realized: msg('Top gainers, realized profit and loss'),
    },
    losers: {
      unrealized: msg('Top losers, unrealized profit and loss'),
      day: msg('Top losers, today profit and loss'),
      realized: msg('Top losers, realized profit and loss'),
    },
  };
  return captions[side][mode];
}

type Side = 'gainers' | 'losers';

/**
 * The user's positions with the biggest profit and the biggest loss, live, by unrealized, today's
 * or realized P&L; choosing a row selects its symbol for the `link-group`. Behaviour (ranking,
 * keyboard, live updates): `docs/elements/pnl-leaders.md`.
 *
 * @summary Top gainers and losers of the user's positions.
 * @tag as-pnl-leaders
 * @event {SymbolSelectEvent} as-symbol-select - A row was chosen: `{ symbol, securityId }`.
 * @csspart segmented - The mode switch; `segment` each of its options.
 * @csspart section - The gainers and the losers block.
 * @csspart table - Each table.
 * @csspart row - One position row.
 * @csspart cell - Every body cell.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-up - Colour of gains; also `--as-down` for losses.
 */
export class AutoSharesPnlLeaders extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    inputStyles,
    segmentedStyles,
    selectableRowStyles,
    pnlLeadersStyles,
  ];

  /**
   * Which P&L ranks the rows: `unrealized` (live price against the average open price), `day`
   * (against the previous close / daily cost basis) or `realized`; the user can switch it too.
   */
  @property({ reflect: true }) mode: PnlMode = 'unrealized';

  /** Rows per side. */
  @property({ type: Number }) limit = 5;

  /** The symbol selected in the link group, marked in the rows. */
  @state() private selectedSymbol: string | undefined;

  /** The positions marked to live quotes (none stream for realized P&L); a change re-ranks. */
  readonly #feed = new PositionsFeed(this, {
    streams: () => this.mode !== 'realized',
    onQuotes: () => this.#rerank.request(),
  });

  /** Re-ranks with the live values at most once a second. */
  readonly #rerank = new UpdateThrottle(this, 1000);

  readonly #link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  readonly #announcer = new AnnouncerController(this);

  /**
   * Keyboard in the rows of both tables: one tab stop, arrows, Enter or Space selects; a focused
   * row keeps its focus when a re-rank moves it.
   */
  private readonly rowFocus = new RowFocus(this, {
    activate: (symbol) => {
      const values = this.#feed.valuesOf(symbol);
      if (values) this.#select(values);
    },
  });
  readonly #ranks: Record<Side, RankThrottle> = {
    gainers: new RankThrottle(this),
    losers: new RankThrottle(this),
  };
  #leaders: Partial<Record<Side, string>> = {};

  get #effectiveMode(): PnlMode {
    return PNL_MODES.includes(this.mode) ? this.mode : 'unrealized';
  }

  get #effectiveLimit(): number {
    return rowLimit(this.limit, 5);
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (
      previous?.client !== this.session?.client ||
      previous?.accountId !== this.session?.accountId
    )
      this.#resetRanks();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') || changed.has('accountId')) this.#resetRanks();
  }

  #resetRanks(): void {
    this.#ranks.gainers.reset();
    this.#ranks.losers.reset();
    this.#leaders = {};
    this.#announcer.clear();
  }

  #rows(): Live<LivePosition>[] {
    return this.#feed.positions
      .filter((p) => (p.Quantity ?? 0) !== 0 || this.#effectiveMode === 'realized')
      .map((p) => this.#feed.row(p));
  }

  #side(rows: readonly Live<LivePosition>[], side: Side): Live<LivePosition>[] {
    const mode = this.#effectiveMode;
    const sign = side === 'gainers' ? 1 : -1;
    const members = rows.filter((r) => {
      const value = pnlOf(r.value, mode).value;
      return value !== undefined && value * sign > 0;
    });
    const bySymbol = new Map(members.map((r) => [r.value.symbol, r]));
    const order = this.#ranks[side].order(
      members.map((r) => ({
        key: r.value.symbol,
        score: sign * (pnlOf(r.value, mode).value ?? 0),
      })),
    );
    const top = order.slice(0, this.#effectiveLimit).map((key) => bySymbol.get(key)!);
    const leader = top[0]?.value.symbol;
    if (leader && this.#leaders[side] && leader !== this.#leaders[side]) {
      this.#announcer.announce(
        side === 'gainers'
          ? msg(str`${leader} now has the largest gain`)
          : msg(str`${leader} now has the largest loss`),
      );
    }
    this.#leaders[side] = leader;
    return top;
  }

  #select(row: LivePosition): void {
    if (!row.symbol) return;
    this.selectedSymbol = row.symbol;
    this.#link.select(linkSelection(row.symbol, row.securityId));
  }

  protected override render(): TemplateResult {
    const data = this.#feed.positions;
    const accountId = this.#feed.account.accountId(this.session);
    const state = this.renderState({
      sources: this.#feed.sources(this.session),
      empty: accountId == null || data.length === 0,
      emptyMessage: msg('You have no open positions.'),
      loadingLabel: msg('Loading profit and loss'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    const rows = this.#rows();
    const mode = this.#effectiveMode;
    return html`${this.renderStale(this.#feed.stale) ?? nothing}
      <div class="toolbar">
        ${renderSegmented({
          legend: msg('Profit and loss'),
          name: 'mode',
          options: PNL_MODES.map((m) => ({ value: m, label: modeLabel(m) })),
          value: mode,
          onChange: (value) => (this.mode = value),
        })}
      </div>
      <div class="sides">
        ${this.#renderSide('gainers', this.#side(rows, 'gainers'))}
        ${this.#renderSide('losers', this.#side(rows, 'losers'))}
      </div>
      ${this.#announcer.render()}`;
  }

  #renderSide(side: Side, rows: readonly Live<LivePosition>[]): TemplateResult {
    const mode = this.#effectiveMode;
    const locale = this.effectiveLocale;
    const title = side === 'gainers' ? msg('Top gainers') : msg('Top losers');
    const headingId = `as-pnl-${side}`;
    return html`<section class="side" part="section" data-side=${side} aria-labelledby=${headingId}>
      <h3 id=${headingId}>${title}</h3>
      ${
        rows.length === 0
          ? html`<p class="side-empty" role="status">
              ${side === 'gainers' ? msg('No positions in profit.') : msg('No positions at a loss.')}
            </p>`
          : html`<table class="as-table" part="table">
              <caption class="as-visually-hidden">
                ${caption(side, mode)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Symbol')}</th>
                  <th scope="col" id=${headerId('value', side)} class="num">${msg('P&L')}</th>
                  <th scope="col" id=${headerId('percent', side)} class="num col-percent">
                    ${msg('P&L %')}
                  </th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  rows,
                  (live) => live.value.symbol,
                  (live) => {
                    const r = live.value;
                    const current = r.symbol === this.selectedSymbol;
                    return html`<tr
                      part="row"
                      data-symbol=${r.symbol}
                      aria-labelledby=${rowLabelledBy(r.symbol, 'symbol', ['value', 'percent'], side)}
                      aria-current=${ifDefined(current ? 'true' : undefined)}
                      @click=${() => this.#select(r)}
                    >
                      <th
                        scope="row"
                        part="cell"
                        id=${cellId(r.symbol, 'symbol')}
                        class="col-symbol"
                      >
                        ${displaySymbol(r.symbol, this.effectiveLocale)}
                      </th>
                      <td
                        part="cell"
                        id=${cellId(r.symbol, 'value')}
                        ${liveCell(
                          live,
                          (p) => {
                            const pnl = pnlOf(p, mode);
                            return {
                              text: formatSignedMoney(pnl.value, locale),
                              tone: direction(pnl.value),
                            };
                          },
                          'num col-value',
                        )}
                      ></td>
                      <td
                        part="cell"
                        id=${cellId(r.symbol, 'percent')}
                        ${liveCell(
                          live,
                          (p) => {
                            const pnl = pnlOf(p, mode);
                            return {
                              text: formatPercent(pnl.percent, locale),
                              tone: direction(pnl.value),
                            };
                          },
                          'num col-percent',
                        )}
                      ></td>
                    </tr>`;
                  },
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-pnl-leaders': AutoSharesPnlLeaders;
  }
}

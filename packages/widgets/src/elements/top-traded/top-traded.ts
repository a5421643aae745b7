import type { OrderResource } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Session } from '../../session/session.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { button } from '../../components/button/button.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { cellId, headerId, rowLabelledBy } from '../../components/table/row-name.ts';
import { flash } from '../../directives/flash.ts';
import { TradeRequestEvent, type SymbolSelection } from '../../core/events.ts';
import { formatMoney, formatNumber, formatPrice } from '../../format/format.ts';
import { livePrice } from '../../portfolio/pnl.ts';
import { rowLimit } from '../../core/limit.ts';
import { renderSegmented, segmentedStyles } from '../../components/segmented/segmented.ts';
import { rowActionStyles, selectableRowStyles } from '../../components/table/table-styles.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { TRADED_COLUMN_DROPS, topTradedStyles } from './top-traded.styles.ts';
import {
  rankTraded,
  tradedOrdersQuery,
  TRADED_PERIODS,
  type TradedPeriod,
  type TradedRow,
} from './traded.ts';
import { msg, str } from '../../locale/msg.ts';

const PERIOD_SPANS: Record<Exclude<TradedPeriod, 'all'>, [number, 'month' | 'year']> = {
  '1M': [1, 'month'],
  '3M': [3, 'month'],
  '1Y': [1, 'year'],
};

/** "3 months" ("3 Monate", "3か月") through `Intl.NumberFormat` units; "All time" translated. */
function periodLabel(period: TradedPeriod, locale: string | undefined): string {
  if (period === 'all') return msg('All time');
  const [count, unit] = PERIOD_SPANS[period];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** The period switch's short labels: the codes, "All" translated. */
const periodShort = (period: TradedPeriod): string => (period === 'all' ? msg('All') : period);

/**
 * The user's most frequently traded securities over a period, ranked by number of trades, with
 * the traded value, a live last price, and Buy and Sell on each row. Behaviour:
 * `docs/elements/top-traded.md`.
 *
 * @summary Most traded securities of the user.
 * @tag as-top-traded
 * @event {SymbolSelectEvent} as-symbol-select - A row was chosen, or Buy/Sell pressed: `{ symbol, securityId }`.
 * @event {TradeRequestEvent} as-trade-request - Buy or Sell pressed: `request = { symbol, securityId, side }`.
 * @csspart segmented - The period switch; `segment` each of its options.
 * @csspart table - The table.
 * @csspart row - One security row.
 * @csspart cell - Every body cell.
 * @csspart button - Every button; also `buy-button`, `sell-button`.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-top-traded-max-height - Scroll the rows beyond this height (default none).
 */
export class AutoSharesTopTraded extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    inputStyles,
    segmentedStyles,
    selectableRowStyles,
    rowActionStyles,
    topTradedStyles,
  ];

  /** The period counted: `1M`, `3M`, `1Y` or `all`; the user can switch it too. */
  @property({ reflect: true }) period: TradedPeriod = '1Y';

  /** Rows to show. */
  @property({ type: Number }) limit = 10;

  /** The symbol selected in the link group, marked in the rows. */
  @state() private selectedSymbol: string | undefined;

  private readonly account = new AccountResolver(this);

  readonly #orders = new QueryController<OrderResource[]>(this, (session) => {
    const accountId = this.account.accountId(session);
    return accountId == null
      ? null
      : tradedOrdersQuery(session.client, accountId, this.#effectivePeriod);
  });

  readonly #quotes = new QuoteController(this, () =>
    this.#topRows()
      .map((r) => r.securityId)
      .filter((id): id is number => typeof id === 'number'),
  );

  readonly #link = new LinkGroupController(this, (selection: SymbolSelection) => {
    this.selectedSymbol = selection.symbol;
  });

  readonly #announcer = new AnnouncerController(this);
  /**
   * Keyboard in the rows: one tab stop (then the focused row's Buy and Sell), arrows, Enter or
   * Space selects; kept through re-ranks.
   */
  private readonly rowFocus = new RowFocus(this, {
    activate: (symbol) => {
      const row = this.#topRows().find((r) => r.symbol === symbol);
      if (row) this.#select(row);
    },
  });
  #ranked: { source: OrderResource[] | undefined; rows: TradedRow[] } = {
    source: undefined,
    rows: [],
  };

  get #effectivePeriod(): TradedPeriod {
    return TRADED_PERIODS.includes(this.period) ? this.period : '1Y';
  }

  get #effectiveLimit(): number {
    return rowLimit(this.limit, 10);
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.selectedSymbol = undefined;
      this.#announcer.clear();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') && changed.get('period') !== undefined) {
      const label = periodLabel(this.#effectivePeriod, this.effectiveLocale);
      this.#announcer.announce(msg(str`Most traded over ${label}`));
    }
  }

  /** The ranking of the loaded orders (memoised per result). */
  #topRows(): TradedRow[] {
    const data = this.#orders.data;
    if (data !== this.#ranked.source) this.#ranked = { source: data, rows: rankTraded(data ?? []) };
    return this.#ranked.rows.slice(0, this.#effectiveLimit);
  }

  #select(row: TradedRow): void {
    this.selectedSymbol = row.symbol;
    this.#link.select({ symbol: row.symbol, securityId: row.securityId });
  }

  #trade(row: TradedRow, side: 'Buy' | 'Sell'): void {
    this.#select(row);
    const request = new TradeRequestEvent({ symbol: row.symbol, securityId: row.securityId, side });
    this.dispatchEvent(request);
  }

  protected override render(): TemplateResult {
    const accountId = this.account.accountId(this.session);
    const rows = this.#topRows();
    const period = this.#effectivePeriod;
    const periodText = periodLabel(period, this.effectiveLocale);
    const state = this.renderState({
      sources: [...this.account.sources, ...(accountId != null ? [this.#orders] : [])],
      empty: accountId == null || rows.length === 0,
      emptyMessage:
        period === 'all' ? msg('No trades yet.') : msg(str`No trades in the last ${periodText}.`),
      loadingLabel: msg('Loading most traded'),
    });
    const toolbar = html`<div class="toolbar">
      ${renderSegmented({
        legend: msg('Period'),
        name: 'period',
        options: TRADED_PERIODS.map((p) => ({ value: p, label: periodShort(p) })),
        value: period,
        onChange: (value) => (this.period = value),
      })}
    </div>`;
    // The period switch stays usable in the empty and error states.
    const showToolbar = !!this.session && this.signedIn;
    if (state) return html`${showToolbar ? toolbar : nothing}${state}${this.#announcer.render()}`;
    const locale = this.effectiveLocale;
    return html`${this.renderStale(this.#quotes.stale) ?? nothing} ${toolbar}
      <div class="table-wrap" ${fitColumns(TRADED_COLUMN_DROPS)} ${scrollHint()}>
        <table class="as-table" part="table" aria-busy=${this.#orders.fetching ? 'true' : 'false'}>
          <caption class="as-visually-hidden">
            ${msg(str`Most traded securities, ${periodText}, by number of trades`)}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num col-rank">#</th>
              <th scope="col">${msg('Symbol')}</th>
              <th scope="col" class="num">${msg('Trades')}</th>
              <th scope="col" id=${headerId('value')} class="num col-value">
                ${msg('Traded value')}
              </th>
              <th scope="col" id=${headerId('last')} class="num col-last">${msg('Last')}</th>
              <th scope="col"><span class="as-visually-hidden">${msg('Trade')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows,
              (r) => r.symbol,
              (r, i) => {
                const last = livePrice(this.#quotes.get(r.securityId));
                return html`<tr
                  part="row"
                  data-symbol=${r.symbol}
                  aria-labelledby=${rowLabelledBy(r.symbol, 'symbol', ['value', 'last'])}
                  aria-current=${ifDefined(r.symbol === this.selectedSymbol ? 'true' : undefined)}
                  @click=${(e: Event) => {
                    if (!(e.target as Element).closest('button')) this.#select(r);
                  }}
                >
                  <td part="cell" class="num col-rank">${i + 1}</td>
                  <th scope="row" part="cell" id=${cellId(r.symbol, 'symbol')} class="col-symbol">
                    ${r.symbol}
                  </th>
                  <td part="cell" class="num col-trades">${formatNumber(r.trades, locale, 0)}</td>
                  <td part="cell" id=${cellId(r.symbol, 'value')} class="num col-value">
                    ${formatMoney(r.value, locale)}
                  </td>
                  <td
                    part="cell"
                    id=${cellId(r.symbol, 'last')}
                    class="num col-last"
                    ${flash(last)}
                  >
                    ${formatPrice(last, locale)}
                  </td>
                  <td part="cell" class="actions">
                    ${button({
                      label: msg('Buy'),
                      variant: 'buy',
                      part: 'button buy-button',
                      ariaLabel: msg(str`Buy ${r.symbol}`),
                      data: { rowControl: true },
                      onClick: () => this.#trade(r, 'Buy'),
                    })}
                    ${button({
                      label: msg('Sell'),
                      variant: 'sell',
                      part: 'button sell-button',
                      ariaLabel: msg(str`Sell ${r.symbol}`),
                      data: { rowControl: true },
                      onClick: () => this.#trade(r, 'Sell'),
                    })}
                  </td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>
      ${this.#announcer.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-top-traded': AutoSharesTopTraded;
  }
}

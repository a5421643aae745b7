import type {
  EquityResource,
  OptionChainResource,
  OptionExpirationResource,
  OptionResource,
} from '@autoshares/client';
import { equityQuery, optionChainQuery, optionExpirationsQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AutoSharesElement } from '../../base/base-element.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import { QuoteFeed } from '../../controllers/quote-feed.ts';
import { cellId, rowLabelledBy } from '../../components/table/row-name.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { renderSegmented, segmentedStyles } from '../../components/segmented/segmented.ts';
import { liveCell } from '../../directives/live-cell.ts';
import { flash } from '../../directives/flash.ts';
import { finiteNumber } from '../../core/finite.ts';
import { direction, formatChange, formatNumber, formatPrice } from '../../format/format.ts';
import { lastPrice } from '../../live/last-price.ts';
import {
  describeContract,
  formatExpiration,
  inTheMoney,
  kindLabel,
  STANDARD_CONTRACT_SIZE,
  type OptionKind,
} from '../../options/contract.ts';
import { priceLineIndex, strikeRows, type StrikeRow } from '../../options/chain.ts';
import { msg, str } from '../../locale/msg.ts';
import {
  columnLabel,
  contractCell,
  isPriceButton,
  SIDE_COLUMNS,
  type ContractColumn,
} from './columns.ts';
import { moveGridFocus } from './grid-keys.ts';
import { OptionSelectEvent } from './option-select-event.ts';
import { SpreadBuilder } from './spread-builder.ts';
import { legOf, openingSide } from '../../options/strategies.ts';
import { CHAIN_COLUMN_DROPS, optionChainStyles } from './option-chain.styles.ts';

/** Strikes each side of the money the range switch offers; 0 shows every strike. */
const RANGES = ['5', '10', '0'] as const;
type RangeOption = (typeof RANGES)[number];

/**
 * The calls' figures read outward from the strike too (mirrored), but bid and ask keep their
 * usual order beside the strike: … last | bid ask | strike | bid ask | last …
 */
const CALL_COLUMNS: readonly ContractColumn[] = [
  ...SIDE_COLUMNS.filter((c) => !isPriceButton(c)).reverse(),
  ...SIDE_COLUMNS.filter(isPriceButton),
];

/** A day as the `expiration` attribute writes it (`2025-01-17`), from UTC midnight. */
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * An underlying's option chain for one expiration: calls | strike | puts with live bid, ask,
 * last, change, volume and open interest, in-the-money sides shaded and a line where the
 * underlying's live price falls. Choosing a bid (to sell) or an ask (to buy) hands the contract
 * on as `as-option-select`; in Build spread mode they add legs (two to four) handed on together
 * as `as-strategy-select`. Follows its link group's symbol. Behaviour:
 * `docs/elements/option-chain.md`.
 *
 * @summary An option chain with live quotes.
 * @tag as-option-chain
 * @event {OptionSelectEvent} as-option-select - A bid or ask was chosen: `contract = { symbol, securityId, underlying, expiration, strike, kind, side, price, contractSize }`.
 * @event {StrategySelectEvent} as-strategy-select - Build spread, then Trade spread: `strategy = { legs, net }`, each leg `{ symbol, securityId, underlying, expiration, strike, kind, side, ratio }` (`side` Buy, SellShort, Sell or BuyToCover), `net` the signed net price of one spread (positive debit).
 * @csspart toolbar - The underlying's price, the expiration picker and the range switch.
 * @csspart expiration - The expiration `<select>`.
 * @csspart segmented - The range switch; `segment` each of its options.
 * @csspart table - The table.
 * @csspart row - One strike's row.
 * @csspart cell - Every body cell.
 * @csspart price-button - A bid or ask button.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart build-button - The Build spread switch.
 * @csspart builder - The spread being built: `preset` its strategy select, `legs` its legs, `trade-button` Trade spread.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-option-chain-max-height - Scroll the strikes beyond this height (default none).
 */
export class AutoSharesOptionChain extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    tableStyles,
    inputStyles,
    segmentedStyles,
    optionChainStyles,
  ];

  /** The underlying's ticker, e.g. `AAPL`. */
  @property({ reflect: true }) symbol: string | undefined;

  /** The expiration shown (`2025-01-17`); the nearest when unset or not listed. */
  @property({ reflect: true }) expiration: string | undefined;

  /** Strikes shown each side of the money: 5, 10, or 0 for every strike; the user can switch it. */
  @property({ type: Number, reflect: true }) range = 5;

  /** The price button that takes the table's one tab stop (`strike|kind|side`). */
  @state() private activeButton: string | undefined;

  private readonly underlying = new QueryController<EquityResource>(this, (session) =>
    this.#ticker ? equityQuery(session.client, this.#ticker) : null,
  );

  readonly #expirations = new QueryController<OptionExpirationResource[]>(this, (session) =>
    this.#ticker ? optionExpirationsQuery(session.client, this.#ticker) : null,
  );

  /** The shown expiration's contracts; another expiration or range keeps these until it loads. */
  private readonly chain = new QueryController<OptionChainResource>(
    this,
    (session) => {
      const expiration = this.#shownExpiration;
      return this.#ticker && expiration !== undefined
        ? optionChainQuery(session.client, this.#ticker, expiration, this.#effectiveRange)
        : null;
    },
    { keepPreviousWithin: () => this.#ticker },
  );

  readonly #underlyingQuote = new QuoteController(this, () =>
    this.underlying.data?.Id != null ? [this.underlying.data.Id] : [],
  );

  /** Contracts' quotes: only the rows in view stream (`liveCell` observes them). */
  readonly #contractQuotes = new QuoteFeed(this, () => this.#contractIds(), {
    streamAll: () => false,
  });

  protected readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  /** Build spread: chosen prices become legs, handed on together as `as-strategy-select`. */
  readonly #builder = new SpreadBuilder(this, {
    rows: () => this.#rows,
    underlying: () => this.#ticker,
    price: () => lastPrice(this.#underlyingQuote.get(this.underlying.data?.Id)),
  });

  get #ticker(): string | undefined {
    return this.symbol?.trim().toUpperCase() || undefined;
  }

  get #effectiveRange(): number {
    return RANGES.includes(String(this.range) as RangeOption) ? this.range : 5;
  }

  /** The expirations listed, nearest first (epoch ms of each day). */
  get #listedExpirations(): number[] {
    return (this.#expirations.data ?? [])
      .map((e) => e.ExpirationDate)
      .filter((d): d is number => typeof d === 'number')
      .sort((a, b) => a - b);
  }

  /** The expiration in effect: the attribute's when listed, else the nearest. */
  get #shownExpiration(): number | undefined {
    const listed = this.#listedExpirations;
    return listed.find((d) => isoDay(d) === this.expiration) ?? listed[0];
  }

  /** The contracts shown (one expiration's: the query asks for one). */
  get #contracts(): OptionResource[] {
    return this.chain.data?.Expirations?.[0]?.Options ?? [];
  }

  get #rows(): StrikeRow[] {
    return strikeRows(this.#contracts);
  }

  #contractIds(): number[] {
    return this.#rows
      .flatMap((row) => [row.call?.Id, row.put?.Id])
      .filter((id): id is number => typeof id === 'number');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('symbol')) {
      this.activeButton = undefined;
      if (changed.get('symbol') !== undefined) this.#builder.clear();
    }
  }

  #select(contract: OptionResource, kind: OptionKind, side: 'Buy' | 'Sell'): void {
    if (this.#builder.on) {
      const leg = legOf(contract, this.#ticker ?? '', openingSide(side));
      if (leg) this.#builder.add(leg);
      return;
    }
    const quote = this.#contractQuotes.quote(contract.Id).value;
    this.dispatchEvent(
      new OptionSelectEvent({
        symbol: contract.Symbol ?? '',
        securityId: contract.Id!,
        underlying: this.#ticker ?? contract.UnderlyingAssetSymbol ?? '',
        expiration: contract.ExpirationDate as number,
        kind,
        strike: contract.StrikePrice!,
        side,
        price: finiteNumber(side === 'Buy' ? quote?.Ask : quote?.Bid),
        contractSize: contract.ContractSize ?? STANDARD_CONTRACT_SIZE,
      }),
    );
  }

  protected override render(): TemplateResult {
    const rows = this.#rows;
    const state = this.renderState({
      sources: !this.#ticker
        ? []
        : this.#shownExpiration === undefined
          ? [this.underlying, this.#expirations]
          : [this.underlying, this.#expirations, this.chain],
      empty: !this.#ticker || (this.#expirations.data !== undefined && rows.length === 0),
      emptyMessage: this.#ticker
        ? msg(str`${this.#ticker} has no listed options.`)
        : msg('Choose a symbol to see its options.'),
      loadingLabel: msg('Loading options'),
    });
    if (state) return state;
    const stale = this.#underlyingQuote.stale || this.#contractQuotes.stale || this.chain.stale;
    return html`${this.renderStale(stale) ?? nothing}${this.#renderToolbar()}${this.#builder.render()}${this.#renderTable(rows)}`;
  }

  #renderToolbar(): TemplateResult {
    const locale = this.effectiveLocale;
    const quote = this.#underlyingQuote.get(this.underlying.data?.Id);
    const last = lastPrice(quote);
    const change = finiteNumber(quote?.Change);
    const shown = this.#shownExpiration;
    return html`<div class="toolbar" part="toolbar">
      <div class="underlying">
        <span class="symbol">${this.#ticker}</span>
        <span class="num" ${flash(last)}>${formatPrice(last, locale)}</span>
        <span class="num ${direction(change)}">${formatChange(change, locale)}</span>
      </div>
      <label class="expiration">
        <span class="as-label">${msg('Expiration')}</span>
        <select
          class="as-select"
          part="expiration"
          @change=${(e: Event) => (this.expiration = (e.target as HTMLSelectElement).value)}
        >
          ${this.#listedExpirations.map(
            (d) =>
              html`<option value=${isoDay(d)} ?selected=${d === shown}>
                ${formatExpiration(d, locale)}
              </option>`,
          )}
        </select>
      </label>
      ${renderSegmented({
        legend: msg('Strikes'),
        name: 'range',
        options: RANGES.map((r) => ({
          value: r,
          label: r === '0' ? msg('All') : formatNumber(Number(r), locale, 0),
        })),
        value: String(this.#effectiveRange) as RangeOption,
        onChange: (value) => (this.range = Number(value)),
      })}
      ${this.#builder.renderToggle()}
    </div>`;
  }

  #renderTable(rows: StrikeRow[]): TemplateResult {
    const locale = this.effectiveLocale;
    const price = lastPrice(this.#underlyingQuote.get(this.underlying.data?.Id));
    const lineAt = price === undefined ? -1 : priceLineIndex(rows, price);
    // the rows' own expiration (the one being switched to may still be loading)
    const expiration = this.#contracts[0]?.ExpirationDate ?? this.#shownExpiration!;
    const firstButton = rows.length ? `${rows[0]!.strike}|Call|Sell` : undefined;
    const active = this.activeButton ?? firstButton;
    // Each header names its side for assistive tech ("Calls Bid"); the sides' labels above the
    // table are for the eye (a colspan would not follow the columns dropped when narrow).
    const header = (kind: OptionKind, column: ContractColumn) =>
      html`<th scope="col" class="num col-${column} side-${kind.toLowerCase()}">
        <span class="as-visually-hidden">${kind === 'Call' ? msg('Calls') : msg('Puts')}</span>
        ${columnLabel(column)}
      </th>`;
    return html`<div class="sides" aria-hidden="true">
        <span>${msg('Calls')}</span><span>${msg('Puts')}</span>
      </div>
      <div class="table-wrap" ${fitColumns(CHAIN_COLUMN_DROPS)} ${scrollHint()}>
        <table
          class="as-table"
          part="table"
          aria-busy=${this.chain.fetching ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
        >
          <caption class="as-visually-hidden">
            ${msg(str`${this.#ticker} options expiring ${formatExpiration(expiration, locale)}`)}
          </caption>
          <thead>
            <tr>
              ${CALL_COLUMNS.map((c) => header('Call', c))}
              <th scope="col" class="strike">${msg('Strike')}</th>
              ${SIDE_COLUMNS.map((c) => header('Put', c))}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows,
              (row) => row.strike,
              (row, index) => {
                const key = String(row.strike);
                const itm =
                  price === undefined
                    ? undefined
                    : inTheMoney('Call', row.strike, price)
                      ? 'call'
                      : inTheMoney('Put', row.strike, price)
                        ? 'put'
                        : undefined;
                return html`<tr
                  part="row"
                  data-strike=${key}
                  data-itm=${itm ?? 'none'}
                  class=${index === lineAt ? 'above-price' : ''}
                  aria-labelledby=${rowLabelledBy(key, 'strike', [])}
                >
                  ${CALL_COLUMNS.map((c) => this.renderCell(row, 'Call', c, expiration, active))}
                  <th scope="row" part="cell" id=${cellId(key, 'strike')} class="num strike">
                    ${formatNumber(row.strike, locale, 3)}
                  </th>
                  ${SIDE_COLUMNS.map((c) => this.renderCell(row, 'Put', c, expiration, active))}
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderCell(
    row: StrikeRow,
    kind: OptionKind,
    column: ContractColumn,
    expiration: number,
    active: string | undefined,
  ): TemplateResult {
    const contract = kind === 'Call' ? row.call : row.put;
    const className = `num col-${column} side-${kind.toLowerCase()}`;
    if (!contract?.Id) return html`<td part="cell" class=${className}></td>`;
    const locale = this.effectiveLocale;
    const quote = this.#contractQuotes.quote(contract.Id);
    const view = (q: Parameters<typeof contractCell>[1]) =>
      contractCell(column, q, locale, contract.Precision);
    if (!isPriceButton(column)) {
      return html`<td part="cell" ${liveCell(quote, view, className)}></td>`;
    }
    const side = column === 'ask' ? 'Buy' : 'Sell';
    const key = `${row.strike}|${kind}|${side}`;
    const description = describeContract(
      { underlying: this.#ticker ?? '', expiration, strike: row.strike, kind },
      locale,
    );
    const action =
      side === 'Buy'
        ? msg(str`Buy ${description} at the ask`)
        : msg(str`Sell ${description} at the bid`);
    // The figure is the price inside the button; the cell holds the button's hidden words too.
    return html`<td part="cell" class="col-${column} side-${kind.toLowerCase()} price">
      <button
        type="button"
        class="price-button"
        part="price-button"
        data-key=${key}
        data-kind=${kindLabel(kind)}
        tabindex=${key === active ? 0 : -1}
        @click=${() => this.#select(contract, kind, side)}
        @focus=${() => (this.activeButton = key)}
      >
        <span class="as-visually-hidden">${action}</span>
        <span ${liveCell(quote, view, 'num')}></span>
      </button>
    </td>`;
  }

  #onKey(event: KeyboardEvent): void {
    const target = (event.target as Element).closest<HTMLButtonElement>('button.price-button');
    if (target && moveGridFocus(event, target, 'button.price-button')) event.preventDefault();
  }
}

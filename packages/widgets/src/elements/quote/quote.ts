import type { EquityResource, StreamQuote } from '@autoshares/client';
import { equityQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement } from '../../base/base-element.ts';
import { AnnouncerController } from '../../controllers/announcer-controller.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import { flash } from '../../directives/flash.ts';
import {
  direction,
  formatChange,
  formatPercent,
  formatPrice,
  formatVolume,
  priceDigits,
} from '../../format/format.ts';
import { lastPrice } from '../../live/last-price.ts';
import { quoteStyles } from './quote.styles.ts';
import { finiteNumber } from '../../core/finite.ts';
import { msg, str } from '../../locale/msg.ts';

/**
 * A compact live quote header for one symbol: last price, change, bid × ask, day range and
 * volume. Behaviour (flashes, announcements): `docs/elements/quote.md`.
 *
 * @summary A live quote header.
 * @tag as-quote
 * @csspart quote - The whole header.
 * @csspart symbol - The ticker heading.
 * @csspart name - The company name.
 * @csspart last - The last price.
 * @csspart change - Change and change %.
 * @csspart details - Bid × ask, day range, volume.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-up - Colour of a rise; also `--as-down`, `--as-up-flash`, `--as-down-flash`.
 */
export class AutoSharesQuote extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, quoteStyles];

  /** The ticker to quote, e.g. `AAPL`. */
  @property({ reflect: true }) symbol: string | undefined;

  /** Announce price moves of at least this many percent (off when unset). */
  @property({ attribute: 'announce-moves', type: Number }) announceMoves: number | undefined;

  private readonly equity = new QueryController<EquityResource>(this, (session) =>
    this.#ticker ? equityQuery(session.client, this.#ticker) : null,
  );

  readonly #quotes = new QuoteController(this, () =>
    this.equity.data?.Id != null ? [this.equity.data.Id] : [],
  );

  protected readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  readonly #announcer = new AnnouncerController(this);
  /** Price at the last announcement (or the first price seen). */
  #announcedAt: number | undefined;

  get #ticker(): string | undefined {
    return this.symbol?.trim().toUpperCase() || undefined;
  }

  /** The latest live quote shown, if any. */
  get quote(): StreamQuote | undefined {
    return this.#quotes.get(this.equity.data?.Id);
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#announcer.clear();
      this.#announcedAt = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('symbol')) {
      this.#announcedAt = undefined;
      this.#announcer.clear();
    }
  }

  /** Check for a move to announce once the controllers hold the latest quote, before rendering. */
  protected override update(changed: PropertyValues<this>): void {
    this.#maybeAnnounce();
    super.update(changed);
  }

  /** Announce a move of at least `announce-moves` percent since the last announcement. */
  #maybeAnnounce(): void {
    const price = lastPrice(this.quote);
    const threshold = this.announceMoves;
    if (price === undefined || threshold == null || Number.isNaN(threshold)) return;
    if (this.#announcedAt === undefined) {
      this.#announcedAt = price;
      return;
    }
    const movePercent = ((price - this.#announcedAt) / this.#announcedAt) * 100;
    if (Math.abs(movePercent) < threshold) return;
    this.#announcedAt = price;
    const locale = this.effectiveLocale;
    const change = finiteNumber(this.quote?.ChangePc);
    const ticker = this.#ticker;
    const shown = formatPrice(price, locale, this.#digits);
    const moved =
      movePercent > 0 ? msg(str`${ticker} up to ${shown}`) : msg(str`${ticker} down to ${shown}`);
    const today = change === undefined ? '' : msg(str`, ${formatPercent(change, locale)} today`);
    this.#announcer.announce(moved + today);
  }

  get #digits(): number {
    return priceDigits(this.equity.data?.Precision);
  }

  protected override render(): TemplateResult {
    const state = this.renderState({
      // no symbol: nothing to load, say what is missing
      sources: this.#ticker ? [this.equity] : [],
      empty: !this.#ticker,
      emptyMessage: msg('Choose a symbol to see its quote.'),
      loadingLabel: msg('Loading quote'),
    });
    if (state) return html`${state}${this.#announcer.render()}`;
    return html`${this.renderStale(this.#quotes.stale) ?? nothing}${this.#renderQuote()}${this.#announcer.render()}`;
  }

  #renderQuote(): TemplateResult {
    const locale = this.effectiveLocale;
    const equity = this.equity.data;
    const quote = this.quote;
    const digits = this.#digits;
    const last = lastPrice(quote);
    const change = finiteNumber(quote?.Change);
    const tone = direction(change ?? finiteNumber(quote?.ChangePc));
    const toneClass = tone === 'flat' ? '' : tone;
    const low = finiteNumber(quote?.Low);
    const high = finiteNumber(quote?.High);
    const volume = finiteNumber(quote?.TotalDailyVolume) ?? finiteNumber(quote?.Volume);
    return html`<section class="quote" part="quote" aria-label=${msg(str`${this.#ticker} quote`)}>
      <div class="title">
        <h2 class="symbol" part="symbol">${equity?.Symbol ?? this.#ticker}</h2>
        <span class="name" part="name">${equity?.Description ?? ''}</span>
      </div>
      <div class="price">
        <span class="as-visually-hidden">${msg('Last price')}</span>
        <span class="last num" part="last" data-field="last" ${flash(last)}
          >${formatPrice(last, locale, digits)}</span
        >
        <span class="change num ${toneClass}" part="change" data-field="change"
          >${formatChange(change, locale, digits)}
          (${formatPercent(finiteNumber(quote?.ChangePc), locale)})</span
        >
      </div>
      <dl class="details" part="details">
        <div>
          <dt>${msg('Bid × Ask')}</dt>
          <dd class="num" data-field="bid-ask">
            ${formatPrice(finiteNumber(quote?.Bid), locale, digits)} ×
            ${formatPrice(finiteNumber(quote?.Ask), locale, digits)}
          </dd>
        </div>
        <div>
          <dt>${msg('Day range')}</dt>
          <dd class="num" data-field="range">
            ${formatPrice(low, locale, digits)} – ${formatPrice(high, locale, digits)}
          </dd>
        </div>
        <div>
          <dt>${msg('Volume')}</dt>
          <dd class="num" data-field="volume">${formatVolume(volume, locale)}</dd>
        </div>
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-quote': AutoSharesQuote;
  }
}

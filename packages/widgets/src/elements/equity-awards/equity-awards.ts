import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { isAutoSharesError } from '@autoshares/client';
import { ProviderElement } from '../../base/provider-element.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import { RowFocus } from '../../controllers/row-focus.ts';
import { button } from '../../components/button/button.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { cellId, headerId, rowLabelledBy } from '../../components/table/row-name.ts';
import { lastPrice } from '../../live/last-price.ts';
import { formatDate, formatMoney, formatNumber } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { plural } from '../../locale/plural.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import {
  dayTime,
  expiryStatus,
  isOption,
  upcomingTranches,
  vestedValue,
  type AwardGrant,
  type AwardGrants,
  type AwardVesting,
  type ExpiryStatus,
} from './awards.ts';
import { AWARD_COLUMN_DROPS, equityAwardsStyles } from './equity-awards.styles.ts';

/** The columns naming a grant row after its number. */
const ROW_FIGURES = ['vested', 'unvested', 'value'] as const;
/** How many upcoming tranches the timeline lists. */
const TIMELINE_LENGTH = 6;

/** A `YYYY-MM-DD` day (UTC) in the locale's medium date style. */
const formatDay = (day: string, locale: string | undefined) =>
  formatDate(dayTime(day), locale, 'UTC');

/** "100 shares" in the locale. */
const sharesText = (shares: number, locale: string | undefined) => {
  const count = formatNumber(shares, locale);
  return plural(shares, locale, {
    one: () => msg(str`${count} share`),
    other: () => msg(str`${count} shares`),
  });
};

/** The bridge says this person's awards are not available (the host maps them to nothing here). */
function isNotAvailable(error: unknown): boolean {
  return (
    isAutoSharesError(error) &&
    (error.details as { providerCode?: unknown }).providerCode === 'not_available'
  );
}

/**
 * The signed-in person's equity awards from Shareworks, through the host's bridge (declared
 * with `<as-provider name="shareworks">`): each grant with what has vested, what has not and
 * what was exercised, the next vest date and amount, the tranches to come, grants that expire
 * within 90 days or have expired, and, while AutoShares is signed in, what the vested awards are
 * worth at the live price of the company's stock. Behaviour: `docs/elements/equity-awards.md`.
 *
 * @summary Shareworks equity awards: grants, vesting timeline, value at the live price.
 * @tag as-equity-awards
 * @csspart summary - The next vest, the vested total and the total value.
 * @csspart next-vest - The next vest date and amount.
 * @csspart price-note - How values are computed, or why none are shown.
 * @csspart expiry-warning - The line counting grants that expire soon or have expired.
 * @csspart table - The grants table.
 * @csspart row - One grant.
 * @csspart cell - Every body cell.
 * @csspart expiry-badge - "Expires in N days" / "Expired" on a grant.
 * @csspart timeline - The list of upcoming tranches.
 * @csspart tranche - One upcoming tranche.
 * @csspart state - The loading / empty / error / signed-out block.
 * @cssprop --as-equity-awards-max-height - Scroll the grants beyond this height (default none).
 */
export class AutoSharesEquityAwards extends ProviderElement {
  static override styles = [...ProviderElement.styles, tableStyles, equityAwardsStyles];

  /** The name of the `<as-provider>` declaring the Shareworks bridge (default `shareworks`). */
  @property({ reflect: true }) provider = 'shareworks';

  /**
   * The AutoShares symbol of the company's stock, for the value at its live price (default:
   * the one the host's bridge names, if any).
   */
  @property({ reflect: true }) symbol: string | undefined;

  private readonly grants = new QueryController<AwardGrants>(
    this,
    (session) => session.providers[this.provider]?.query<AwardGrants>('me/grants') ?? null,
    { requiresSignIn: false },
  );

  private readonly vesting = new QueryController<AwardVesting>(
    this,
    (session) => session.providers[this.provider]?.query<AwardVesting>('me/vesting') ?? null,
    { requiresSignIn: false },
  );

  readonly #quotes = new QuoteController(this, (session) => {
    const symbol = this.effectiveSymbol;
    return symbol && session.authState === 'signed-in' ? [symbol] : [];
  });

  /** Keyboard in the rows, as in every table of the kit: one tab stop, arrows, Home/End. */
  protected readonly rowFocus = new RowFocus(this, { key: 'grant', activate: () => undefined });

  /** The symbol valued: the attribute's, else the bridge's. */
  get effectiveSymbol(): string | undefined {
    const symbol = this.symbol?.trim().toUpperCase() || this.grants.data?.symbol?.trim();
    return symbol || undefined;
  }

  /** The live price of the company's stock, when AutoShares is signed in and it has one. */
  get #price(): number | undefined {
    const symbol = this.effectiveSymbol;
    return symbol && this.signedIn ? lastPrice(this.#quotes.get(symbol)) : undefined;
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const sources = [this.grants, this.vesting];
    const data = this.grants.data;
    const state = this.renderState({
      sources,
      provider: this.provider,
      empty: data !== undefined && data.grants.length === 0,
      emptyMessage: msg('You have no equity awards.'),
      loadingLabel: msg('Loading equity awards'),
    });
    const failed = sources.find((s) => s.status === 'error' && !s.hasData);
    if (state && failed && isNotAvailable(failed.error)) return this.#renderNotAvailable();
    if (state) return state;
    const grants = data!;
    const vesting = this.vesting.data!;
    const price = this.#price;
    return html`${this.renderStale(this.#quotes.stale) ?? nothing}
    ${this.renderSummary(grants, vesting, price)} ${this.#renderPriceNote(price)}
    ${this.#renderExpiryWarning(grants)} ${this.#renderTable(grants, price)}
    ${this.#renderTimeline(vesting)}`;
  }

  /** The bridge answered that this person's awards are not available here. */
  #renderNotAvailable(): TemplateResult {
    const label = this.session?.providers[this.provider]?.label ?? 'Shareworks';
    return html`<div
      class="as-state"
      data-state="error"
      data-reason="not-available"
      part="state error"
    >
      <p role="alert">
        ${msg(
          str`${label} has no equity awards for you here. If you expected some, ask your plan administrator.`,
        )}
      </p>
    </div>`;
  }

  private renderSummary(
    grants: AwardGrants,
    vesting: AwardVesting,
    price: number | undefined,
  ): TemplateResult {
    const locale = this.effectiveLocale;
    const next = vesting.nextVest;
    const vested = grants.grants.reduce((sum, g) => sum + g.vestedShares, 0);
    const granted = grants.grants.reduce((sum, g) => sum + g.grantedShares, 0);
    const total =
      price === undefined
        ? undefined
        : grants.grants.reduce((sum, g) => sum + vestedValue(g, price), 0);
    return html`<dl class="summary" part="summary">
      <div class="figure next" part="next-vest" data-next-vest>
        <dt>${msg('Next vest')}</dt>
        <dd>
          ${
            next
              ? html`<span class="next-date" data-date=${next.date}
                    >${formatDay(next.date, locale)}</span
                  >
                  <span class="next-shares" data-shares=${next.shares}
                    >${sharesText(next.shares, locale)}</span
                  >`
              : msg('Nothing left to vest')
          }
        </dd>
      </div>
      <div class="figure">
        <dt>${msg('Vested')}</dt>
        <dd data-vested-total>
          ${msg(str`${formatNumber(vested, locale)} of ${formatNumber(granted, locale)} shares`)}
        </dd>
      </div>
      ${
        total === undefined
          ? nothing
          : html`<div class="figure">
              <dt>${msg('Vested value')}</dt>
              <dd data-value-total>${formatMoney(total, locale)}</dd>
            </div>`
      }
    </dl>`;
  }

  /** How the values are computed, or why there are none. */
  #renderPriceNote(price: number | undefined): TemplateResult | typeof nothing {
    const symbol = this.effectiveSymbol;
    if (!symbol) return nothing;
    const locale = this.effectiveLocale;
    if (this.session?.authState === 'signed-out')
      return html`<div class="note" part="price-note" data-note="signed-out">
        <p>
          ${msg(
            str`Values are not shown: sign in to AutoShares to see them at the live price of ${symbol}.`,
          )}
        </p>
        ${button({
          label: msg('Sign in to AutoShares'),
          part: 'button sign-in-button',
          onClick: () => this.session?.requestSignIn(),
        })}
      </div>`;
    if (price === undefined)
      return html`<p class="note" part="price-note" data-note="waiting">
        ${msg(str`Waiting for the price of ${symbol}…`)}
      </p>`;
    return html`<p class="note" part="price-note" data-note="valued">
      ${msg(
        str`Values at the last price of ${symbol}, ${formatMoney(price, locale)}: share awards at vested shares × price; options at their intrinsic value, (price − grant price) × vested shares not yet exercised.`,
      )}
    </p>`;
  }

  #renderExpiryWarning(grants: AwardGrants): TemplateResult | typeof nothing {
    const statuses = grants.grants.map((g) => expiryStatus(g, grants.asOf));
    const expiring = statuses.filter((s) => s?.kind === 'expiring').length;
    const expired = statuses.filter((s) => s?.kind === 'expired').length;
    if (!expiring && !expired) return nothing;
    const locale = this.effectiveLocale;
    const parts = [
      expiring
        ? plural(expiring, locale, {
            one: () => msg(str`${expiring} grant expires within 90 days.`),
            other: () => msg(str`${expiring} grants expire within 90 days.`),
          })
        : '',
      expired
        ? plural(expired, locale, {
            one: () => msg(str`${expired} grant has expired.`),
            other: () => msg(str`${expired} grants have expired.`),
          })
        : '',
    ];
    return html`<p class="expiry-warning" part="expiry-warning" data-expiring=${expiring}>
      ${parts.filter(Boolean).join(' ')}
    </p>`;
  }

  #renderTable(grants: AwardGrants, price: number | undefined): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<div
      class="table-wrap"
      ${fitColumns(AWARD_COLUMN_DROPS)}
      ${scrollHint()}
      aria-busy=${this.grants.fetching ? 'true' : 'false'}
    >
      <table class="as-table" part="table">
        <caption class="as-visually-hidden">
          ${msg(str`Equity awards at ${grants.companyName}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="col-grant">${msg('Grant')}</th>
            <th scope="col" class="col-type">${msg('Type')}</th>
            <th scope="col" class="col-grant-date">${msg('Granted on')}</th>
            <th scope="col" class="num col-granted">${msg('Granted')}</th>
            <th scope="col" id=${headerId('vested')} class="num col-vested">${msg('Vested')}</th>
            <th scope="col" id=${headerId('unvested')} class="num col-unvested">
              ${msg('Unvested')}
            </th>
            <th scope="col" class="num col-exercised">${msg('Exercised')}</th>
            <th scope="col" class="col-next">${msg('Next vest')}</th>
            <th scope="col" class="col-expiry">${msg('Expires')}</th>
            ${
              price === undefined
                ? nothing
                : html`<th scope="col" id=${headerId('value')} class="col-value">
                    ${msg('Vested value')}
                  </th>`
            }
          </tr>
        </thead>
        <tbody>
          ${repeat(
            grants.grants,
            (g) => g.grantId,
            (g) => this.renderRow(g, expiryStatus(g, grants.asOf), price, locale),
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** One grant, named for assistive tech by its number, vested, unvested and value. */
  private renderRow(
    g: AwardGrant,
    expiry: ExpiryStatus,
    price: number | undefined,
    locale: string | undefined,
  ): TemplateResult {
    const key = String(g.grantId);
    const figures = price === undefined ? ROW_FIGURES.slice(0, 2) : ROW_FIGURES;
    const option = isOption(g);
    return html`<tr
      part="row"
      data-grant=${key}
      data-expiry=${expiry?.kind ?? 'none'}
      aria-labelledby=${rowLabelledBy(key, 'grant', figures)}
    >
      <th scope="row" part="cell" class="col-grant" id=${cellId(key, 'grant')}>
        <span class="grant-number">${g.grantNumber}</span>
        <span class="grant-name">${g.grantName}</span>
        <span class="type-inline">${g.awardTypeName}</span>
        ${this.#renderExpiryBadge(expiry)}
      </th>
      <td part="cell" class="col-type">
        ${g.awardTypeName}${
          option
            ? html`<span class="grant-price"
                >${msg(str`at ${formatMoney(g.grantPrice, locale, g.grantCurrency)}`)}</span
              >`
            : nothing
        }
      </td>
      <td part="cell" class="col-grant-date">${formatDay(g.grantDate, locale)}</td>
      <td part="cell" class="num col-granted" data-granted>
        ${formatNumber(g.grantedShares, locale)}
      </td>
      <td part="cell" class="num col-vested" id=${cellId(key, 'vested')} data-vested>
        ${formatNumber(g.vestedShares, locale)}
      </td>
      <td part="cell" class="num col-unvested" id=${cellId(key, 'unvested')} data-unvested>
        ${formatNumber(g.unvestedShares, locale)}
      </td>
      <td part="cell" class="num col-exercised" data-exercised>
        ${formatNumber(g.exercisedShares, locale)}
      </td>
      <td part="cell" class="col-next" data-next>
        ${
          g.nextVest
            ? html`${formatDay(g.nextVest.date, locale)}
                <span class="next-amount">${sharesText(g.nextVest.shares, locale)}</span>`
            : msg('Fully vested')
        }
      </td>
      <td part="cell" class="col-expiry">${formatDay(g.expiryDate, locale)}</td>
      ${
        price === undefined
          ? nothing
          : html`<td part="cell" class="col-value" id=${cellId(key, 'value')} data-value>
              <span class="num">${formatMoney(vestedValue(g, price), locale)}</span>
              <span class="value-kind">${option ? msg('intrinsic') : msg('vested × price')}</span>
            </td>`
      }
    </tr>`;
  }

  #renderExpiryBadge(expiry: ExpiryStatus): TemplateResult | typeof nothing {
    if (!expiry) return nothing;
    const expired = expiry.kind === 'expired';
    const text = expired
      ? msg('Expired')
      : expiry.days === 0
        ? msg('Expires today')
        : expiry.days === 1
          ? msg('Expires tomorrow')
          : msg(str`Expires in ${expiry.days} days`);
    return html`<span
      class="as-badge expiry-badge"
      part="expiry-badge"
      data-tone=${expired ? 'danger' : 'warning'}
      >${text}</span
    >`;
  }

  /** The tranches still to vest, soonest first, each with a bar for its size. */
  #renderTimeline(vesting: AwardVesting): TemplateResult | typeof nothing {
    const upcoming = upcomingTranches(vesting, TIMELINE_LENGTH);
    if (upcoming.length === 0) return nothing;
    const locale = this.effectiveLocale;
    const largest = Math.max(...upcoming.map((t) => t.shares), 1);
    return html`<div class="timeline" part="timeline">
      <p class="timeline-title" id="as-equity-awards-timeline">${msg('Upcoming vesting')}</p>
      <ol aria-labelledby="as-equity-awards-timeline">
        ${upcoming.map(
          (t) =>
            html`<li part="tranche" data-date=${t.date} data-grant=${t.grantId}>
              <span class="t-date">${formatDay(t.date, locale)}</span>
              <span class="t-grant">${t.grantNumber} · ${t.awardTypeName}</span>
              <span class="t-shares">${sharesText(t.shares, locale)}</span>
              <span class="t-bar" aria-hidden="true"
                ><span style=${styleMap({ inlineSize: `${(100 * t.shares) / largest}%` })}></span
              ></span>
            </li>`,
        )}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-equity-awards': AutoSharesEquityAwards;
  }
}

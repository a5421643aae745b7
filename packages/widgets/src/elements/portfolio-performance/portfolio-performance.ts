import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ProviderElement } from '../../base/provider-element.ts';
import { button } from '../../components/button/button.ts';
import { chartPanelStyles } from '../../components/chart/chart-panel-styles.ts';
import { renderChartPlot } from '../../components/chart/chart-plot.ts';
import { paletteStyles, renderPalette } from '../../components/chart/theme-colors.ts';
import { fitColumns } from '../../components/table/fit-columns.ts';
import { scrollHint } from '../../components/table/scroll-hint.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import {
  direction,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import type { Session } from '../../session/session.ts';
import { inputStyles } from '../../theme/input-styles.ts';
import { tableStyles } from '../../theme/table-styles.ts';
import { IndexChartPlot, type IndexPoint } from './index-chart-plot.ts';
import {
  grouping,
  GROUPINGS,
  type GainFigures,
  type Grouping,
  type IndexChartAnswer,
  type PayoutsAnswer,
  type PerformanceAnswer,
  type PortfolioList,
  type PortfolioSummary,
} from './performance-data.ts';
import {
  PERFORMANCE_PERIODS,
  performancePeriod,
  periodDates,
  type PerformancePeriod,
} from './performance-periods.ts';
import {
  HOLDING_COLUMN_DROPS,
  portfolioPerformanceStyles,
} from './portfolio-performance.styles.ts';

/** A calendar day `YYYY-MM-DD` as the epoch ms of its UTC midnight, for `formatDate(…, 'UTC')`. */
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * A person's Sharesight portfolio performance, read through the host's Sharesight bridge
 * (`<as-provider name="sharesight">` in the session): the value and the gain split into capital
 * gain, dividends and currency gain for a period (1 month, 3 months, 1 year or since
 * inception), per holding grouped by market, currency, country, industry or sector, the
 * performance index over the period (lightweight-charts, loaded on first use, with a text
 * summary) and the dividends paid. Every figure is Sharesight's. Until the person has connected
 * Sharesight it offers "Connect Sharesight" (the provider's `sign-in-url`, in a popup).
 * Behaviour: `docs/elements/portfolio-performance.md`.
 *
 * @summary Sharesight portfolio performance: gains, holdings, index chart, dividends.
 * @tag as-portfolio-performance
 * @csspart toolbar - Title, portfolio picker and period buttons.
 * @csspart portfolio-select - The portfolio picker (when the person has more than one).
 * @csspart period-button - Each period button.
 * @csspart figures - The value and gains of the portfolio for the period.
 * @csspart grouping-select - The holdings' grouping picker.
 * @csspart table - The holdings table.
 * @csspart plot - The performance index chart's drawing area.
 * @csspart summary - The visually hidden text summary of the chart.
 * @csspart attribution - The TradingView attribution link.
 * @csspart payouts - The dividends list.
 * @csspart state - The loading / empty / error / not connected block.
 * @csspart stale - The "Could not refresh" badge over older data.
 * @cssprop --as-portfolio-performance-chart-height - Height of the chart (default 200px).
 */
export class AutoSharesPortfolioPerformance extends ProviderElement {
  static override styles = [
    ...ProviderElement.styles,
    tableStyles,
    inputStyles,
    paletteStyles,
    chartPanelStyles,
    portfolioPerformanceStyles,
  ];

  /** The `<as-provider>` whose bridge answers (default `sharesight`). */
  @property({ reflect: true }) provider = 'sharesight';

  /** The portfolio shown (Sharesight's id); default: the person's first. The user can switch it. */
  @property({ attribute: 'portfolio-id', type: Number }) portfolioId: number | undefined;

  /** The period: `1M`, `3M`, `1Y` (default) or `All` (since inception); the user can switch it. */
  @property({ reflect: true }) period = '1Y';

  /**
   * How the holdings are grouped: `market` (default), `currency`, `country`,
   * `industry_classification`, `sector_classification` or `ungrouped`; the user can switch it.
   */
  @property({ reflect: true }) grouping = 'market';

  private readonly list = new QueryController<PortfolioList>(
    this,
    (session) => session.providers[this.provider]?.query<PortfolioList>('portfolios') ?? null,
    { requiresSignIn: false },
  );

  private readonly performance = new QueryController<PerformanceAnswer>(
    this,
    (session) =>
      this.#report<PerformanceAnswer>(session, 'performance', { grouping: this.#currentGrouping }),
    { requiresSignIn: false, keepPreviousWithin: () => this.#shownPortfolio?.id },
  );

  private readonly indexChart = new QueryController<IndexChartAnswer>(
    this,
    (session) => this.#report<IndexChartAnswer>(session, 'index-chart'),
    { requiresSignIn: false, keepPreviousWithin: () => this.#shownPortfolio?.id },
  );

  private readonly payouts = new QueryController<PayoutsAnswer>(
    this,
    (session) => this.#report<PayoutsAnswer>(session, 'payouts'),
    { requiresSignIn: false, keepPreviousWithin: () => this.#shownPortfolio?.id },
  );

  readonly #plot = new IndexChartPlot(this);
  #points: IndexPoint[] = [];
  #appliedChart: IndexChartAnswer | undefined;

  get #currentPeriod(): PerformancePeriod {
    return performancePeriod(this.period);
  }

  get #currentGrouping(): Grouping {
    return grouping(this.grouping);
  }

  /** The portfolio shown: `portfolio-id` (if among the person's), else the first. */
  get #shownPortfolio(): PortfolioSummary | undefined {
    const all = this.list.data?.portfolios ?? [];
    if (this.portfolioId == null || Number.isNaN(this.portfolioId)) return all[0];
    return (
      all.find((p) => p.id === this.portfolioId) ?? ({ id: this.portfolioId } as PortfolioSummary)
    );
  }

  /** The query of one report of the shown portfolio for the period, or null before it is known. */
  #report<T>(session: Session, name: string, extra: Record<string, string> = {}) {
    const portfolio = this.#shownPortfolio;
    const source = session.providers[this.provider];
    if (!portfolio || !source) return null;
    const dates = periodDates(this.#currentPeriod, portfolio.inception_date);
    return source.query<T>(`portfolios/${portfolio.id}/${name}`, { ...dates, ...extra });
  }

  protected override update(changed: PropertyValues<this>): void {
    const chart = this.indexChart.data;
    if (chart !== this.#appliedChart) {
      this.#appliedChart = chart;
      this.#points = indexPoints(chart);
      this.#plot.show(this.#points);
    }
    super.update(changed);
  }

  // ---- interaction ------------------------------------------------------------------------

  #pickPeriod(period: PerformancePeriod): void {
    if (period.id !== this.#currentPeriod.id) this.period = period.id;
  }

  #pickGrouping(event: Event): void {
    this.grouping = (event.target as HTMLSelectElement).value;
  }

  #pickPortfolio(event: Event): void {
    this.portfolioId = Number((event.target as HTMLSelectElement).value);
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const portfolios = this.list.data?.portfolios;
    const portfolio = this.#shownPortfolio;
    const holdings = this.performance.data?.report.holdings;
    const state = this.renderState({
      provider: this.provider,
      sources: portfolio
        ? [this.list, this.performance, this.indexChart, this.payouts]
        : [this.list],
      empty: portfolios?.length === 0 || holdings?.length === 0,
      emptyMessage:
        portfolios?.length === 0
          ? msg('No Sharesight portfolio yet.')
          : msg('No holdings in this portfolio.'),
      loadingLabel: msg('Loading portfolio performance'),
    });
    const palette = renderPalette(() => this.#plot.applyTheme());
    return html`${this.#renderToolbar(portfolios ?? [])}${state ?? this.#renderContent()}${palette}`;
  }

  #renderToolbar(portfolios: readonly PortfolioSummary[]): TemplateResult {
    const current = this.#currentPeriod;
    const locale = this.effectiveLocale;
    const shown = this.#shownPortfolio;
    return html`<div class="toolbar" part="toolbar">
      <h2>${msg('Portfolio performance')}</h2>
      ${
        portfolios.length > 1
          ? html`<label class="portfolio-pick">
              <span class="as-label">${msg('Portfolio')}</span>
              <select class="as-select" part="portfolio-select" @change=${this.#pickPortfolio}>
                ${portfolios.map(
                  (p) =>
                    html`<option value=${p.id} ?selected=${p.id === shown?.id}>${p.name}</option>`,
                )}
              </select>
            </label>`
          : nothing
      }
      <div class="periods" role="group" aria-label=${msg('Report period')}>
        ${PERFORMANCE_PERIODS.map((p) => {
          const text = p.id === 'ALL' ? msg('All') : p.id;
          return button({
            label: text,
            part: 'period-button',
            pressed: p.id === current.id,
            ariaLabel: `${text}, ${p.label(locale)}`,
            title: p.label(locale),
            data: { period: p.id },
            onClick: () => this.#pickPeriod(p),
          });
        })}
      </div>
    </div>`;
  }

  #renderContent(): TemplateResult {
    const answer = this.performance.data!;
    const report = answer.report;
    const busy = this.performance.fetching || this.performance.status === 'loading';
    const locale = this.effectiveLocale;
    const name = this.#shownPortfolio?.name ?? '';
    const from = formatDate(dayMs(report.start_date), locale, 'UTC');
    const to = formatDate(dayMs(report.end_date), locale, 'UTC');
    return html`${this.renderStale(false) ?? nothing}
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>
        <p class="period-line" data-period-dates=${`${report.start_date} ${report.end_date}`}>
          ${name ? html`<span class="portfolio-name name">${name}</span> · ` : nothing}${msg(
            str`${from} to ${to}`,
          )}
        </p>
        ${this.#renderFigures(report, report.currency.code)}
        ${this.#renderHoldings(report, report.currency.code)} ${this.#renderChart()}
        ${this.#renderPayouts()}
      </div>`;
  }

  #renderFigures(figures: GainFigures, currency: string): TemplateResult {
    const locale = this.effectiveLocale;
    const row = (key: string, label: string, amount: number, percent?: number) =>
      html`<div class="figure" data-figure=${key}>
        <dt>${label}</dt>
        <dd>
          <span class="amount num ${percent === undefined ? '' : direction(amount)}" data-amount
            >${formatMoney(amount, locale, currency)}</span
          >
          ${
            percent === undefined
              ? nothing
              : html`<span class="percent num ${direction(percent)}" data-percent
                  >${formatPercent(percent, locale)}</span
                >`
          }
        </dd>
      </div>`;
    return html`<dl class="figures" part="figures" aria-label=${msg('Value and gains')}>
      ${row('value', msg('Value'), figures.value)}
      ${row('capital', msg('Capital gain'), figures.capital_gain, figures.capital_gain_percent)}
      ${row('payout', msg('Dividends'), figures.payout_gain, figures.payout_gain_percent)}
      ${row('currency', msg('Currency gain'), figures.currency_gain, figures.currency_gain_percent)}
      ${row('total', msg('Total return'), figures.total_gain, figures.total_gain_percent)}
    </dl>`;
  }

  #groupingLabel(value: Grouping): string {
    switch (value) {
      case 'market':
        return msg('Market');
      case 'currency':
        return msg('Currency');
      case 'country':
        return msg('Country');
      case 'industry_classification':
        return msg('Industry');
      case 'sector_classification':
        return msg('Sector');
      case 'ungrouped':
        return msg('No grouping');
    }
  }

  #renderHoldings(report: PerformanceAnswer['report'], currency: string): TemplateResult {
    const locale = this.effectiveLocale;
    const current = this.#currentGrouping;
    const grouped = current !== 'ungrouped' && report.sub_totals.length > 0;
    const cells = (f: GainFigures) => html`
      <td class="num col-value" data-col="value">${formatMoney(f.value, locale, currency)}</td>
      ${gainCell('capital', f.capital_gain, f.capital_gain_percent, locale, currency)}
      ${gainCell('payout', f.payout_gain, f.payout_gain_percent, locale, currency)}
      ${gainCell('currency', f.currency_gain, f.currency_gain_percent, locale, currency)}
      ${gainCell('total', f.total_gain, f.total_gain_percent, locale, currency)}
    `;
    const holdingRows = (group: number | null | undefined) =>
      repeat(
        report.holdings.filter((h) => group === undefined || h.group_id === group),
        (h) => h.id,
        (h) =>
          html`<tr data-holding=${h.instrument.code}>
            <th scope="row" class="col-holding">
              <span class="code">${h.instrument.code}</span>
              <span class="name">${h.instrument.name}</span>
              <span class="quantity">${msg(str`${formatNumber(h.quantity, locale)} shares`)}</span>
            </th>
            ${cells(h)}
          </tr>`,
      );
    return html`<section class="holdings">
      <div class="section-head">
        <h3 id="holdings-title">${msg('Holdings')}</h3>
        <label class="grouping-pick">
          <span class="as-label">${msg('Group by')}</span>
          <select class="as-select" part="grouping-select" @change=${this.#pickGrouping}>
            ${GROUPINGS.map(
              (g) =>
                html`<option value=${g} ?selected=${g === current}>
                  ${this.#groupingLabel(g)}
                </option>`,
            )}
          </select>
        </label>
      </div>
      <div
        class="table-wrap"
        tabindex="0"
        role="region"
        aria-labelledby="holdings-title"
        ${fitColumns(HOLDING_COLUMN_DROPS)}
        ${scrollHint()}
      >
        <table class="as-table" part="table" data-grouping=${report.grouping}>
          <caption class="as-visually-hidden">
            ${msg('Holdings')}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="col-holding">${msg('Holding')}</th>
              <th scope="col" class="num col-value">${msg('Value')}</th>
              <th scope="col" class="num col-capital">${msg('Capital gain')}</th>
              <th scope="col" class="num col-payout">${msg('Dividends')}</th>
              <th scope="col" class="num col-currency">${msg('Currency gain')}</th>
              <th scope="col" class="num col-total">${msg('Total return')}</th>
            </tr>
          </thead>
          ${
            grouped
              ? report.sub_totals.map(
                  (group) =>
                    html`<tbody data-group=${group.group_name ?? ''}>
                      <tr class="group">
                        <th scope="rowgroup" class="col-holding">
                          <span class="group-name name">${group.group_name ?? msg('Other')}</span>
                        </th>
                        ${cells(group)}
                      </tr>
                      ${holdingRows(group.group_id)}
                    </tbody>`,
                )
              : html`<tbody>
                  ${holdingRows(undefined)}
                </tbody>`
          }
          <tfoot>
            <tr class="total" data-total>
              <th scope="row" class="col-holding">${msg('Total')}</th>
              ${cells(report)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }

  #renderChart(): TemplateResult {
    const busy = this.indexChart.fetching || this.indexChart.status === 'loading';
    return html`<section class="chart">
      <h3 id="chart-title">${msg('Performance index')}</h3>
      ${renderChartPlot(busy, this.#chartSummary())}
    </section>`;
  }

  /** "Performance index, 1 year: 10,000 on Dec 7, 2025 to 11,234 on Dec 7, 2026." */
  #chartSummary(): string {
    const locale = this.effectiveLocale;
    const period = this.#currentPeriod.label(locale);
    const first = this.#points[0];
    const last = this.#points.at(-1);
    if (!first || !last) return msg(str`Performance index, ${period}: no data.`);
    const start = formatNumber(first.value, locale, 0);
    const end = formatNumber(last.value, locale, 0);
    const from = formatDate(dayMs(first.day), locale, 'UTC');
    const to = formatDate(dayMs(last.day), locale, 'UTC');
    return msg(str`Performance index, ${period}: ${start} on ${from} to ${end} on ${to}.`);
  }

  #renderPayouts(): TemplateResult {
    const locale = this.effectiveLocale;
    const payouts = [...(this.payouts.data?.payouts ?? [])].sort((a, b) =>
      b.paid_on.localeCompare(a.paid_on),
    );
    return html`<section class="payouts" part="payouts">
      <h3 id="payouts-title">${msg('Dividends paid')}</h3>
      ${
        payouts.length === 0
          ? html`<p class="none" data-no-payouts>${msg('No dividends in this period.')}</p>`
          : html`<ul>
              ${repeat(
                payouts,
                (p) => p.id,
                (p) =>
                  html`<li data-payout=${p.id}>
                    <span class="date">${formatDate(dayMs(p.paid_on), locale, 'UTC')}</span>
                    <span class="code">${p.symbol}</span>
                    <span class="num" data-amount
                      >${formatMoney(p.amount, locale, p.currency)}</span
                    >
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }
}

/** A gain cell: the amount and, under it, its percentage. */
function gainCell(
  column: string,
  amount: number,
  percent: number,
  locale: string | undefined,
  currency: string,
): TemplateResult {
  return html`<td class="gain col-${column}" data-col=${column}>
    <span class="amount num ${direction(amount)}">${formatMoney(amount, locale, currency)}</span>
    <span class="percent num ${direction(percent)}">${formatPercent(percent, locale)}</span>
  </td>`;
}

/** The portfolio's own line of the index chart (10,000 at the start). */
function indexPoints(answer: IndexChartAnswer | undefined): IndexPoint[] {
  const chart = answer?.performance_index_chart;
  if (!chart) return [];
  const line = chart.lines.find((l) => l.line_type === 'PORTFOLIO') ?? chart.lines[0];
  if (!line) return [];
  return chart.dates
    .map((day, i) => ({ day, value: Number(line.values[i]) }))
    .filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.day) && Number.isFinite(p.value));
}

declare global {
  interface HTMLElementTagNameMap {
    'as-portfolio-performance': AutoSharesPortfolioPerformance;
  }
}

import type { AccountValueItem, TransactionMapModel } from '@autoshares/client';
import { accountHistoryQuery, depositsQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  IChartApi,
  ISeriesApi,
  ISeriesMarkersPluginApi,
  MouseEventParams,
  Time,
  UTCTimestamp,
} from 'lightweight-charts';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement, type StateSource } from '../../base/base-element.ts';
import { button } from '../../components/button/button.ts';
import { loadChartLibrary, type ChartLibrary } from '../../components/chart/load-library.ts';
import {
  paletteStyles,
  readColors,
  renderPalette,
  withAlpha,
  type ChartColors,
  themedChartOptions,
} from '../../components/chart/theme-colors.ts';
import { tickMarkFormatter } from '../../components/chart/time-axis.ts';
import { AccountResolver } from '../../controllers/account-resolver.ts';
import { LiveCashController } from '../../controllers/live-cash-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { formatChange, formatDate, formatMoney, formatPercent } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { accountValueStyles } from './account-value.styles.ts';
import { chartPanelStyles } from '../../components/chart/chart-panel-styles.ts';
import { renderChartPlot } from '../../components/chart/chart-plot.ts';
import {
  depositMarks,
  periodWindow,
  toPoints,
  valuePeriod,
  VALUE_PERIODS,
  type DepositMark,
  type ValuePeriod,
  type ValuePoint,
} from './value-periods.ts';

const NEW_YORK = 'America/New_York';
const toTime = (ms: number) => Math.floor(ms / 1000) as UTCTimestamp;

/**
 * The account's value over time (`/accounts/{id}/history`) for 1 month, 3 months, 1 year or
 * since the account opened, with its deposits marked, drawn with lightweight-charts (loaded on
 * first use). Follows its container's size and the theme; a visually hidden summary tells the
 * series in words. Behaviour: `docs/elements/account-value.md`.
 *
 * @summary Account value chart with deposits marked.
 * @tag as-account-value
 * @csspart toolbar - Title and period buttons.
 * @csspart period-button - Each period button.
 * @csspart legend - Date and value under the pointer (else the last), and the deposits.
 * @csspart plot - The drawing area.
 * @csspart summary - The visually hidden text summary.
 * @csspart attribution - The TradingView attribution link.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Could not refresh" badge over older data.
 * @cssprop --as-account-value-height - Height of the drawing area (default 280px).
 * @cssprop --as-accent - The line and area; `--as-up` the deposit markers.
 */
export class AutoSharesAccountValue extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    paletteStyles,
    chartPanelStyles,
    accountValueStyles,
  ];

  /** The period shown: `1M`, `3M`, `1Y` (default) or `All`; the user can switch it. */
  @property({ reflect: true }) period = '1Y';

  /** The point under the pointer (epoch ms), shown in the legend. */
  @state() private hoverTime: number | undefined;

  private readonly account = new AccountResolver(this);

  private readonly history = new QueryController<AccountValueItem[]>(
    this,
    (session) => {
      const accountId = this.account.accountId(session);
      if (accountId == null) return null;
      const { from, to } = this.#window;
      return accountHistoryQuery(session.client, accountId, from, to);
    },
    { keepPreviousWithin: () => this.account.accountId(this.session) },
  );

  readonly #deposits = new QueryController<TransactionMapModel[]>(this, (session) => {
    const accountId = this.account.accountId(session);
    if (accountId == null) return null;
    const { from, to } = this.#window;
    return depositsQuery(session.client, accountId, from, to);
  });

  /** The live balance: a change of cash (a deposit settled, a fill) refetches the series. */
  private readonly cash = new LiveCashController(
    this,
    (session) => this.account.accountId(session),
    () => {
      this.history.refresh();
      this.#deposits.refresh();
    },
  );

  #points: ValuePoint[] = [];
  #marks: DepositMark[] = [];
  #appliedHistory: AccountValueItem[] | undefined;
  #appliedDeposits: TransactionMapModel[] | undefined;
  #shownPeriod: ValuePeriod | undefined;
  #dataDirty = false;

  private lib: ChartLibrary | undefined;
  private chart: IChartApi | undefined;
  private series: ISeriesApi<'Area'> | undefined;
  private markers: ISeriesMarkersPluginApi<Time> | undefined;
  private plot: HTMLElement | undefined;
  #creating = 0;
  #appliedLocale: string | undefined;
  #fitted: string | undefined;
  #fitPending = false;
  #plotSize: ResizeObserver | undefined;
  #colors: ChartColors | undefined;
  #colorScheme: MediaQueryList | undefined;
  readonly #onSchemeChange = () => this.#applyTheme();

  get #currentPeriod(): ValuePeriod {
    return valuePeriod(this.period);
  }

  /** The days asked for: the same all day long, so the query's key does not change. */
  get #window() {
    return periodWindow(this.#currentPeriod);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this.#colorScheme = matchMedia('(prefers-color-scheme: dark)');
      this.#colorScheme.addEventListener('change', this.#onSchemeChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#colorScheme?.removeEventListener('change', this.#onSchemeChange);
    this.#colorScheme = undefined;
    this.#destroyChart();
  }

  protected override sessionChanged(previous: Session | undefined): void {
    if (previous?.client !== this.session?.client) {
      this.#points = [];
      this.#marks = [];
      this.#appliedHistory = this.#appliedDeposits = undefined;
      this.cash.forget();
      this.hoverTime = undefined;
    }
    void this.updateComplete.then(() => this.#applyTheme());
  }

  /** Derives the series and marks after the controllers synced (see `<as-chart>`). */
  protected override update(changed: PropertyValues<this>): void {
    const history = this.history.data;
    const deposits = this.#deposits.data;
    if (history !== this.#appliedHistory || deposits !== this.#appliedDeposits) {
      if (history !== this.#appliedHistory) this.#shownPeriod = this.#currentPeriod;
      this.#appliedHistory = history;
      this.#appliedDeposits = deposits;
      this.#points = toPoints(history);
      this.#marks = depositMarks(this.#points, deposits);
      this.hoverTime = undefined;
      this.#dataDirty = true;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined;
    if (plot !== this.plot) {
      this.#destroyChart();
      this.plot = plot;
      if (plot) void this.#createChart(plot);
      return;
    }
    if (!this.chart) return;
    if (this.#dataDirty) this.#pushData();
    if (this.effectiveLocale !== this.#appliedLocale) this.#applyLocale();
  }

  // ---- the chart library ------------------------------------------------------------------

  async #createChart(plot: HTMLElement): Promise<void> {
    const attempt = ++this.#creating;
    let lib: ChartLibrary;
    try {
      lib = await loadChartLibrary();
    } catch {
      return; // offline or blocked: the summary and legend still tell the story
    }
    if (attempt !== this.#creating || plot !== this.plot || !plot.isConnected) return;
    this.lib = lib;
    const chart = lib.createChart(plot, {
      autoSize: true,
      layout: { attributionLogo: false, fontFamily: getComputedStyle(this).fontFamily },
      rightPriceScale: { scaleMargins: { top: 0.1, bottom: 0.1 } },
      timeScale: { lockVisibleTimeRangeOnResize: true },
      handleScroll: false,
      handleScale: false,
    });
    this.chart = chart;
    this.series = chart.addSeries(lib.AreaSeries, { lineWidth: 2, priceLineVisible: false });
    this.markers = lib.createSeriesMarkers(this.series, []);
    chart.subscribeCrosshairMove((param: MouseEventParams<Time>) => {
      this.hoverTime = typeof param.time === 'number' ? param.time * 1000 : undefined;
    });
    this.#plotSize = new ResizeObserver(() => this.#fitIfPending());
    this.#plotSize.observe(plot);
    plot.dataset.ready = 'true';
    this.#applyTheme();
    this.#applyLocale();
    this.#pushData();
  }

  #destroyChart(): void {
    this.#creating++;
    this.#plotSize?.disconnect();
    this.#plotSize = undefined;
    this.#fitPending = false;
    this.markers?.detach();
    this.chart?.remove();
    this.chart = this.series = this.markers = undefined;
    this.plot = undefined;
    this.#fitted = undefined;
  }

  #applyLocale(): void {
    const locale = this.effectiveLocale;
    this.#appliedLocale = locale;
    this.chart?.applyOptions({
      localization: {
        locale: locale ?? navigator.language,
        priceFormatter: (value: number) => formatMoney(value, locale),
        timeFormatter: (time: Time) =>
          typeof time === 'number' ? formatDate(time * 1000, locale, NEW_YORK) : String(time),
      },
      timeScale: { tickMarkFormatter: tickMarkFormatter(locale) },
    });
  }

  /** Replaces the series and its deposit markers. */
  #pushData(): void {
    const { series, markers } = this;
    if (!series || !markers) return;
    this.#dataDirty = false;
    series.setData(this.#points.map((p) => ({ time: toTime(p.time), value: p.value })));
    if (this.plot) this.plot.dataset.points = String(series.data().length);
    this.#pushMarkers();
    const shown = `${this.#shownPeriod?.id}|${this.#points[0]?.time}`;
    if (shown !== this.#fitted) {
      this.#fitted = shown;
      this.#fitPending = true;
      this.#fitIfPending();
    }
  }

  #pushMarkers(): void {
    const { markers, plot } = this;
    if (!markers) return;
    const color = this.#colors?.up ?? '#2e7d32';
    markers.setMarkers(
      this.#marks.map((m) => ({
        time: toTime(m.time),
        position: 'belowBar' as const,
        shape: 'arrowUp' as const,
        color,
        id: `deposit-${m.time}`,
      })),
    );
    // what the chart now draws, read back from it (for tests and debugging)
    if (plot)
      plot.dataset.markers = markers
        .markers()
        .map((m) => String(m.time))
        .join(' ');
  }

  #fitIfPending(): void {
    if (!this.#fitPending || !this.chart || !this.plot?.clientWidth) return;
    this.#fitPending = false;
    this.chart.timeScale().fitContent();
  }

  /** Reads the `--as-*` colours and applies them (also on every theme change). */
  #applyTheme(): void {
    const colors = readColors(this.renderRoot);
    if (!colors) return;
    this.#colors = colors;
    const { chart, lib, series } = this;
    if (!chart || !lib || !series) return;
    chart.applyOptions(themedChartOptions(lib, colors));
    series.applyOptions({
      lineColor: colors.accent,
      topColor: withAlpha(colors.accent, 0.35),
      bottomColor: withAlpha(colors.accent, 0.02),
    });
    this.#pushMarkers();
    const background = chart.options().layout.background;
    if (this.plot) {
      this.plot.dataset.background = 'color' in background ? background.color : '';
      this.plot.dataset.lineColor = series.options().lineColor;
    }
  }

  // ---- interaction and rendering ----------------------------------------------------------

  #pickPeriod(period: ValuePeriod): void {
    if (period.id !== this.#currentPeriod.id) this.period = period.id;
  }

  /** The point the legend describes: the hovered one, else the last. */
  #legendPoint(): ValuePoint | undefined {
    if (this.hoverTime !== undefined) {
      const hovered = this.#points.find((p) => toTime(p.time) * 1000 === this.hoverTime);
      if (hovered) return hovered;
    }
    return this.#points.at(-1);
  }

  /** "Account value, 1 year: from $… to $…, change ▲ +$… (+…%). Deposits: $… on …." */
  #summary(): string {
    const locale = this.effectiveLocale;
    const period = (this.#shownPeriod ?? this.#currentPeriod).label(locale);
    const first = this.#points[0];
    const last = this.#points.at(-1);
    if (!first || !last) return msg(str`Account value, ${period}: no data.`);
    const change = last.value - first.value;
    const percent = first.value ? (change / first.value) * 100 : undefined;
    const start = formatMoney(first.value, locale);
    const end = formatMoney(last.value, locale);
    const moved = formatChange(change, locale);
    const pct = formatPercent(percent, locale);
    const text = msg(
      str`Account value, ${period}: from ${start} to ${end}, change ${moved} (${pct}).`,
    );
    if (this.#marks.length === 0) return `${text} ${msg('No deposits in this period.')}`;
    const list = this.#marks
      .flatMap((m) => m.dates)
      .map((d) => formatDate(d, locale, NEW_YORK))
      .join(', ');
    const total = formatMoney(
      this.#marks.reduce((sum, m) => sum + m.amount, 0),
      locale,
    );
    return `${text} ${msg(str`Deposits: ${total} on ${list}.`)}`;
  }

  protected override render(): TemplateResult {
    const accountId = this.account.accountId(this.session);
    const source: StateSource & { refresh(): void } = {
      status: this.history.status,
      error: this.history.error,
      hasData: this.history.data !== undefined,
      fetching: this.history.fetching,
      retryAt: this.history.retryAt,
      rateLimitedUntil: this.history.rateLimitedUntil,
      refresh: () => this.history.refresh(),
    };
    const state = this.renderState({
      sources: [...this.account.sources, ...(accountId != null ? [source] : [])],
      empty:
        (this.signedIn && accountId == null && this.account.sources.length === 0) ||
        (this.history.data !== undefined && this.#points.length === 0),
      emptyMessage:
        accountId == null
          ? msg('No account to show the value of.')
          : msg('No account value for this period.'),
      loadingLabel: msg('Loading account value'),
    });
    const palette = renderPalette(() => this.#applyTheme());
    return html`${this.#renderToolbar()}${state ?? this.#renderChart()}${palette}`;
  }

  #renderToolbar(): TemplateResult {
    const current = this.#currentPeriod;
    const locale = this.effectiveLocale;
    return html`<div class="toolbar" part="toolbar">
      <h2>${msg('Account value')}</h2>
      <div class="periods" role="group" aria-label=${msg('Account value period')}>
        ${VALUE_PERIODS.map((p) => {
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

  #renderChart(): TemplateResult {
    const locale = this.effectiveLocale;
    const point = this.#legendPoint();
    const mark = point ? this.#marks.find((m) => m.time === point.time) : undefined;
    const deposited = this.#marks.reduce((sum, m) => sum + m.amount, 0);
    const loading = this.history.status === 'loading' || this.history.fetching;
    return html`${this.renderStale(this.cash.stale) ?? nothing}
      <dl class="legend" part="legend" aria-label=${msg('Value details')}>
        ${
          point
            ? html`<div class="time">
                  <dt class="as-visually-hidden">${msg('Date')}</dt>
                  <dd>${formatDate(point.time, locale, NEW_YORK)}</dd>
                </div>
                <div>
                  <dt>${msg('Value')}</dt>
                  <dd class="num" data-value>${formatMoney(point.value, locale)}</dd>
                </div>
                ${
                  mark
                    ? html`<div class="deposit">
                        <dt>${msg('Deposit')}</dt>
                        <dd class="num">${formatMoney(mark.amount, locale)}</dd>
                      </div>`
                    : nothing
                }
                ${
                  this.#marks.length
                    ? html`<div class="deposit" data-deposits=${this.#marks.length}>
                        <dt>${msg('Deposits in this period')}</dt>
                        <dd class="num">${formatMoney(deposited, locale)}</dd>
                      </div>`
                    : nothing
                }`
            : nothing
        }
      </dl>
      ${renderChartPlot(loading, this.#summary())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-account-value': AutoSharesAccountValue;
  }
}

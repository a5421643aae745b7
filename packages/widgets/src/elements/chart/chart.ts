import type { ChartHistoryModel, QueryDef } from '@autoshares/client';
import { candlesQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type {
  IChartApi,
  ISeriesApi,
  MouseEventParams,
  Time,
  UTCTimestamp,
} from 'lightweight-charts';
import type { Session } from '../../session/session.ts';
import { AutoSharesElement, type StateSource } from '../../base/base-element.ts';
import { button } from '../../components/button/button.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatPercent,
  formatPrice,
  formatVolume,
} from '../../format/format.ts';
import { lastPrice } from '../../live/last-price.ts';
import { applyTick, toBars, type Bar } from './bars.ts';
import { chartStyles } from './chart.styles.ts';
import { chartPanelStyles } from '../../components/chart/chart-panel-styles.ts';
import { renderChartPlot } from '../../components/chart/chart-plot.ts';
import { PeriodChangeEvent } from './period-change-event.ts';
import {
  followLastBar,
  overlaySignature,
  parseOverlays,
  type Overlay,
  type OverlayPoint,
} from './indicators.ts';
import { loadChartLibrary, type ChartLibrary } from '../../components/chart/load-library.ts';
import { CHART_RANGES, chartRange, isIntraday, type ChartRange } from './ranges.ts';
import { tickMarkFormatter } from '../../components/chart/time-axis.ts';
import {
  paletteStyles,
  readColors,
  renderPalette,
  withAlpha,
  type ChartColors,
  themedChartOptions,
} from '../../components/chart/theme-colors.ts';
import { finiteNumber } from '../../core/finite.ts';
import { msg, str } from '../../locale/msg.ts';

const NEW_YORK = 'America/New_York';
/** Height of a price-axis label (the last-price tag is one), with a little air. */
const LABEL_HEIGHT_PX = 18;
const toTime = (ms: number) => Math.floor(ms / 1000) as UTCTimestamp;

/** An overlay with its series points (epoch ms). */
interface OverlayLine extends Overlay {
  points: OverlayPoint[];
  /** The point the last live tick moved, to push to the chart. */
  moved?: OverlayPoint | undefined;
}

/**
 * A live candlestick chart with volume for one symbol, with period buttons, optional moving
 * averages and an OHLC legend. Behaviour (live bars, overlays, screen-reader summary, theme):
 * `docs/elements/chart.md`.
 *
 * @summary A live candlestick chart.
 * @tag as-chart
 * @event {PeriodChangeEvent} as-period-change - The user picked another period: `{ period }`.
 * @csspart toolbar - Title and period buttons.
 * @csspart period-button - Each period button.
 * @csspart legend - The OHLC/volume legend.
 * @csspart plot - The drawing area.
 * @csspart summary - The visually hidden text summary.
 * @csspart attribution - The TradingView attribution link.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Delayed — reconnecting" or "Could not refresh" badge over older data.
 * @cssprop --as-chart-height - Height of the drawing area (default 320px).
 * @cssprop --as-chart-overlay-1 - Colour of the first overlay (then `-2`, `-3`).
 * @cssprop --as-up - Rising candles; also `--as-down`, `--as-surface`, `--as-text`, `--as-border`.
 */
export class AutoSharesChart extends AutoSharesElement {
  static override styles = [
    ...AutoSharesElement.styles,
    paletteStyles,
    chartPanelStyles,
    chartStyles,
  ];

  /** The ticker to chart, e.g. `AAPL`. */
  @property({ reflect: true }) symbol: string | undefined;

  /** The period shown: `1D`, `5D`, `1M`, `3M` or `1Y`. */
  @property({ reflect: true }) period = '1M';

  /** Moving-average overlays, e.g. `sma:20,ema:50`. */
  @property() indicators: string | undefined;

  /** The bar under the pointer (epoch ms), shown in the legend. */
  @state() private hoverTime: number | undefined;

  private readonly history = new QueryController<ChartHistoryModel>(this, (session) =>
    this.#ticker ? this.#historyQuery(session, this.#ticker) : null,
  );

  readonly #quotes = new QuoteController(this, () => (this.#ticker ? [this.#ticker] : []));

  protected readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  /** Bars shown (kept while another period loads). */
  #bars: Bar[] | undefined;
  #lines: OverlayLine[] = [];
  #barsRange: ChartRange | undefined;
  #appliedData: ChartHistoryModel | undefined;
  #appliedQuote: unknown;
  #shownTicker: string | undefined;
  #dataDirty = false;
  #tickDirty = false;

  private lib: ChartLibrary | undefined;
  private chart: IChartApi | undefined;
  private candleSeries: ISeriesApi<'Candlestick'> | undefined;
  private volumeSeries: ISeriesApi<'Histogram'> | undefined;
  #lineSeries: ISeriesApi<'Line'>[] = [];
  #plot: HTMLElement | undefined;
  #creating = 0;
  #appliedLocale: string | undefined;
  /** Symbol and range the time scale was last fitted to. */
  #fitted: string | undefined;
  /** Fitting waits for a plot with a width (one loaded while hidden fits when shown). */
  #fitPending = false;
  #plotSize: ResizeObserver | undefined;
  #colors: ChartColors | undefined;
  #colorScheme: MediaQueryList | undefined;
  readonly #onSchemeChange = () => this.#applyTheme();

  get #ticker(): string | undefined {
    return this.symbol?.trim().toUpperCase() || undefined;
  }

  get #range(): ChartRange {
    return chartRange(this.period);
  }

  get #overlays(): Overlay[] {
    return parseOverlays(this.indicators);
  }

  /** The client's shared candles query for the current range (its key includes the interval). */
  #historyQuery(session: Session, ticker: string): QueryDef<ChartHistoryModel> {
    const range = this.#range;
    return candlesQuery(session.client, {
      security: ticker,
      period: range.period,
      interval: range.interval,
      indicators: this.#overlays.map((o) => ({ signature: overlaySignature(o, range.period) })),
    });
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
    if (previous?.client !== this.session?.client) this.#resetBars();
    // the theme may have changed: read the palette after this render
    void this.updateComplete.then(() => this.#applyTheme());
  }

  #resetBars(): void {
    this.#bars = undefined;
    this.#lines = [];
    this.#appliedData = undefined;
    this.#appliedQuote = undefined;
    this.hoverTime = undefined;
  }

  /**
   * Derive bars from the query and the latest quote. Done in `update()`, after the controllers
   * have synced (they run after `willUpdate`), so data a controller received in this very
   * update (e.g. a cached period) is not missed.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.#deriveBars();
    super.update(changed);
  }

  #deriveBars(): void {
    if (this.#ticker !== this.#shownTicker) {
      this.#shownTicker = this.#ticker;
      this.#resetBars();
    }
    const data = this.history.data;
    if (data && data !== this.#appliedData) {
      this.#appliedData = data;
      this.#barsRange = this.#range;
      this.#bars = toBars(data.SecurityHistory?.[0]);
      this.#lines = this.#overlays.map((overlay, i) => ({
        ...overlay,
        points: (data.IndicatorsHistory?.[i] ?? [])
          .filter(
            (p) => finiteNumber(p.Date) !== undefined && finiteNumber(p.Values?.[0]) !== undefined,
          )
          .map((p) => ({ time: p.Date!, value: p.Values![0]! })),
      }));
      this.hoverTime = undefined;
      this.#appliedQuote = undefined;
      this.#dataDirty = true;
    }
    const quote = this.#quotes.get(this.#ticker);
    const price = lastPrice(quote);
    if (quote && quote !== this.#appliedQuote && price !== undefined && this.#bars?.length) {
      this.#appliedQuote = quote;
      applyTick(this.#bars, this.#barsRange!.period, {
        price,
        time: Date.now(),
        dayVolume: finiteNumber(quote.TotalDailyVolume),
      });
      // the moving averages follow the last bar too
      const closes = this.#bars;
      for (const line of this.#lines) line.moved = followLastBar(line, closes, line.points);
      this.#tickDirty = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined;
    if (plot !== this.#plot) {
      this.#destroyChart();
      this.#plot = plot;
      if (plot) void this.#createChart(plot);
      return;
    }
    if (!this.chart) return;
    if (this.#dataDirty) this.#pushData();
    else if (this.#tickDirty) this.#pushLastBar();
    if (this.effectiveLocale !== this.#appliedLocale) this.#applyLocale();
  }

  /** Axis and crosshair labels in the locale in effect. */
  #applyLocale(): void {
    this.#appliedLocale = this.effectiveLocale;
    this.chart?.applyOptions({
      localization: this.#localization(),
      timeScale: { tickMarkFormatter: tickMarkFormatter(this.effectiveLocale) },
    });
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
    if (attempt !== this.#creating || plot !== this.#plot || !plot.isConnected) return;
    this.lib = lib;
    const chart = lib.createChart(plot, {
      autoSize: true, // follows the container through a ResizeObserver, also inside shadow roots
      layout: { attributionLogo: false, fontFamily: getComputedStyle(this).fontFamily },
      crosshair: { mode: lib.CrosshairMode.Normal },
      rightPriceScale: { scaleMargins: { top: 0.1, bottom: 0.25 } },
      // a wider or narrower container shows the same bars, stretched or squeezed to fit
      timeScale: { lockVisibleTimeRangeOnResize: true },
    });
    this.chart = chart;
    this.candleSeries = chart.addSeries(lib.CandlestickSeries, { priceLineVisible: true });
    this.volumeSeries = chart.addSeries(lib.HistogramSeries, {
      priceFormat: { type: 'volume' },
      priceScaleId: '',
      lastValueVisible: false,
      priceLineVisible: false,
    });
    this.volumeSeries.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    chart.subscribeCrosshairMove((param: MouseEventParams<Time>) => {
      this.hoverTime = typeof param.time === 'number' ? param.time * 1000 : undefined;
    });
    // created after the chart's own size observer, so it sees the new size
    this.#plotSize = new ResizeObserver(() => this.#fitIfPending());
    this.#plotSize.observe(plot);
    plot.dataset.ready = 'true';
    this.#applyTheme();
    this.#pushData();
  }

  #destroyChart(): void {
    this.#creating++;
    this.#plotSize?.disconnect();
    this.#plotSize = undefined;
    this.#fitPending = false;
    this.chart?.remove();
    this.chart = this.candleSeries = this.volumeSeries = undefined;
    this.#lineSeries = [];
    this.#plot = undefined;
    this.#fitted = undefined;
  }

  #localization() {
    const locale = this.effectiveLocale;
    const intraday = this.#barsRange ? isIntraday(this.#barsRange) : false;
    return {
      locale: locale ?? navigator.language,
      priceFormatter: (price: number) => formatPrice(price, locale),
      // an axis label under the last-price tag is left out rather than half covered
      tickmarksPriceFormatter: (prices: number[]) =>
        prices.map((price) => (this.#underLastPriceTag(price) ? '' : formatPrice(price, locale))),
      timeFormatter: (time: Time) =>
        typeof time === 'number'
          ? intraday
            ? formatDateTime(time * 1000, locale, NEW_YORK)
            : formatDate(time * 1000, locale, NEW_YORK)
          : String(time),
    };
  }

  /** The axis label of `price` would sit under the last-price tag (within a label's height). */
  #underLastPriceTag(price: number): boolean {
    const last = this.#bars?.at(-1)?.close;
    const series = this.candleSeries;
    if (last === undefined || !series) return false;
    const y = series.priceToCoordinate(price);
    const tag = series.priceToCoordinate(last);
    return y !== null && tag !== null && Math.abs(y - tag) < LABEL_HEIGHT_PX;
  }

  /** Replace every series' data (new period, symbol or overlays). */
  #pushData(): void {
    const { chart, lib, candleSeries, volumeSeries } = this;
    if (!chart || !lib || !candleSeries || !volumeSeries) return;
    this.#dataDirty = this.#tickDirty = false;
    const bars = this.#bars ?? [];
    const intraday = this.#barsRange ? isIntraday(this.#barsRange) : false;
    chart.applyOptions({ timeScale: { timeVisible: intraday, secondsVisible: false } });
    this.#applyLocale(); // intraday or not changes the crosshair's time label too
    candleSeries.setData(bars.map((b) => this.#candle(b)));
    volumeSeries.setData(bars.map((b) => this.#volumeBar(b)));
    this.#lineSeries.forEach((s) => chart.removeSeries(s));
    this.#lineSeries = this.#lines.map((line, i) => {
      const series = chart.addSeries(lib.LineSeries, {
        color: this.#overlayColor(i),
        lineWidth: 2,
        priceLineVisible: false,
        lastValueVisible: false,
        crosshairMarkerVisible: false,
        title: line.label,
      });
      series.setData(line.points.map((p) => ({ time: toTime(p.time), value: p.value })));
      return series;
    });
    // show the whole period when it (or the symbol) changed; a background refetch keeps the zoom
    const shown = `${this.#ticker}|${this.#barsRange?.id}`;
    if (shown !== this.#fitted) {
      this.#fitted = shown;
      this.#fitPending = true;
      this.#fitIfPending();
    }
  }

  /** Show all bars, once the plot has a width (fitting a zero-width plot shows none). */
  #fitIfPending(): void {
    if (!this.#fitPending || !this.chart || !this.#plot?.clientWidth) return;
    this.#fitPending = false;
    this.chart.timeScale().fitContent();
  }

  /** Update only the last bar (a live tick). */
  #pushLastBar(): void {
    this.#tickDirty = false;
    const last = this.#bars?.at(-1);
    if (!last || !this.candleSeries || !this.volumeSeries) return;
    this.candleSeries.update(this.#candle(last));
    this.volumeSeries.update(this.#volumeBar(last));
    this.#lines.forEach((line, i) => {
      if (line.moved)
        this.#lineSeries[i]?.update({ time: toTime(line.moved.time), value: line.moved.value });
    });
  }

  #candle(b: Bar) {
    return { time: toTime(b.time), open: b.open, high: b.high, low: b.low, close: b.close };
  }

  #volumeBar(b: Bar) {
    const colors = this.#colors;
    const color = colors ? withAlpha(b.close >= b.open ? colors.up : colors.down, 0.4) : undefined;
    return { time: toTime(b.time), value: b.volume, ...(color ? { color } : {}) };
  }

  #overlayColor(i: number): string | undefined {
    const c = this.#colors;
    return c ? [c.overlay1, c.overlay2, c.overlay3][i % 3] : undefined;
  }

  /** Read the `--as-*` colours and apply them to the chart (also on every theme change). */
  #applyTheme(): void {
    const colors = readColors(this.renderRoot);
    if (!colors) return;
    this.#colors = colors;
    const { chart, lib, candleSeries } = this;
    if (!chart || !lib || !candleSeries) return;
    chart.applyOptions(themedChartOptions(lib, colors));
    candleSeries.applyOptions({
      upColor: colors.up,
      downColor: colors.down,
      borderUpColor: colors.up,
      borderDownColor: colors.down,
      wickUpColor: colors.up,
      wickDownColor: colors.down,
    });
    this.#lineSeries.forEach((s, i) => s.applyOptions({ color: this.#overlayColor(i) }));
    this.volumeSeries?.setData((this.#bars ?? []).map((b) => this.#volumeBar(b)));
    // what the chart now uses, read back from its options (for tests and debugging)
    const options = chart.options();
    const background = options.layout.background;
    if (this.#plot) {
      this.#plot.dataset.background = 'color' in background ? background.color : '';
      this.#plot.dataset.textColor = options.layout.textColor;
      this.#plot.dataset.upColor = candleSeries.options().upColor;
    }
  }

  // ---- interaction and rendering ----------------------------------------------------------

  #pickRange(range: ChartRange): void {
    if (range.id === this.#range.id) return;
    this.period = range.id;
    this.dispatchEvent(new PeriodChangeEvent(range.id));
  }

  /** The bar the legend describes: the hovered one, else the last. */
  #legendBar(): Bar | undefined {
    const bars = this.#bars ?? [];
    if (this.hoverTime !== undefined) {
      const hovered = bars.find((b) => toTime(b.time) * 1000 === this.hoverTime);
      if (hovered) return hovered;
    }
    return bars.at(-1);
  }

  /** "AAPL, 1 month, daily candles: open …, high …, low …, last …, change ▲ +… (+…%)." */
  #summary(): string {
    const bars = this.#bars ?? [];
    const range = this.#barsRange ?? this.#range;
    const first = bars[0];
    const last = bars.at(-1);
    const locale = this.effectiveLocale;
    const ticker = this.#ticker;
    const period = range.label(locale);
    if (!first || !last) return msg(str`${ticker}, ${period}: no data.`);
    const high = Math.max(...bars.map((b) => b.high));
    const low = Math.min(...bars.map((b) => b.low));
    const change = last.close - first.open;
    const percent = first.open ? (change / first.open) * 100 : undefined;
    const kind = range.bars();
    const open = formatPrice(first.open, locale);
    const top = formatPrice(high, locale);
    const bottom = formatPrice(low, locale);
    const close = formatPrice(last.close, locale);
    const moved = formatChange(change, locale);
    const pct = formatPercent(percent, locale);
    return msg(
      str`${ticker}, ${period}, ${kind} candles: open ${open}, high ${top}, low ${bottom}, last ${close}, change ${moved} (${pct}).`,
    );
  }

  protected override render(): TemplateResult {
    const ticker = this.#ticker;
    // Bars of another period (kept while the new one loads) are no data for a failed period;
    // a failed refresh of the period shown keeps its bars, marked as not refreshed.
    const source: StateSource & { refresh(): void } = {
      status: this.history.status,
      error: this.history.error,
      hasData:
        this.#bars !== undefined &&
        (this.history.status !== 'error' || this.history.data !== undefined),
      fetching: this.history.fetching,
      retryAt: this.history.retryAt,
      rateLimitedUntil: this.history.rateLimitedUntil,
      refresh: () => this.history.refresh(),
    };
    const state = this.renderState({
      sources: ticker ? [source] : [],
      empty: !ticker || (this.#bars !== undefined && this.#bars.length === 0),
      emptyMessage: ticker
        ? msg(str`No chart data for ${ticker}.`)
        : msg('Choose a symbol to see its chart.'),
      loadingLabel: msg('Loading chart'),
    });
    const palette = renderPalette(() => this.#applyTheme());
    return html`${this.#renderToolbar()}${state ?? this.#renderChart()}${palette}`;
  }

  #renderToolbar(): TemplateResult | typeof nothing {
    if (!this.#ticker) return nothing;
    const current = this.#range;
    const locale = this.effectiveLocale;
    return html`<div class="toolbar" part="toolbar">
      <h2>${this.#ticker}</h2>
      <div class="periods" role="group" aria-label=${msg('Chart period')}>
        ${CHART_RANGES.map((r) =>
          button({
            label: r.id,
            part: 'period-button',
            pressed: r.id === current.id,
            ariaLabel: `${r.id}, ${r.label(locale)}`,
            title: r.label(locale),
            onClick: () => this.#pickRange(r),
          }),
        )}
      </div>
    </div>`;
  }

  #renderChart(): TemplateResult {
    const locale = this.effectiveLocale;
    const bar = this.#legendBar();
    const intraday = this.#barsRange ? isIntraday(this.#barsRange) : false;
    const loading = this.history.status === 'loading' || this.history.fetching;
    const entry = (short: string, long: string, value: string, cls = '') =>
      html`<div class=${cls}>
        <dt>
          <abbr title=${long} aria-hidden="true">${short}</abbr
          ><span class="as-visually-hidden">${long}</span>
        </dt>
        <dd class="num">${value}</dd>
      </div>`;
    const lineValue = (line: OverlayLine) => {
      const point = bar ? line.points.find((p) => toTime(p.time) === toTime(bar.time)) : undefined;
      return formatPrice(point?.value, locale);
    };
    return html`${this.renderStale(this.#quotes.stale) ?? nothing}
      <dl class="legend" part="legend" aria-label=${msg('Bar details')}>
        ${
          bar
            ? html`${entry(
                '',
                msg('Time'),
                intraday
                  ? formatDateTime(bar.time, locale, NEW_YORK)
                  : formatDate(bar.time, locale, NEW_YORK),
                'time',
              )}
              ${entry(msg('O', { desc: 'Open price, abbreviated' }), msg('Open'), formatPrice(bar.open, locale))}
              ${entry(msg('H', { desc: 'High price, abbreviated' }), msg('High'), formatPrice(bar.high, locale))}
              ${entry(msg('L', { desc: 'Low price, abbreviated' }), msg('Low'), formatPrice(bar.low, locale))}
              ${entry(msg('C', { desc: 'Close price, abbreviated' }), msg('Close'), formatPrice(bar.close, locale))}
              ${entry(msg('Vol', { desc: 'Volume, abbreviated' }), msg('Volume'), formatVolume(bar.volume, locale), 'volume')}
              ${this.#lines.map(
                (line, i) =>
                  html`<div
                    class="overlay"
                    style=${styleMap({ '--overlay-color': this.#overlayColor(i) ?? 'inherit' })}
                  >
                    <dt>${line.label}</dt>
                    <dd class="num">${lineValue(line)}</dd>
                  </div>`,
              )}`
            : nothing
        }
      </dl>
      ${renderChartPlot(loading, this.#summary())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-chart': AutoSharesChart;
  }
}

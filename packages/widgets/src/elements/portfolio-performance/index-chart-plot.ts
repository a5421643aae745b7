/**
 * Draws the performance index (one line, 10,000 at the period's start) into the element's
 * `.plot` with lightweight-charts, loaded on first use. One job: follow the plot element, the
 * points, the theme and the locale; the element renders the text summary itself.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { IChartApi, ISeriesApi, Time } from 'lightweight-charts';
import { loadChartLibrary, type ChartLibrary } from '../../components/chart/load-library.ts';
import { readColors, themedChartOptions } from '../../components/chart/theme-colors.ts';
import { tickMarkFormatter } from '../../components/chart/time-axis.ts';
import { formatNumber } from '../../format/format.ts';

/** A point of the index: a calendar day `YYYY-MM-DD` and the index value. */
export interface IndexPoint {
  day: string;
  value: number;
}

type Host = ReactiveElement & { readonly effectiveLocale: string | undefined };

export class IndexChartPlot implements ReactiveController {
  #points: readonly IndexPoint[] = [];
  #dirty = false;
  private lib: ChartLibrary | undefined;
  private chart: IChartApi | undefined;
  private series: ISeriesApi<'Line'> | undefined;
  #plot: HTMLElement | undefined;
  #creating = 0;
  #appliedLocale: string | undefined;
  #colorScheme: MediaQueryList | undefined;
  readonly #onSchemeChange = () => this.applyTheme();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The points to draw (applied after the host's next update). */
  show(points: readonly IndexPoint[]): void {
    if (points === this.#points) return;
    this.#points = points;
    this.#dirty = true;
  }

  /** Call when the theme may have changed (the palette's change callback). */
  applyTheme(): void {
    const colors = readColors(this.host.renderRoot);
    const { chart, lib, series } = this;
    if (!colors || !chart || !lib || !series) return;
    chart.applyOptions(themedChartOptions(lib, colors));
    series.applyOptions({ color: colors.accent });
    if (this.#plot) this.#plot.dataset.lineColor = colors.accent;
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.#colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.#colorScheme.addEventListener('change', this.#onSchemeChange);
  }

  hostDisconnected(): void {
    this.#colorScheme?.removeEventListener('change', this.#onSchemeChange);
    this.#colorScheme = undefined;
    this.#destroy();
  }

  hostUpdated(): void {
    const plot = this.host.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined;
    if (plot !== this.#plot) {
      this.#destroy();
      this.#plot = plot;
      if (plot) void this.#create(plot);
      return;
    }
    if (!this.chart) return;
    if (this.#dirty) this.#push();
    if (this.host.effectiveLocale !== this.#appliedLocale) this.#applyLocale();
  }

  async #create(plot: HTMLElement): Promise<void> {
    const attempt = ++this.#creating;
    let lib: ChartLibrary;
    try {
      lib = await loadChartLibrary();
    } catch {
      return; // offline or blocked: the text summary still tells the story
    }
    if (attempt !== this.#creating || plot !== this.#plot || !plot.isConnected) return;
    this.lib = lib;
    this.chart = lib.createChart(plot, {
      autoSize: true,
      layout: { attributionLogo: false, fontFamily: getComputedStyle(this.host).fontFamily },
      rightPriceScale: { scaleMargins: { top: 0.1, bottom: 0.1 } },
      handleScroll: false,
      handleScale: false,
    });
    this.series = this.chart.addSeries(lib.LineSeries, { lineWidth: 2, priceLineVisible: false });
    plot.dataset.ready = 'true';
    this.applyTheme();
    this.#applyLocale();
    this.#push();
  }

  #destroy(): void {
    this.#creating++;
    this.chart?.remove();
    this.chart = this.series = undefined;
    this.#plot = undefined;
  }

  #applyLocale(): void {
    const locale = this.host.effectiveLocale;
    this.#appliedLocale = locale;
    this.chart?.applyOptions({
      localization: {
        locale: locale ?? navigator.language,
        priceFormatter: (value: number) => formatNumber(value, locale, 0),
      },
      timeScale: { tickMarkFormatter: tickMarkFormatter(locale) },
    });
  }

  #push(): void {
    const { series, chart } = this;
    if (!series || !chart) return;
    this.#dirty = false;
    series.setData(this.#points.map((p) => ({ time: p.day as Time, value: p.value })));
    if (this.#plot) this.#plot.dataset.points = String(series.data().length);
    chart.timeScale().fitContent();
  }
}

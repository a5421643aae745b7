/**
 * lightweight-charts is loaded only when a chart is first shown: a dynamic `import()`, so
 * pages that import the kit without a chart never download it. Never import it statically
 * anywhere in this package (type-only imports are fine).
 */
import type * as LightweightCharts from 'lightweight-charts';

/** The library's module namespace. */
export type ChartLibrary = typeof LightweightCharts;

let loading: Promise<ChartLibrary> | undefined;

/** The chart library, loaded once per page on first use. */
export function loadChartLibrary(): Promise<ChartLibrary> {
  loading ??= import('lightweight-charts').catch((error: unknown) => {
    loading = undefined; // let a later chart try again
    throw error;
  });
  return loading;
}

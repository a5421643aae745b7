/**
 * Size budgets (min + gzip), checked by `pnpm size` after `pnpm build`. Goals (benchmark issue):
 * one widget + runtime ≤ 14 KB, whole kit without the chart library ≤ 45 KB. Where a goal is not
 * met yet the limit is the measured figure plus a little headroom, so growth still fails.
 * lightweight-charts is excluded from every entry but the chart's.
 * Raised in session 2: ~2 kB for live cells (the watchlist, positions and P&L leaders update
 * only the changed cells per frame, lit's AsyncDirective included) and subscribe-then-fetch in
 * the client, then ~2 kB headroom above the measured figures (size-limit counts kB of 1000
 * bytes; `pnpm bench size` prints KiB). See docs/performance.md.
 * Raised again by 1.5–4.5 kB for the trust work: the shared URL policy and token-origin binding
 * (in the loader's first load), the order placement controller with its confirm window, and
 * the query cache's automatic recovery (backoff, Retry-After, online/visible) with its retry
 * countdown; each limit is ~1 kB above the figure measured after them.
 * Raised by 2.5–4 kB for translations (#15): lit-localize's runtime lookup, the per-element locale
 * (catalogue loading, `dir`), and every string a `msg()` call; the catalogues themselves load
 * lazily and are measured on their own (German); each limit ~1 kB above the measured figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  CDN_DIR,
  elementChunks,
  entryKey,
  filesOf,
  isChartLibrary,
  readCdnManifest,
  reachable,
  staticClosure,
} from './scripts/build-cdn-graph.mjs';

/**
 * The German, Japanese, … catalogues load lazily, only on a page in that language (see
 * docs/translations.md): not counted with the English kit; one of them has its own budget.
 */
const targetLocales = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
const isCatalogue = (chunk) => /locale\/generated\/[^/]+\.ts$/.test(chunk?.src ?? '');
/** esbuild (npm entries) would inline the catalogues' `import()`: kept external instead. */
const lazyCatalogues = (config) => ({
  ...config,
  external: [...(config.external ?? []), ...targetLocales.map((code) => `./${code}.js`)],
});

const widgets = 'packages/widgets/dist';
const cdn = 'packages/widgets/dist/cdn';
const manifest = existsSync(`${CDN_DIR}.vite/manifest.json`) ? readCdnManifest() : {};
const hasCdn = Object.keys(manifest).length > 0;
const loader = hasCdn ? staticClosure(manifest, entryKey(manifest)) : new Set();
const elements = hasCdn ? elementChunks(manifest) : {};

/** The files a page loads for the loader plus one element. */
function cdnWith(name) {
  const keys = new Set(loader);
  if (elements[name]) staticClosure(manifest, elements[name], keys);
  return filesOf(manifest, keys).map((file) => `${cdn}/${file}`);
}

/** The loader plus everything the chart loads, its chart library included. */
const chartFiles = () => {
  if (!elements.chart) return [];
  const keys = new Set(loader);
  reachable(manifest, elements.chart, keys);
  const loaded = [...keys].filter((key) => !isCatalogue(manifest[key]));
  return filesOf(manifest, loaded).map((file) => `${cdn}/${file}`);
};

const nonChartFiles = Object.values(manifest)
  .filter((chunk) => !isChartLibrary(chunk) && !isCatalogue(chunk))
  .map((chunk) => `${cdn}/${chunk.file}`);

export default [
  {
    name: 'npm: <as-watchlist> + runtime (lit, client, <as-session>), bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/watchlist/watchlist.js`]: '{ AutoSharesWatchlist }',
    },
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '53.5 KB',
  },
  {
    name: 'npm: whole kit (index.js), chart library excluded',
    path: `${widgets}/index.js`,
    ignore: ['lightweight-charts'],
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '99 KB',
  },
  {
    name: 'CDN: autoshares.js loader, first load (with <as-session>)',
    path: filesOf(manifest, loader).map((file) => `${cdn}/${file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '37.5 KB',
  },
  {
    name: 'CDN: loader + <as-watchlist> chunks',
    path: cdnWith('watchlist'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '64 KB',
  },
  {
    name: 'CDN: loader + <as-chart> + lightweight-charts',
    path: chartFiles(),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '117 KB',
  },
  {
    name: 'CDN: every chunk but the chart library',
    path: nonChartFiles,
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '121 KB',
  },
  {
    name: 'CDN: one catalogue (German), loaded only on a German page',
    path: Object.values(manifest)
      .filter((chunk) => isCatalogue(chunk) && /\/de\.ts$/.test(chunk.src))
      .map((chunk) => `${cdn}/${chunk.file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '10 KB',
  },
];

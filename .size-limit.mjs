/**
 * Size budgets (min + gzip, kB of 1,000 bytes), checked by `pnpm size` after `pnpm build`. Each
 * limit is the figure measured when it was last set plus ~1 kB, so growth fails; the goals and
 * the anchors they are compared with are printed by `pnpm bench size` (KiB) and kept in
 * docs/performance.md. lightweight-charts is excluded from every entry but the chart's.
 * size-limit bundles each npm entry into one file: code behind `import()` (the endpoint groups
 * loaded on first call, the watchlist's symbol search) is counted in it, wrapped for lazy
 * initialisation, so these entries read ~1 kB more than an app's first load (see the bench).
 * Set in #17 (lean runtime): the CDN loader is one file, the endpoint groups a session does not
 * need to start load on first call.
 * Translations (#15): lit-localize's runtime lookup, the per-element locale (catalogue
 * loading, `dir`) and every string a `msg()` call are counted; the catalogues load lazily, are
 * left out of the English entries and are measured on their own (German). Widths (#15): the
 * column fitting and scroll hints of the tables; each limit ~1 kB above the figure after them.
 * Errors in every language (#15) put the translated wording of the client's errors and of the
 * configuration errors in every element (~1 kB); the option chain (#18) joins the whole kit;
 * each limit re-measured after them, ~1 kB above. Then options and advanced orders (#18:
 * spreads, trailing and conditional orders), money and history (#19: funding, activity, account
 * value, agreements and the delayed-quotes badge every price widget shows) joined the kit: the
 * whole kit +24 kB, the runtime +0.7 kB (the quote streamer's delayed state); re-measured,
 * ~1 kB above.
 * Theme split, lazy error bodies, minified styles (#17): table and form-control styles are their
 * own modules (only the elements with a table or a control have them), the error-body reader
 * loads on the first error response, and the `css` templates are minified in dist/ and the CDN
 * build (scripts/minify-css.ts); each limit ~1 kB above the figure after them.
 * Shared kit chunk, lazy writes and configuration texts (#17): the CDN build puts the widget code
 * that 8 or more elements share into one chunk, `client.writes` loads with the deferred endpoint
 * groups, the configuration mistakes' sentences with the first mistake. The CDN limits are ~1 kB
 * above the figures after them; the npm entries grew by 0.5–0.8 kB here (each new `import()`
 * adds its lazy wrapper to size-limit's single-file bundle, while an app's first load shrank,
 * see the bench) and stay within their limits, which are kept rather than raised.
 * Error sentences and DOMPurify on first use (#17): the kit's error sentences load with the
 * first error shown, DOMPurify with the first news preview; the CDN element figures fell ~1 kB,
 * the chart's and every-chunk figures grew ~0.5 kB (two more chunks, each gzipped alone), the npm
 * entries by ≤ 0.3 kB (the lazy wrappers again); each limit ~1 kB above the figure after them,
 * the session's and the loader's kept. The news entry is new: DOMPurify is not in it.
 * Resources beside the elements, provider code on first use, #private internals (#17): query
 * definitions are functions each element imports (no table of all in the client), the
 * `<as-provider>` reader and the token endpoint's errors load when first needed, class internals
 * are `#private` (a minifier renames them); every entry fell 1–4 kB and each limit is ~1 kB
 * above its new figure. The every-chunk figure grew 1.3 kB: the lazy chunks it adds are each
 * gzipped alone (the npm and per-page figures are what a page loads).
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
    name: 'npm: <as-session> alone (runtime: client, lit, @lit/context, ky), bundled',
    import: { [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }' },
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '40.3 kB',
  },
  {
    name: 'npm: <as-quote> + runtime, bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/quote/quote.js`]: '{ AutoSharesQuote }',
    },
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '51.4 kB',
  },
  {
    name: 'npm: <as-watchlist> + runtime (lit, client, <as-session>), bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/watchlist/watchlist.js`]: '{ AutoSharesWatchlist }',
    },
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '62.5 kB',
  },
  {
    name: 'npm: whole kit (index.js), chart library excluded',
    path: `${widgets}/index.js`,
    ignore: ['lightweight-charts'],
    gzip: true,
    modifyEsbuildConfig: lazyCatalogues,
    limit: '146.6 kB',
  },
  {
    name: 'CDN: autoshares.js loader, first load (with <as-session>)',
    path: filesOf(manifest, loader).map((file) => `${cdn}/${file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '32.2 kB',
  },
  {
    name: 'CDN: loader + <as-quote> chunks (a cold page with one quote)',
    path: cdnWith('quote'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '45.6 kB',
  },
  {
    name: 'CDN: loader + <as-watchlist> chunks',
    path: cdnWith('watchlist'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '56.9 kB',
  },
  {
    name: 'CDN: loader + <as-news> chunks (DOMPurify loads with the first preview)',
    path: cdnWith('news'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '46.3 kB',
  },
  {
    name: 'CDN: loader + <as-chart> + lightweight-charts',
    path: chartFiles(),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '114.3 kB',
  },
  {
    name: 'CDN: every chunk but the chart library',
    path: nonChartFiles,
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '178.8 kB',
  },
  {
    name: 'CDN: one catalogue (German), loaded only on a German page',
    path: Object.values(manifest)
      .filter((chunk) => isCatalogue(chunk) && /\/de\.ts$/.test(chunk.src))
      .map((chunk) => `${cdn}/${chunk.file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '19.5 kB',
  },
];

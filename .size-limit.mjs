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
 */
import { existsSync } from 'node:fs';
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
  return filesOf(manifest, keys).map((file) => `${cdn}/${file}`);
};

const nonChartFiles = Object.values(manifest)
  .filter((chunk) => !isChartLibrary(chunk))
  .map((chunk) => `${cdn}/${chunk.file}`);

export default [
  {
    name: 'npm: <as-session> alone (runtime: client, lit, @lit/context, ky), bundled',
    import: { [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }' },
    gzip: true,
    limit: '36.2 kB',
  },
  {
    name: 'npm: <as-quote> + runtime, bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/quote/quote.js`]: '{ AutoSharesQuote }',
    },
    gzip: true,
    limit: '44.4 kB',
  },
  {
    name: 'npm: <as-watchlist> + runtime (lit, client, <as-session>), bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/watchlist/watchlist.js`]: '{ AutoSharesWatchlist }',
    },
    gzip: true,
    limit: '55 kB',
  },
  {
    name: 'npm: whole kit (index.js), chart library excluded',
    path: `${widgets}/index.js`,
    ignore: ['lightweight-charts'],
    gzip: true,
    limit: '99.8 kB',
  },
  {
    name: 'CDN: autoshares.js loader, first load (with <as-session>)',
    path: filesOf(manifest, loader).map((file) => `${cdn}/${file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '32.6 kB',
  },
  {
    name: 'CDN: loader + <as-quote> chunks (a cold page with one quote)',
    path: cdnWith('quote'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '44.5 kB',
  },
  {
    name: 'CDN: loader + <as-watchlist> chunks',
    path: cdnWith('watchlist'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '54.3 kB',
  },
  {
    name: 'CDN: loader + <as-chart> + lightweight-charts',
    path: chartFiles(),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '109.7 kB',
  },
  {
    name: 'CDN: every chunk but the chart library',
    path: nonChartFiles,
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '117.8 kB',
  },
];

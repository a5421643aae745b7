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
 * Raised by 0.5–2 kB for the architecture work (client writes, the mutation controller, the
 * placement controller's generic shape, the button template and decorator helpers); ~1 kB above
 * the figures measured after it.
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
    name: 'npm: <as-watchlist> + runtime (lit, client, <as-session>), bundled',
    import: {
      [`${widgets}/session/as-session.js`]: '{ AutoSharesSession }',
      [`${widgets}/elements/watchlist/watchlist.js`]: '{ AutoSharesWatchlist }',
    },
    gzip: true,
    limit: '51.5 KB',
  },
  {
    name: 'npm: whole kit (index.js), chart library excluded',
    path: `${widgets}/index.js`,
    ignore: ['lightweight-charts'],
    gzip: true,
    limit: '96 KB',
  },
  {
    name: 'CDN: autoshares.js loader, first load (with <as-session>)',
    path: filesOf(manifest, loader).map((file) => `${cdn}/${file}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '38.5 KB',
  },
  {
    name: 'CDN: loader + <as-watchlist> chunks',
    path: cdnWith('watchlist'),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '62.5 KB',
  },
  {
    name: 'CDN: loader + <as-chart> + lightweight-charts',
    path: chartFiles(),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '115.5 KB',
  },
  {
    name: 'CDN: every chunk but the chart library',
    path: nonChartFiles,
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '118 KB',
  },
];

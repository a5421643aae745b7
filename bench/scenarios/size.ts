/**
 * Size: what a page downloads for the kit, next to the goal and an anchor measured in the same
 * run (issue #17). npm figures bundle the package's own entries with esbuild (minified, code
 * split, gzip -9 per file; the initial load, not the code behind `import()`), the anchors (lit,
 * @lit/context, ky, a bare lit element, Web Awesome, Shoelace) the same way from their registry
 * packages. CDN figures come from the CDN build's chunk graph (`pnpm build` first): files,
 * gzip -9 KiB and sequential module round trips of a cold page. Last, the chart library bytes
 * a page without a chart downloads, measured in Chromium on the code-split bench page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  CDN_DIR,
  coldPageRoundTrips,
  elementChunks,
  entryKey,
  filesOf,
  importLevels,
  loaderChunkImports,
  readCdnManifest,
  staticClosure,
  type CdnManifest,
} from '../../scripts/build-cdn-graph.mjs';
import { bundleSize, type BundleSize } from '../lib/bundle-size.ts';
import { startCdnServer, type CdnServer } from '../lib/cdn-server.ts';
import type { BenchEnv } from '../lib/env.ts';
import { ROOT } from '../lib/page-server.ts';
import type { Figure } from '../lib/report.ts';

const KiB = 1024;
const kib = (bytes: number) => Math.round((bytes / KiB) * 10) / 10;

/** The kit's chosen stack, bundled alone: the floor of any runtime built on it. */
const LIT_CONTEXT_KY = `export * from 'lit'; export * from '@lit/context';
  export { default as ky } from '${join(ROOT, 'packages/client/node_modules/ky/distribution/index.js')}';`;
/** The smallest widget lit allows: one element with styles and a template. */
const BARE_LIT_ELEMENT = `import { css, html, LitElement } from 'lit';
  class BareElement extends LitElement {
    static override styles = css\`:host { display: block }\`;
    override render() { return html\`<p>hello</p>\`; }
  }
  customElements.define('bare-element', BareElement);`;
const WEB_AWESOME_BUTTON_INPUT = `import '@awesome.me/webawesome/dist/components/button/button.js';
  import '@awesome.me/webawesome/dist/components/input/input.js';`;
const ALL_OF_SHOELACE = `export * from '@shoelace-style/shoelace';`;

const SESSION = `import '@autoshares/widgets/session.js';`;
const withSession = (name: string) => `${SESSION} import '@autoshares/widgets/${name}.js';`;

/** Per widget over the runtime: ≤ 6 KiB for the small ones, ≤ 10 KiB for tables and the ticket. */
const WIDGET_GOALS: Record<string, number | undefined> = {
  quote: 6,
  'account-summary': 6,
  news: 6,
  watchlist: 10,
  positions: 10,
  orders: 10,
  'pnl-leaders': 10,
  'top-traded': 10,
  'price-alerts': 10,
  'order-ticket': 10,
  chart: undefined,
};

/** An anchor measured now, or why not (a package that is not installed). */
async function anchor(label: string, source: string, resolveDir?: string): Promise<string> {
  try {
    const size = await bundleSize(source, { resolveDir });
    return `${label} ${kib(size.initial)} KiB`;
  } catch (error) {
    return `${label}: not measured (${error instanceof Error ? error.message.split('\n')[0] : error})`;
  }
}

function npmFigure(
  name: string,
  size: BundleSize,
  goal: number | undefined,
  anchorText: string | undefined,
  note = '',
): Figure {
  return {
    scenario: 'size',
    name,
    value: kib(size.initial),
    unit: 'KiB',
    goal: goal === undefined ? undefined : { max: goal },
    anchor: anchorText,
    note:
      `${size.files} files (${kib(size.joined)} KiB gzipped as one)` +
      `${size.lazy ? `, + ${kib(size.lazy)} KiB loaded on use` : ''}${note ? `; ${note}` : ''}`,
  };
}

async function npmFigures(): Promise<Figure[]> {
  const [stack, bare, webAwesome, shoelace] = await Promise.all([
    anchor('lit + @lit/context + ky', LIT_CONTEXT_KY),
    anchor('bare lit element', BARE_LIT_ELEMENT),
    anchor('Web Awesome button + input', WEB_AWESOME_BUTTON_INPUT, ROOT),
    anchor('all of Shoelace', ALL_OF_SHOELACE, ROOT),
  ]);
  const session = await bundleSize(SESSION);
  const figures: Figure[] = [
    npmFigure(
      'npm: <as-session> alone (runtime: client, lit, @lit/context, ky)',
      session,
      18,
      stack,
    ),
  ];
  const quote = await bundleSize(withSession('quote'));
  figures.push(npmFigure('npm: <as-session> + <as-quote>', quote, 24, bare));
  const watchlist = await bundleSize(withSession('watchlist'));
  figures.push(npmFigure('npm: <as-session> + <as-watchlist>', watchlist, undefined, webAwesome));
  for (const [name, goal] of Object.entries(WIDGET_GOALS)) {
    const size =
      name === 'quote'
        ? quote
        : name === 'watchlist'
          ? watchlist
          : await bundleSize(withSession(name));
    figures.push({
      scenario: 'size',
      name: `npm: <as-${name}> over the runtime`,
      value: kib(size.initial - session.initial),
      unit: 'KiB',
      goal: goal === undefined ? undefined : { max: goal },
      note:
        name === 'news'
          ? 'DOMPurify loads with the first preview (on use)'
          : name === 'chart'
            ? 'lightweight-charts not counted'
            : undefined,
    });
  }
  const kit = await bundleSize(`export * from '@autoshares/widgets';`);
  figures.push(
    npmFigure('npm: whole kit (index.js), lightweight-charts excluded', kit, 70, shoelace),
  );
  return figures;
}

const gzipOf = (file: string) => gzipSync(readFileSync(join(CDN_DIR, file)), { level: 9 }).length;

function cdnFigures(manifest: CdnManifest): Figure[] {
  const entry = entryKey(manifest);
  const loader = staticClosure(manifest, entry);
  const loaderFiles = filesOf(manifest, loader);
  const loaderBytes = loaderFiles.reduce((sum, file) => sum + gzipOf(file), 0);
  const quoteKey = elementChunks(manifest).quote;
  const page = new Set(loader);
  if (quoteKey) staticClosure(manifest, quoteKey, page);
  const pageFiles = filesOf(manifest, page);
  const pageBytes = pageFiles.reduce((sum, file) => sum + gzipOf(file), 0);
  const preloads = loaderChunkImports(manifest);
  return [
    {
      scenario: 'size',
      name: 'CDN: loader, first load',
      value: kib(loaderBytes),
      unit: 'KiB',
      note: `${loaderFiles.length} file(s), ${importLevels(manifest, [entry])} module round trip(s)`,
    },
    {
      scenario: 'size',
      name: 'CDN: cold page with one <as-quote>, script downloaded',
      value: kib(pageBytes),
      unit: 'KiB',
      goal: { max: 28 },
      note: `${pageFiles.length} files`,
    },
    {
      scenario: 'size',
      name: 'CDN: cold page with one <as-quote>, sequential module round trips',
      value: coldPageRoundTrips(manifest, 'quote', preloads),
      unit: 'RTT',
      goal: { max: 2 },
      note: `from the build graph, with the loader's modulepreload of the element's chunks; without it ${coldPageRoundTrips(manifest, 'quote', {})}`,
    },
  ];
}

/** Network round trip the cold loads are emulated at (CDP), for every request of the page. */
const RTT_MS = 100;
const COLD_RUNS = 5;

interface ColdLoad {
  /** Navigation start → `<as-quote>` defined. */
  defined: number;
  /** Navigation start → the quote's last price on screen. */
  data: number;
  /** Script files fetched. */
  scripts: number;
}

/** One cold load (fresh browser context, no cache) of the CDN page with one `<as-quote>`. */
async function coldQuotePage(env: BenchEnv, server: CdnServer, prefix: string): Promise<ColdLoad> {
  const context = await env.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: RTT_MS,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.evaluateOnNewDocument(() => {
      const marks = globalThis as unknown as { coldDefined?: number; coldData?: number };
      void customElements.whenDefined('as-quote').then(() => {
        marks.coldDefined = performance.now();
      });
      // A timer, not rAF: a page of a fresh browser context may not get animation frames.
      const poll = setInterval(() => {
        const last = document
          .querySelector('as-quote')
          ?.shadowRoot?.querySelector('[data-field="last"]');
        if (!last || !/\d/.test(last.textContent ?? '')) return;
        marks.coldData = performance.now();
        clearInterval(poll);
      }, 5);
    });
    await page.goto(`${server.url}${prefix}/page.html`);
    await page.waitForFunction(() => 'coldData' in globalThis, { timeout: 30_000 });
    return await page.evaluate(() => {
      const marks = globalThis as unknown as { coldDefined: number; coldData: number };
      return {
        defined: marks.coldDefined,
        data: marks.coldData,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js')).length,
      };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Cold loads of the CDN page with one quote, with and without the loader's modulepreload. */
async function cdnColdLoads(env: BenchEnv): Promise<Figure[]> {
  const server = await startCdnServer();
  const user = await env.newUser();
  server.setBody(
    `${env.sessionTag()}<as-quote symbol="AAPL"></as-quote></as-session>` +
      `<script>document.getElementById('s').token = ${JSON.stringify(user.token)};</script>`,
  );
  const runs: Record<'preload' | 'none', ColdLoad[]> = { preload: [], none: [] };
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      runs.preload.push(await coldQuotePage(env, server, ''));
      runs.none.push(await coldQuotePage(env, server, '/no-preload'));
    }
  } finally {
    await server.close();
  }
  const ms = (loads: ColdLoad[], key: 'defined' | 'data') =>
    Math.round(median(loads.map((load) => load[key])));
  return (['data', 'defined'] as const).map((key) => ({
    scenario: 'size',
    name: `CDN: cold page with one <as-quote> at ${RTT_MS} ms RTT, navigation → ${key === 'data' ? 'first data' : '<as-quote> defined'}`,
    value: ms(runs.preload, key),
    unit: 'ms',
    note: `median of ${COLD_RUNS} (CDP network emulation, cache off, local sandbox); without the loader's modulepreload ${ms(runs.none, key)} ms; ${runs.preload[0]!.scripts} script files`,
  }));
}

export async function sizeScenario(env: BenchEnv): Promise<Figure[]> {
  const figures = await npmFigures();
  if (existsSync(join(CDN_DIR, '.vite/manifest.json'))) {
    figures.push(...cdnFigures(readCdnManifest()));
    figures.push(...(await cdnColdLoads(env)));
  } else {
    figures.push({
      scenario: 'size',
      name: 'CDN figures',
      value: 0,
      unit: '',
      note: 'not measured: run `pnpm build` first (they read packages/widgets/dist/cdn)',
    });
  }

  // Chart library bytes downloaded by a page that has the whole kit but no chart.
  const user = await env.newUser();
  const page = await env.open(
    `${env.sessionTag()}<as-watchlist></as-watchlist><as-quote symbol="AAPL"></as-quote></as-session>`,
    { token: user.token },
  );
  try {
    await page.waitForFunction(
      () => (globalThis as unknown as { bench: { rows(): number } }).bench.rows() > 0,
      { timeout: 20_000 },
    );
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    const chartBytes = loaded
      .filter((path) => env.pages.chartChunks.includes(path))
      .reduce((sum, path) => sum + (env.pages.files.get(path) ?? 0), 0);
    figures.push({
      scenario: 'size',
      name: 'chart library bytes loaded on a page without a chart',
      value: chartBytes,
      unit: 'B',
      goal: { max: 0 },
      note: `${loaded.length} files loaded; chart chunk(s): ${env.pages.chartChunks.join(', ') || 'none found'}`,
    });
  } finally {
    await page.close();
  }
  return figures;
}

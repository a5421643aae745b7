/**
 * Sharing and first data, on one dashboard page of 8 widgets for one account:
 *
 * - sharing: HTTP requests per distinct resource (method + path + query, counted by the
 *   sandbox's `/__sandbox/stats`; goal 1) and sockets per streamer (`/__sandbox/streams`; goal 1);
 * - first data: time from navigation start to every widget showing data (no loading, error or
 *   signed-out state), and the request round trips on the critical path: API requests grouped
 *   into waves, a request joining the wave after the latest one that had finished before it
 *   started (resource timing of the sandbox origin, up to the moment every widget showed data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchEnv } from '../lib/env.ts';
import { ROOT } from '../lib/page-server.ts';
import type { Figure } from '../lib/report.ts';
import { sleep } from '../lib/env.ts';
import { startRecorder } from '../lib/recorder.ts';

/** Candidate widgets, in the order they are put on the dashboard (the first 8 that exist). */
const CANDIDATES: Array<[folder: string, markup: string]> = [
  ['watchlist', '<as-watchlist></as-watchlist>'],
  ['positions', '<as-positions></as-positions>'],
  ['orders', '<as-orders></as-orders>'],
  ['account-summary', '<as-account-summary></as-account-summary>'],
  ['pnl-leaders', '<as-pnl-leaders></as-pnl-leaders>'],
  ['top-traded', '<as-top-traded></as-top-traded>'],
  ['quote', '<as-quote symbol="AAPL"></as-quote>'],
  ['news', '<as-news symbol="AAPL"></as-news>'],
  ['chart', '<as-chart symbol="AAPL"></as-chart>'],
  ['price-alerts', '<as-price-alerts></as-price-alerts>'],
  ['order-ticket', '<as-order-ticket symbol="AAPL"></as-order-ticket>'],
];

/** Elements registered by the kit's index (folder name → markup), in candidate order. */
export function availableWidgets(): Array<[string, string]> {
  const index = readFileSync(join(ROOT, 'packages/widgets/src/index.ts'), 'utf8');
  return CANDIDATES.filter(
    ([folder]) =>
      existsSync(join(ROOT, `packages/widgets/src/elements/${folder}/define.ts`)) &&
      index.includes(`./elements/${folder}/define.ts`),
  );
}

/** Eight widgets: the first 8 that exist, topped up with watchlist variants if fewer. */
export function dashboardWidgets(): Array<[string, string]> {
  const chosen = availableWidgets().slice(0, 8);
  const quote = chosen.find(([f]) => f === 'quote');
  for (let i = 0; chosen.length < 8; i++) {
    chosen.push(
      i === 0 || !quote
        ? ['watchlist (variant: readonly)', '<as-watchlist readonly></as-watchlist>']
        : ['quote (variant: MSFT)', '<as-quote symbol="MSFT"></as-quote>'],
    );
  }
  return chosen;
}

interface Timing {
  name: string;
  startTime: number;
  responseEnd: number;
}

/** Round trips on the critical path: the wave count of the requests made before `until`. */
export function roundTrips(requests: readonly Timing[], until: number): number {
  const sorted = requests
    .filter((r) => r.startTime <= until)
    .sort((a, b) => a.startTime - b.startTime);
  const waves: number[] = [];
  sorted.forEach((request, i) => {
    let wave = 1;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.responseEnd <= request.startTime) wave = Math.max(wave, waves[j]! + 1);
    }
    waves.push(wave);
  });
  return Math.max(0, ...waves);
}

export async function dashboardScenario(env: BenchEnv): Promise<Figure[]> {
  const widgets = dashboardWidgets();
  const user = await env.newUser();
  // A second origin that records headers: the page shows an image from it, fetches from it,
  // and a news story links to it (the link is followed once every widget shows data).
  const recorder = await startRecorder();
  await env.control('/news', {
    symbol: 'AAPL',
    Header: 'Bench story on another origin',
    Attachment: `${recorder.url}/story`,
  });
  const body = `${env.sessionTag()}${widgets.map(([, m]) => m).join('\n')}</as-session>
    <img alt="" src="${recorder.url}/img">`;
  await env.control('/stats', undefined, 'DELETE');
  const before = await env.control<{ connectionsOpened: Record<string, number> }>('/streams');
  const page = await env.open(body, { token: user.token });
  try {
    const shownAt = await page
      .waitForFunction(
        () => {
          const b = (globalThis as unknown as { bench: { waiting(): unknown[] } }).bench;
          return b.waiting().length === 0 ? performance.now() : false;
        },
        { polling: 'raf', timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
    const requests = await page.evaluate((api: string) => {
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.startsWith(api))
        .map((e) => ({
          name: e.name,
          startTime: e.startTime,
          responseEnd: (e as PerformanceResourceTiming).responseEnd,
        }));
    }, env.apiUrl);
    await page.evaluate(async (other: string) => {
      await fetch(`${other}/fetch`).catch(() => undefined);
      // No named functions in here: the page cannot see tsx's helpers.
      const roots: ParentNode[] = [document];
      while (roots.length > 0) {
        const root = roots.pop()!;
        const link = [...root.querySelectorAll('a')].find((a) => a.href.startsWith(other));
        if (link) {
          link.click();
          break;
        }
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }, recorder.url);
    // Let late duplicates (if any) and the opened story arrive before counting.
    await sleep(1500);
    const leaks = recorder.requests.filter((r) => JSON.stringify(r).includes(user.token)).length;
    const recorded = recorder.requests.map((r) => `${r.method} ${r.url}`);
    await recorder.close();
    const stats = await env.control<{ requests: { byUrl: Record<string, number> } }>('/stats');
    const streams = await env.control<{
      sockets: Record<string, number>;
      connectionsOpened: Record<string, number>;
    }>('/streams');
    const opened = (kind: string) =>
      (streams.connectionsOpened[kind] ?? 0) - (before.connectionsOpened[kind] ?? 0);
    const api = Object.entries(stats.requests.byUrl).filter(([url]) => url.includes(' /api/'));
    const worst = api.reduce<[string, number]>((max, e) => (e[1] > max[1] ? e : max), ['', 0]);
    const duplicated = api.filter(([, n]) => n > 1).map(([url, n]) => `${url} ×${n}`);
    const names = widgets.map(([name]) => name).join(', ');
    return [
      {
        scenario: 'sharing',
        name: 'HTTP requests per distinct resource (max)',
        value: worst[1],
        unit: 'req',
        goal: { max: 1 },
        note: `${api.length} resources, ${api.reduce((s, [, n]) => s + n, 0)} requests; widgets: ${names}${duplicated.length ? `; repeated: ${duplicated.slice(0, 4).join('; ')}` : ''}`,
      },
      {
        scenario: 'sharing',
        name: 'sockets per streamer (quote)',
        value: opened('quote'),
        unit: 'socket',
        goal: { max: 1 },
        note: `open now ${streams.sockets.quote ?? 0}, opened during the page ${opened('quote')}`,
      },
      {
        scenario: 'sharing',
        name: 'sockets per streamer (data)',
        value: opened('data'),
        unit: 'socket',
        goal: { max: 1 },
        note: `open now ${streams.sockets.data ?? 0}, opened during the page ${opened('data')}`,
      },
      {
        scenario: 'sharing',
        name: 'requests to another origin carrying the token',
        value: leaks,
        unit: 'req',
        goal: { max: 0 },
        note: `second origin recorded ${recorded.length} requests with all headers: ${[...new Set(recorded)].join(', ')}`,
      },
      {
        scenario: 'first-data',
        name: 'navigation → every widget showing data',
        value: shownAt,
        unit: 'ms',
        note: `${widgets.length} widgets, local sandbox, no added latency`,
      },
      {
        scenario: 'first-data',
        name: 'request round trips on the critical path',
        value: roundTrips(requests, shownAt),
        unit: 'RTT',
        note: `HTTP waves only: ${requests.filter((r) => r.startTime <= shownAt).length} API requests before all data shown; account data, watchlists and alerts are fetched once the data streamer acknowledged their subscriptions (its connect, CreateSession and Subscribe round trips run beside the first HTTP waves)`,
      },
    ];
  } finally {
    await page.close();
  }
}

/**
 * Leaks: every widget that exists, mounted together inside one long-lived `<as-session>` and
 * removed again two frames later, 1,000 times. Then: live stream subscriptions left at the
 * sandbox (`/__sandbox/streams`, after the client's idle-close grace), the client's streamer
 * status, and JS heap growth after forced GC (CDP `HeapProfiler.collectGarbage` +
 * `Runtime.getHeapUsage`), measured from a warmed-up baseline.
 */
import type { BenchEnv } from '../lib/env.ts';
import { until } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { availableWidgets } from './dashboard.ts';

const CYCLES = 1000;
const WARMUP = 20;
// Heap is measured after a warm-up that shows every widget with data once (lazy chart library
// loaded, session caches filled), then at half time and at the end; growth that stops after
// the first half is caches filling, growth that continues is a leak.

interface Streams {
  sockets: Record<string, number>;
  subscriptions: number;
}

export async function leaksScenario(env: BenchEnv, log: (line: string) => void): Promise<Figure[]> {
  const widgets = availableWidgets();
  const markup = widgets.map(([, m]) => m).join('');
  const user = await env.newUser();
  const page = await env.open(`${env.sessionTag()}</as-session>`, { token: user.token });
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = (count: number) =>
    page.evaluate(
      (m: string, n: number) =>
        (
          globalThis as unknown as { bench: { cycle(m: string, n: number): Promise<void> } }
        ).bench.cycle(m, n),
      markup,
      count,
    );
  const idle = () =>
    until(
      async () => (await env.control<Streams>('/streams')).subscriptions === 0,
      'stream subscriptions to close',
      12_000,
      250,
    ).catch(() => false);
  try {
    const notWarm = await page.evaluate(
      (m: string) =>
        (globalThis as unknown as { bench: { warm(m: string): Promise<string[]> } }).bench.warm(m),
      markup,
    );
    if (notWarm.length) log(`leaks: not showing data while warming up: ${notWarm.join(', ')}`);
    await cycle(WARMUP);
    await idle();
    const before = await heap();
    log(`leaks: ${CYCLES} cycles of ${widgets.length} widgets…`);
    await cycle(CYCLES / 2);
    await idle();
    const half = await heap();
    await cycle(CYCLES / 2);
    await idle();
    // The client closes a streamer's socket 5 s after its last subscription leaves.
    await until(
      async () => {
        const { sockets } = await env.control<Streams>('/streams');
        return (sockets.quote ?? 0) + (sockets.data ?? 0) === 0;
      },
      'idle sockets to close',
      10_000,
      250,
    ).catch(() => false);
    const streams = await env.control<Streams>('/streams');
    const status = await page.evaluate(() =>
      (
        globalThis as unknown as { bench: { streamStatus(): Record<string, string> } }
      ).bench.streamStatus(),
    );
    const after = await heap();
    const growth = (after - before) / (1024 * 1024);
    const mb = (bytes: number) => (bytes / 1048576).toFixed(2);
    const names = widgets.map(([name]) => name).join(', ');
    return [
      {
        scenario: 'leaks',
        name: `stream subscriptions left after ${CYCLES} cycles`,
        value: streams.subscriptions,
        unit: 'subs',
        goal: { max: 0 },
        note: `sandbox sockets open: quote ${streams.sockets.quote ?? 0}, data ${streams.sockets.data ?? 0}; client streamers: ${JSON.stringify(status)}; widgets: ${names}`,
      },
      {
        scenario: 'leaks',
        name: `JS heap growth after ${CYCLES} cycles (after GC)`,
        value: growth,
        unit: 'MB',
        goal: { max: 1 },
        note: `${mb(before)} → ${mb(half)} after ${CYCLES / 2} → ${mb(after)} MB after ${CYCLES} (baseline: every widget shown with data once, then ${WARMUP} cycles); second half alone: ${(after - half) / 1048576 >= 0 ? '+' : ''}${mb(after - half)} MB`,
      },
    ];
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * Prints what per-frame coalescing saves: a sandbox firehose (10,000 quote updates/s) streamed
 * over a real WebSocket into a QuoteStore with 30 securities × 5 listeners, once coalesced (the
 * default; a 16 ms frame in Node) and once with `coalesce: false`. A figure, not a test.
 * Run: pnpm exec tsx packages/client/src/quotes/quote-store.bench.ts
 */
import { WebSocket } from 'ws';
import { startSandboxServer } from '@autoshares/sandbox/node';
import { StreamingClient } from '../streaming/streaming-client.ts';
import type { StreamerAddresses } from '../streaming/connection.ts';
import { QuoteStore } from './quote-store.ts';

const SECONDS = 3;
const SECURITIES = 30;
const LISTENERS_PER_SECURITY = 5;

const server = await startSandboxServer({ port: 0, host: '127.0.0.1', tickRate: 10_000 });
const user = (await (await fetch(`${server.url}/__sandbox/users`, { method: 'POST' })).json()) as {
  appKey: string;
  token: string;
  userId: number;
};
const call = async <T>(method: string, path: string): Promise<T> =>
  (await (
    await fetch(`${server.apiUrl}/${path}`, {
      method,
      headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` },
    })
  ).json()) as T;

async function run(coalesce: boolean): Promise<void> {
  const streaming = new StreamingClient({
    discover: () => call<StreamerAddresses>('GET', 'v1.0/streamers'),
    recover: async (kind) =>
      (
        await call<{ Id: string }>(
          'PUT',
          `v1.0/streamers/session/recover?sessionType=${kind === 'data' ? 0 : 1}`,
        )
      ).Id,
    userId: async () => user.userId,
    WebSocket,
  });
  const store = new QuoteStore({ streaming, resolve: () => Promise.reject(), coalesce });
  let ticks = 0;
  let notifications = 0;
  const stops: (() => void)[] = [];
  for (let id = 1; id <= SECURITIES; id++) {
    stops.push(streaming.subscribe('Quote', id, () => ticks++));
    for (let i = 0; i < LISTENERS_PER_SECURITY; i++) {
      stops.push(store.subscribe(id, () => notifications++));
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // connect and warm up
  ticks = 0;
  notifications = 0;
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const cpu = process.cpuUsage(cpuBefore);
  const perSecond = (n: number) => Math.round(n / SECONDS).toLocaleString('en-US');
  console.log(`coalesce: ${coalesce}`);
  console.log(`  quote messages received  ${perSecond(ticks)}/s`);
  console.log(`  listener notifications   ${perSecond(notifications)}/s`);
  console.log(
    `  process CPU              ${((cpu.user + cpu.system) / 1000 / SECONDS).toFixed(0)} ms per s (sandbox included)`,
  );
  for (const stop of stops) stop();
  store.dispose();
  streaming.dispose();
}

try {
  await run(true);
  await run(false);
} finally {
  await server.close();
}

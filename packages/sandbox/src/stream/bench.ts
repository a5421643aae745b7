/**
 * Streamer benchmark: prints figures, asserts nothing. Starts a sandbox server on 127.0.0.1 with
 * the market at `--tick-rate` quote updates a second, opens `--sockets` quote streamer sockets
 * each subscribed to `--keys` securities, and after `--seconds` prints the messages received
 * per second, the hub's stats and the event-loop delay.
 *
 *   node --import tsx packages/sandbox/src/stream/bench.ts --sockets 200 --keys 20 --tick-rate 10000 --seconds 5
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { startSandboxServer } from '../node/server.ts';

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '100' },
    keys: { type: 'string', default: '20' },
    'tick-rate': { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
  },
});
const sockets = Number(values.sockets);
const keysPerSocket = Number(values.keys);
const tickRate = Number(values['tick-rate']);
const seconds = Math.min(Number(values.seconds), 120);

const server = await startSandboxServer({ tickRate, autoStart: false, pingIntervalMs: 10_000 });
const ids = server.sandbox.world.market.securities().map((s) => s.Id as number);
const user = (await (await fetch(`${server.url}/__sandbox/users`, { method: 'POST' })).json()) as {
  token: string;
  appKey: string;
  userId: number;
};
const headers = { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` };

let received = 0;
const clients: WebSocket[] = [];
for (let i = 0; i < sockets; i++) {
  const streamers = (await (
    await fetch(`${server.apiUrl}/v1.0/streamers`, { headers })
  ).json()) as {
    QuoteAddresses: { Url: string; SessionId: string }[];
  };
  const { Url, SessionId } = streamers.QuoteAddresses[0];
  const ws = new WebSocket(
    `${Url}/CreateSession.txt?User=${user.userId}:${SessionId}&Password=${SessionId}`,
  );
  clients.push(ws);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no CreateSession within 5 s')), 5000);
    ws.once('error', reject);
    ws.once('message', (data) => {
      clearTimeout(timer);
      const { SessionId: session } = JSON.parse(String(data)) as { SessionId: string };
      const keys = Array.from(
        { length: keysPerSocket },
        (_, k) => ids[(i * 7 + k) % ids.length],
      ).join(';');
      ws.send(
        JSON.stringify({
          Cmd: 'Subscribe.txt',
          SessionId: session,
          Keys: keys,
          EntityType: 'Quote',
        }),
      );
      ws.on('message', () => received++);
      resolve();
    });
  });
}

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
received = 0;
const started = performance.now();
server.sandbox.start();
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
server.sandbox.stop();
const elapsed = (performance.now() - started) / 1000;
delay.disable();

const stats = server.sandbox.hub.stats();
console.log(
  JSON.stringify(
    {
      sockets,
      keysPerSocket,
      securities: ids.length,
      tickRate,
      seconds: Number(elapsed.toFixed(2)),
      messagesPerSecond: Math.round(received / elapsed),
      ticksRun: server.sandbox.world.ticks,
      eventLoopDelayMs: {
        p50: delay.percentile(50) / 1e6,
        p99: delay.percentile(99) / 1e6,
        max: delay.max / 1e6,
      },
      hub: stats,
    },
    null,
    2,
  ),
);
for (const ws of clients) ws.terminate();
await server.close();

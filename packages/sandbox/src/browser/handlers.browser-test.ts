/**
 * Browser test (web-test-runner, headless Chromium): the MSW handlers serve REST and both
 * streamers inside the page. Needs `/mockServiceWorker.js` served by the test server
 * (`mockServiceWorkerMiddleware()` from ./service-worker-file.ts).
 */
import { expect } from '@open-wc/testing';
import { Hono } from 'hono';
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { SandboxEnv, StreamerHub } from '../contract.ts';
import { createStreamerHub } from '../stream/hub.ts';
import { registerStreamerRoutes } from '../stream/routes.ts';
import { createFakeWorld, waitFor, type FakeWorld } from '../stream/test-support.ts';
import { createSandboxHandlers } from './handlers.ts';

const BASE = 'https://sandbox-handlers.test/api';

describe('createSandboxHandlers (MSW in the browser)', () => {
  let world: FakeWorld;
  let hub: StreamerHub;
  let worker: SetupWorker;

  beforeEach(async () => {
    world = createFakeWorld();
    hub = createStreamerHub(world, { pingIntervalMs: 50 });
    const app = new Hono<SandboxEnv>();
    const api = app.basePath('/api');
    api.use('/v1.0/*', async (c, next) => {
      c.set('world', world);
      c.set('userId', 1);
      await next();
    });
    registerStreamerRoutes(api);
    worker = setupWorker(
      ...createSandboxHandlers({ fetch: (request) => app.fetch(request), hub }, BASE),
    );
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });

  afterEach(() => {
    worker.stop();
    hub.close();
  });

  it('serves REST through the sandbox fetch and streams quotes over an intercepted WebSocket', async () => {
    const response = await fetch(`${BASE}/v1.0/streamers`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as {
      QuoteAddresses: { Url: string; SessionId: string }[];
    };
    const { Url, SessionId } = body.QuoteAddresses[0];
    expect(Url).to.equal('wss://sandbox-handlers.test/streamer/quote');

    const frames: string[] = [];
    const socket = new WebSocket(
      `${Url}/CreateSession.txt?User=1:${SessionId}&Password=${SessionId}&HttpClientType=WebSocket`,
    );
    socket.addEventListener('message', (event) => frames.push(String(event.data)));
    const messages = () => frames.map((f) => JSON.parse(f) as Record<string, string>);
    await waitFor(() => frames.length >= 1, 3000, 'CreateSession');
    const created = messages()[0];
    expect(created.Cmd).to.equal('CreateSession.txt');
    expect(created.StatusCode).to.equal('Ok');

    socket.send(
      JSON.stringify({
        Cmd: 'Subscribe.txt',
        SessionId: created.SessionId,
        Keys: '5',
        EntityType: 'Quote',
      }),
    );
    await waitFor(
      () => messages().some((m) => m.EntityType === 'Quote' && !m.Cmd),
      3000,
      'the snapshot',
    );
    world.emit({ type: 'quote', securityId: 5, quote: { Last: 123.45 } });
    await waitFor(() => messages().some((m) => m.Last === '123.45'), 3000, 'the update');
    await waitFor(() => messages().some((m) => m.Cmd === 'Ping'), 3000, 'a ping');

    hub.dropSockets();
    await waitFor(
      () => socket.readyState === WebSocket.CLOSED,
      3000,
      'the dropped socket to close',
    );
  });

  it('refuses a streamer login with a session of nobody', async () => {
    const frames: string[] = [];
    const socket = new WebSocket(
      'wss://sandbox-handlers.test/streamer/data/CreateSession.txt?User=1:x&Password=x',
    );
    socket.addEventListener('message', (event) => frames.push(String(event.data)));
    await waitFor(
      () => socket.readyState === WebSocket.CLOSED,
      3000,
      'the refused socket to close',
    );
    expect(JSON.parse(frames[0]).StatusCode).to.equal('Error');
  });
});

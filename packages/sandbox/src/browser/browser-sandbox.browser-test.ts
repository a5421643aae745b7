/**
 * Browser test (web-test-runner, headless Chromium): the whole sandbox runs in the page, REST
 * through MSW's service worker and both streamers through MSW's WebSocket interception.
 * Needs `/mockServiceWorker.js` served by the test server (`mockServiceWorkerMiddleware()`).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../stream/test-support.ts';
import { startBrowserSandbox, type BrowserSandbox } from './index.ts';

interface TestUser {
  token: string;
  appKey: string;
  userId: number;
  accountIds: number[];
}

/** A page-side client of the in-page sandbox. */
function client(apiUrl: string) {
  const origin = new URL(apiUrl).origin;
  return async <T>(path: string, init: RequestInit = {}, user?: TestUser): Promise<T> => {
    const headers = new Headers(init.headers);
    headers.set('Content-Type', 'application/json');
    if (user) {
      headers.set('Et-App-Key', user.appKey);
      headers.set('Authorization', `Bearer ${user.token}`);
    }
    const url = path.startsWith('/__sandbox') ? `${origin}${path}` : `${apiUrl}${path}`;
    const response = await fetch(url, { ...init, headers });
    expect(response.ok, `${path} → ${response.status}`).to.equal(true);
    return (await response.json()) as T;
  };
}

/** Open a streamer socket the way the widget client does and wait for CreateSession. */
async function openStreamer(url: string, user: TestUser, sessionId: string) {
  const frames: string[] = [];
  const socket = new WebSocket(
    `${url}/CreateSession.txt?User=${user.userId}:${sessionId}&Password=${sessionId}&HttpClientType=WebSocket`,
  );
  socket.addEventListener('message', (event) => frames.push(String(event.data)));
  const messages = () => frames.map((f) => JSON.parse(f) as Record<string, string>);
  await waitFor(() => frames.length > 0, 3000, 'CreateSession');
  expect(messages()[0].StatusCode).to.equal('Ok');
  return { socket, messages, session: messages()[0].SessionId };
}

describe('startBrowserSandbox', () => {
  let running: BrowserSandbox;

  before(async () => {
    running = await startBrowserSandbox({ autoStart: false, pingIntervalMs: 100 });
  });
  after(() => running.stop());

  it('serves REST, quotes and orders inside the page', async () => {
    expect(running.apiUrl).to.equal('https://sandbox.autoshares.local/api');
    const api = client(running.apiUrl);
    const user = await api<TestUser>('/__sandbox/users', { method: 'POST' });
    const streamers = await api<{
      QuoteAddresses: { Url: string; SessionId: string }[];
      DataAddresses: { Url: string; SessionId: string }[];
    }>('/v1.0/streamers', {}, user);
    expect(streamers.QuoteAddresses[0].Url).to.equal(
      'wss://sandbox.autoshares.local/streamer/quote',
    );

    const quotes = await openStreamer(
      streamers.QuoteAddresses[0].Url,
      user,
      streamers.QuoteAddresses[0].SessionId,
    );
    const aapl = await api<{ SecurityId: number }>('/__sandbox/prices', {
      method: 'POST',
      body: JSON.stringify({ symbol: 'AAPL', price: 180.5 }),
    });
    const key = String(aapl.SecurityId);
    quotes.socket.send(
      JSON.stringify({
        Cmd: 'Subscribe.txt',
        SessionId: quotes.session,
        Keys: key,
        EntityType: 'Quote',
      }),
    );
    await waitFor(
      () => quotes.messages().some((m) => !m.Cmd && m.Key === key && m.Last === '180.5'),
      3000,
      'snapshot',
    );
    await api('/__sandbox/prices', {
      method: 'POST',
      body: JSON.stringify({ symbol: 'AAPL', price: 181 }),
    });
    await waitFor(
      () => quotes.messages().some((m) => !m.Cmd && m.Key === key && m.Last === '181'),
      3000,
      'update',
    );

    const data = await openStreamer(
      streamers.DataAddresses[0].Url,
      user,
      streamers.DataAddresses[0].SessionId,
    );
    const accountId = String(user.accountIds[0]);
    data.socket.send(
      JSON.stringify({
        Cmd: 'Subscribe.txt',
        SessionId: data.session,
        Keys: accountId,
        EntityType: 'Order',
      }),
    );
    await waitFor(() => data.messages().some((m) => m.Cmd === 'Subscribe.txt'), 3000, 'ack');
    await api(
      `/v1.0/accounts/${accountId}/orders`,
      {
        method: 'POST',
        body: JSON.stringify({
          Symbol: 'AAPL',
          Side: 'Buy',
          Type: 'Market',
          Quantity: 1,
          TimeInforce: 'Day',
        }),
      },
      user,
    );
    await waitFor(
      () => data.messages().some((m) => m.EntityType === 'Order' && m.Status === 'PendingNew'),
      3000,
      'PendingNew',
    );
    expect(running.sandbox.hub.stats().sockets).to.deep.equal({ quote: 1, data: 1 });
    quotes.socket.close();
    data.socket.close();
    await waitFor(
      () => running.sandbox.hub.stats().sockets.quote === 0,
      3000,
      'the hub to see the close',
    );
  });
});

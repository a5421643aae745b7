import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { AutoSharesClient } from '../client.ts';
import { UrlPolicyError } from '../http/url-policy.ts';
import { StreamingClient } from './streaming-client.ts';
import type { StreamerAddresses, WebSocketConstructor } from './connection.ts';
import { startFakeStreamer, type FakeStreamer } from './testing/fake-streamer.ts';
import { waitFor } from './testing/wait-for.ts';

describe('streamer addresses and base URLs go through the URL policy', () => {
  let fake: FakeStreamer | undefined;
  let client: StreamingClient | undefined;
  afterEach(async () => {
    client?.dispose();
    await fake?.close();
  });

  it('never opens a socket to a refused streamer address, and connects once /streamers gives a good one', async () => {
    fake = await startFakeStreamer();
    const real = await fake.services.discover('quote');
    const refused = ['ws://stream.example/quote', 'javascript:alert(1)', '//127.0.0.1/quote'];
    let discoveries = 0;
    const opened: string[] = [];
    // The ws package's WebSocket, recording every address a socket is opened to.
    const Recording = class extends WebSocket {
      constructor(url: string) {
        opened.push(url);
        super(url);
      }
    } as unknown as WebSocketConstructor;
    client = new StreamingClient({
      ...fake.services,
      discover: async (): Promise<StreamerAddresses> => {
        const bad = refused[discoveries++];
        return bad ? { ...real, QuoteAddresses: [{ Url: bad, SessionId: 'x' }] } : real;
      },
      WebSocket: Recording,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => fake!.open('quote') === 1, 5000, 'the quote streamer link');
    assert.ok(
      discoveries > refused.length,
      'every refused address was followed by a new discovery',
    );
    assert.equal(opened.length, 1, `sockets opened: ${opened.join(', ')}`);
    assert.match(opened[0], /^ws:\/\/127\.0\.0\.1:\d+\/quote\/CreateSession\.txt\?/);
  });

  it('a client refuses a base URL outside the policy with a typed error', () => {
    for (const baseUrl of ['http://api.example/api', 'javascript:alert(1)', '//api.example/api']) {
      assert.throws(
        () => new AutoSharesClient({ baseUrl, appKey: 'k', token: 't' }),
        (error: unknown) => error instanceof UrlPolicyError && error.setting === 'baseUrl',
        baseUrl,
      );
    }
    new AutoSharesClient({ baseUrl: 'https://api.example/api', appKey: 'k' }).dispose();
  });
});

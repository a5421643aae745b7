/**
 * Delayed or real time: the quote streamer's discovered `Type`, and what happens when the
 * client asks again after an agreement was signed (against a protocol-speaking server).
 */
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { StreamingClient } from './streaming-client.ts';
import type { StreamerAddresses, StreamStatus, WebSocketConstructor } from './connection.ts';
import { startFakeStreamer, type FakeStreamer } from './testing/fake-streamer.ts';
import { waitFor } from './testing/wait-for.ts';

describe('quote delivery (delayed or real time)', () => {
  let fake: FakeStreamer | undefined;
  let client: StreamingClient | undefined;
  afterEach(async () => {
    client?.dispose();
    await fake?.close();
  });

  /** A client whose `/streamers` answers the quote streamer's Type from `type()`, or fails. */
  async function setUp(type: () => string | Error) {
    fake = await startFakeStreamer();
    const real = await fake.services.discover('quote');
    const statuses: StreamStatus[] = [];
    const changes: boolean[] = [];
    client = new StreamingClient({
      ...fake.services,
      discover: async (): Promise<StreamerAddresses> => {
        const t = type();
        if (t instanceof Error) throw t;
        return { ...real, QuoteAddresses: [{ ...real.QuoteAddresses![0], Type: t }] };
      },
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    client.onStatus((kind, status) => kind === 'quote' && statuses.push(status));
    client.onDelayed((kind, delayed) => kind === 'quote' && changes.push(delayed));
    client.subscribe('Quote', 1, () => {});
    await waitFor(() => client!.status('quote') === 'open', 3000, 'quote link open');
    return { fake, client, statuses, changes };
  }

  it('a Delayed quote streamer turns real time when asked again, renewing its link without a "reconnecting"', async () => {
    let type = 'Delayed';
    const t = await setUp(() => type);
    assert.equal(t.client.delayed('quote'), true);
    assert.equal(t.client.delayed('data'), false);
    type = 'EntitlementBased';
    t.statuses.length = 0;
    await t.client.refreshDelivery();
    assert.equal(t.client.delayed('quote'), false);
    assert.deepEqual(t.changes, [true, false]);
    await waitFor(() => t.client.status('quote') === 'open', 3000, 'renewed link open');
    assert.deepEqual(t.statuses, ['connecting', 'open']);
    assert.equal(t.fake.logins.filter((l) => l.kind === 'quote').length, 2);
    // the renewed link has the quote subscription back
    await waitFor(
      () => t.fake.commands('Subscribe.txt', 'quote').length === 2,
      3000,
      'resubscribed',
    );
  });

  it('asking again with nothing changed, or failing to ask, leaves the link alone', async () => {
    let answer: string | Error = 'Delayed';
    const t = await setUp(() => answer);
    await t.client.refreshDelivery();
    answer = new Error('network down');
    await t.client.refreshDelivery();
    assert.equal(t.client.delayed('quote'), true);
    assert.deepEqual(t.changes, [true]);
    assert.equal(t.client.status('quote'), 'open');
    assert.equal(t.fake.logins.filter((l) => l.kind === 'quote').length, 1);
  });
});

import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { QuoteStore } from './quote-store.ts';
import { createManualFrameScheduler } from './frame-scheduler.ts';
import { StreamingClient } from '../streaming/streaming-client.ts';
import { convertQuote, parseStreamFrames, QUOTE_PARSERS } from '../streaming/frames.ts';
import type { RawFields } from '../streaming/coerce.ts';
import type { StreamMessage, StreamQuote } from '../streaming/stream-types.ts';
import { startFakeStreamer, type FakeStreamer } from '../streaming/testing/fake-streamer.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

/** Each message converted on its own (as the client did per message) and merged in turn. */
function mergedOneByOne(raws: RawFields[]): StreamQuote {
  let quote = {} as StreamQuote;
  for (const raw of raws) {
    const [frame] = parseStreamFrames(JSON.stringify(raw), QUOTE_PARSERS);
    assert.equal(frame?.type, 'data');
    quote = { ...quote, ...(frame as { message: StreamMessage }).message.data };
  }
  return quote;
}

describe('convertQuote (a frame of quote messages converted once)', () => {
  it("gives each field its latest value that converts, as merging every message's conversion", () => {
    const raws: RawFields[] = [
      { EntityType: 'Quote', Key: '5', Last: '10', Bid: '9.5', Date: '11/23/2026 15:04:05' },
      { EntityType: 'Quote', Key: '5', Last: '11', Ask: '11.25', IsHalted: 'True' },
      // an empty and a "null" value do not replace what an older message said
      { EntityType: 'Quote', Key: '5', Last: '', Bid: 'null', Volume: '1200', AskMarket: 'NSDQ' },
      { EntityType: 'Quote', Key: '5', Ask: 'not a number', IsHalted: 'False', SentAt: '17' },
    ];
    const expected = mergedOneByOne(raws);
    assert.deepEqual(convertQuote(raws, 5), expected);
    assert.deepEqual(expected, {
      SecurityId: 5,
      Last: 11,
      Bid: 9.5,
      Ask: 11.25,
      Date: Date.UTC(2026, 10, 23, 15, 4, 5),
      IsHalted: false,
      Volume: 1200,
      AskMarket: 'NSDQ',
      SentAt: '17',
    });
  });

  it("converts each message's own dates, however they alternate", () => {
    const at = (date: string, bidTime?: string) =>
      convertQuote([{ EntityType: 'Quote', Key: '5', Date: date, BidTime: bidTime }], 5);
    assert.equal(at('11/23/2026 15:04:05').Date, Date.UTC(2026, 10, 23, 15, 4, 5));
    assert.equal(at('11/23/2026 15:04:06').Date, Date.UTC(2026, 10, 23, 15, 4, 6));
    assert.equal(at('01/01/1970 00:00:00').Date, null, "ETNA's no date");
    const both = at('11/23/2026 15:04:06', '11/23/2026 15:04:05');
    assert.deepEqual(
      [both.Date, both.BidTime],
      [Date.UTC(2026, 10, 23, 15, 4, 6), Date.UTC(2026, 10, 23, 15, 4, 5)],
    );
    assert.equal('Date' in at(''), false, 'an empty date is left out');
    assert.equal(at('11/23/2026 15:04:05').Date, Date.UTC(2026, 10, 23, 15, 4, 5));
  });

  it('leaves the messages as they were received', () => {
    const raw: RawFields = { EntityType: 'Quote', Key: '5', Last: '10' };
    convertQuote([raw], 5);
    assert.deepEqual(raw, { EntityType: 'Quote', Key: '5', Last: '10' });
  });
});

describe('QuoteStore over a real streamer connection', () => {
  let fake: FakeStreamer;
  let streaming: StreamingClient;

  beforeEach(async () => {
    fake = await startFakeStreamer();
    streaming = new StreamingClient({
      ...fake.services,
      WebSocket,
      backoff: { baseMs: 10, maxMs: 40 },
      idleCloseMs: 50,
    });
  });

  afterEach(async () => {
    streaming.dispose();
    await fake.close();
  });

  /** Sends `count` quote messages and waits until the client's raw listeners have them all. */
  async function burst(messages: RawFields[], seen: () => number): Promise<void> {
    const before = seen();
    for (const message of messages) fake.send('quote', message);
    await waitFor(() => seen() === before + messages.length, 3000, 'every message received');
  }

  it('shows the latest value after a burst, converted, with fields only older ticks had', async () => {
    const frames = createManualFrameScheduler();
    const store = new QuoteStore({
      streaming,
      resolve: () => Promise.reject(new Error('no lookups expected')),
      scheduleFrame: frames.schedule,
    });
    let received = 0;
    streaming.subscribeRawQuotes(5, () => received++);
    const shown: StreamQuote[] = [];
    store.subscribe(5, (quote) => shown.push(quote));
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 3000, 'one Subscribe');

    // 100 ticks in one frame, more than the store keeps unconverted (a tab whose frames stop)
    const ticks: RawFields[] = [
      { EntityType: 'Quote', Key: '5', Bid: '99.5', Date: '11/23/2026 15:04:05' },
    ];
    for (let i = 1; i < 100; i++)
      ticks.push({ EntityType: 'Quote', Key: '5', Last: String(100 + i / 100), Ask: '' });
    ticks[50] = { ...ticks[50], Ask: '101.75' };
    await burst(ticks, () => received);
    assert.equal(shown.length, 0, 'nothing before the frame');
    frames.step();
    assert.equal(shown.length, 1, 'one notification for the burst');
    assert.deepEqual(shown[0], mergedOneByOne(ticks));
    assert.deepEqual(
      { Last: shown[0]!.Last, Bid: shown[0]!.Bid, Ask: shown[0]!.Ask, Date: shown[0]!.Date },
      { Last: 100.99, Bid: 99.5, Ask: 101.75, Date: Date.UTC(2026, 10, 23, 15, 4, 5) },
    );

    // the next frame merges into the published quote without changing it
    await burst([{ EntityType: 'Quote', Key: '5', Last: '102' }], () => received);
    frames.step();
    assert.equal(shown.length, 2);
    assert.equal(shown[0]!.Last, 100.99, 'the published quote is left as it was');
    assert.deepEqual(
      { Last: shown[1]!.Last, Bid: shown[1]!.Bid, Ask: shown[1]!.Ask },
      { Last: 102, Bid: 99.5, Ask: 101.75 },
    );
    store.dispose();
  });

  it('shares one subscription with converted listeners, who still get every message', async () => {
    const frames = createManualFrameScheduler();
    const store = new QuoteStore({
      streaming,
      resolve: () => Promise.reject(new Error('no lookups expected')),
      scheduleFrame: frames.schedule,
    });
    const converted: number[] = [];
    const stopConverted = streaming.subscribe('Quote', 7, (quote) =>
      converted.push(quote.Last ?? NaN),
    );
    const shown: number[] = [];
    const stopStore = store.subscribe(7, (quote) => shown.push(quote.Last ?? NaN));
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 3000, 'one Subscribe');
    for (const last of ['1.5', '2.5', '3.5'])
      fake.send('quote', { EntityType: 'Quote', Key: '7', Last: last });
    await waitFor(() => converted.length === 3, 3000, 'every message to the converted listener');
    frames.step();
    assert.deepEqual(converted, [1.5, 2.5, 3.5]);
    assert.deepEqual(shown, [3.5]);
    assert.equal(fake.commands('Subscribe.txt').length, 1, 'one Subscribe for both');

    stopStore();
    stopConverted();
    await waitFor(() => fake.commands('Unsubscribe.txt').length === 1, 3000, 'one Unsubscribe');
    store.dispose();
  });

  it('with coalesce:false converts and shows every tick', async () => {
    const store = new QuoteStore({
      streaming,
      resolve: () => Promise.reject(new Error('no lookups expected')),
      coalesce: false,
    });
    const shown: StreamQuote[] = [];
    store.subscribe(9, (quote) => shown.push(quote));
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 3000, 'one Subscribe');
    fake.send('quote', { EntityType: 'Quote', Key: '9', Last: '5', Bid: '4.5' });
    fake.send('quote', { EntityType: 'Quote', Key: '9', Last: '6', Bid: 'null' });
    await waitFor(() => shown.length === 2, 3000, 'both ticks');
    assert.deepEqual(shown, [
      { SecurityId: 9, Last: 5, Bid: 4.5 },
      { SecurityId: 9, Last: 6, Bid: 4.5 },
    ]);
    store.dispose();
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteStore } from './quote-store.ts';
import { createManualFrameScheduler } from './frame-scheduler.ts';
import type { StreamingClient } from '../streaming/streaming-client.ts';
import type { StreamQuote } from '../streaming/stream-types.ts';
import type { RawFields } from '../streaming/coerce.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

/**
 * A stand-in for StreamingClient that records quote subscriptions and lets a test push ticks,
 * sent as the streamer sends them (every value a string).
 */
function fakeStreaming() {
  const listeners = new Map<number, Set<(fields: RawFields) => void>>();
  const log: string[] = [];
  const streaming = {
    subscribeRawQuotes(key: string | number, listener: (fields: RawFields) => void) {
      const id = Number(key);
      log.push(`+${id}`);
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        log.push(`-${id}`);
        set.delete(listener);
      };
    },
  } as Pick<StreamingClient, 'subscribeRawQuotes'>;
  return {
    streaming,
    log,
    tick(id: number, fields: Partial<StreamQuote>) {
      const raw: RawFields = { EntityType: 'Quote', Key: String(id) };
      for (const [name, value] of Object.entries(fields)) raw[name] = String(value);
      for (const listener of listeners.get(id) ?? []) listener(raw);
    },
  };
}

const never = () => Promise.reject(new Error('no lookups expected'));

describe('QuoteStore', () => {
  it('coalesces a burst of 100 ticks within one frame into one notification with the last value', () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
    });
    const seen: number[] = [];
    store.subscribe(5, (q) => seen.push(q.Last!));
    for (let i = 1; i <= 100; i++) stream.tick(5, { Last: i });
    assert.deepEqual(seen, [], 'nothing before the frame');
    assert.equal(frames.pending, 1, 'one frame requested for the whole burst');
    frames.step();
    assert.deepEqual(seen, [100]);
    frames.step();
    assert.deepEqual(seen, [100], 'no tick, no notification');
  });

  it("merges the fields of a frame's ticks, and never changes a quote once published", () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
    });
    const seen: StreamQuote[] = [];
    store.subscribe(5, (q) => seen.push(q));
    stream.tick(5, { Last: 10, Bid: 9 });
    stream.tick(5, { Ask: 11 });
    assert.equal(store.get(5), undefined, 'nothing published before the frame');
    frames.step();
    assert.deepEqual(
      { Last: seen[0]!.Last, Bid: seen[0]!.Bid, Ask: seen[0]!.Ask },
      { Last: 10, Bid: 9, Ask: 11 },
    );
    stream.tick(5, { Last: 12 });
    stream.tick(5, { Bid: 11.5 });
    assert.equal(seen[0]!.Last, 10, 'the published quote is left as it was');
    frames.step();
    assert.notEqual(seen[1], seen[0], 'a new object for the new frame');
    assert.deepEqual(
      { Last: seen[1]!.Last, Bid: seen[1]!.Bid, Ask: seen[1]!.Ask },
      { Last: 12, Bid: 11.5, Ask: 11 },
    );
    assert.equal(store.get(5), seen[1]);
  });

  it('with coalesce:false notifies on every tick', () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
      coalesce: false,
    });
    const seen: number[] = [];
    store.subscribe(5, (q) => seen.push(q.Last!));
    for (let i = 1; i <= 100; i++) stream.tick(5, { Last: i });
    assert.equal(seen.length, 100);
    assert.equal(seen[99], 100);
  });

  it('batches every dirty security into the same frame', () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
    });
    const seen: string[] = [];
    store.subscribe(5, (q) => seen.push(`5:${q.Bid}`));
    store.subscribe(6, (q) => seen.push(`6:${q.Bid}`));
    stream.tick(5, { Bid: 1 });
    stream.tick(6, { Bid: 2 });
    stream.tick(5, { Bid: 3 });
    assert.equal(frames.pending, 1);
    frames.step();
    assert.deepEqual(seen.sort(), ['5:3', '6:2']);
  });

  it('merges partial updates into the latest quote', () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
    });
    const seen: StreamQuote[] = [];
    store.subscribe(5, (q) => seen.push(q));
    stream.tick(5, { Bid: 10, Ask: 11 });
    stream.tick(5, { Ask: 12 });
    frames.step();
    assert.deepEqual(seen, [{ SecurityId: 5, Bid: 10, Ask: 12 }]);
    assert.deepEqual(store.get(5), { SecurityId: 5, Bid: 10, Ask: 12 });
  });

  it('shares one stream subscription per security and one lookup per ticker', async () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const lookups: string[] = [];
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: async (symbol) => {
        lookups.push(symbol);
        return 5;
      },
      scheduleFrame: frames.schedule,
    });
    const seen: string[] = [];
    store.subscribe('aapl', () => seen.push('a'));
    store.subscribe('AAPL', () => seen.push('b'));
    store.subscribe(5, () => seen.push('c'));
    assert.equal(await store.resolveId(' Aapl '), 5);
    assert.deepEqual(lookups, ['AAPL']);
    assert.deepEqual(stream.log, ['+5']);
    stream.tick(5, { Last: 1 });
    frames.step();
    assert.deepEqual(seen.sort(), ['a', 'b', 'c']);
  });

  it('gives a late listener the known quote on the next frame', () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: never,
      scheduleFrame: frames.schedule,
    });
    const first: number[] = [];
    const late: number[] = [];
    store.subscribe(5, (q) => first.push(q.Last!));
    stream.tick(5, { Last: 7 });
    frames.step();
    store.subscribe(5, (q) => late.push(q.Last!));
    frames.step();
    assert.deepEqual(late, [7]);
    assert.deepEqual(first, [7], 'the first listener is not told again');
  });

  it('unsubscribes from the stream when the last listener leaves, even before a lookup ends', async () => {
    const frames = createManualFrameScheduler();
    const stream = fakeStreaming();
    let answer!: (id: number) => void;
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: () => new Promise<number>((resolve) => (answer = resolve)),
      scheduleFrame: frames.schedule,
    });
    const stopA = store.subscribe(5, () => {});
    const stopB = store.subscribe(5, () => {});
    stopA();
    assert.deepEqual(stream.log, ['+5']);
    stopB();
    assert.deepEqual(stream.log, ['+5', '-5']);
    assert.equal(store.get(5), undefined);

    const stopC = store.subscribe('MSFT', () => {});
    stopC();
    answer(6);
    await store.resolveId('MSFT');
    assert.deepEqual(
      stream.log,
      ['+5', '-5'],
      'a listener gone before resolution never subscribes',
    );
  });

  it('reports a failed ticker lookup and tries again on the next subscribe', async () => {
    const stream = fakeStreaming();
    let calls = 0;
    const store = new QuoteStore({
      streaming: stream.streaming,
      resolve: async () => {
        calls++;
        if (calls === 1) throw new Error('unknown symbol');
        return 9;
      },
      scheduleFrame: createManualFrameScheduler().schedule,
    });
    const errors: unknown[] = [];
    store.subscribe(
      'ZZZ',
      () => {},
      (error) => errors.push(error),
    );
    await waitFor(() => errors.length === 1, 1000, 'lookup error');
    assert.equal((errors[0] as Error).message, 'unknown symbol');
    store.subscribe('ZZZ', () => {});
    assert.equal(await store.resolveId('ZZZ'), 9);
    assert.equal(calls, 2);
    assert.deepEqual(stream.log, ['+9']);
  });
});

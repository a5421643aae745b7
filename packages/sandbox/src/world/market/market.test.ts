import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorldEvent } from '../../contract.ts';
import { Random } from '../random.ts';
import { Market } from './market.ts';

const START = Date.UTC(2026, 10, 23, 15, 0); // a Monday, 10:00 New York

function makeMarket(seed = 42) {
  let now = START;
  const events: WorldEvent[] = [];
  const market = new Market({
    random: new Random(seed),
    now: () => now,
    emit: (e) => events.push(e),
  });
  return { market, events, advance: (ms: number) => (now += ms) };
}

test('the catalog has 40+ securities with ETFs, unique ids and symbols', () => {
  const { market } = makeMarket();
  const all = market.securities();
  assert.ok(all.length >= 40);
  assert.equal(new Set(all.map((s) => s.Id)).size, all.length);
  assert.equal(new Set(all.map((s) => s.Symbol)).size, all.length);
  for (const etf of ['SPY', 'QQQ', 'IWM', 'DIA', 'VTI', 'XLF'])
    assert.equal(market.security(etf)?.Type, 'ETF');
  assert.equal(market.security('aapl')?.Description, 'Apple Inc.');
  assert.equal(market.security(1)?.Symbol, market.security('1')?.Symbol);
  assert.equal(market.security('NOPE'), null);
  assert.equal(market.security(99999), null);
});

test('same seed and same calls give identical quotes and events; another seed differs', () => {
  const a = makeMarket(42);
  const b = makeMarket(42);
  const c = makeMarket(43);
  for (const m of [a, b, c]) {
    m.market.tick(500);
    m.advance(1000);
    m.market.setPrice(1, 200);
    m.market.tick(500);
  }
  assert.deepEqual(a.events, b.events);
  assert.deepEqual(a.market.quote(5), b.market.quote(5));
  assert.notDeepEqual(a.events, c.events);
});

test('tick(n) emits n quote events with consistent quote fields', () => {
  const { market, events } = makeMarket();
  market.tick(300);
  assert.equal(events.length, 300);
  for (const e of events) {
    assert.equal(e.type, 'quote');
    if (e.type !== 'quote') continue;
    const q = e.quote;
    assert.equal(q.SecurityId, e.securityId);
    assert.equal(q.Key, e.securityId);
    assert.ok(q.Bid! > 0 && q.Ask! > q.Bid!, `${q.Symbol} bid ${q.Bid} ask ${q.Ask}`);
    assert.ok(q.Low! <= q.Last! && q.Last! <= q.High!);
    assert.ok(q.Week52Low! <= q.Low! && q.High! <= q.Week52High!);
    assert.equal(q.Change, Math.round((q.Last! - q.PreviousClose!) * 100) / 100);
    assert.ok(Math.abs(q.ChangePc! - (q.Change! / q.PreviousClose!) * 100) < 0.001);
    assert.equal(Number(q.Last!.toFixed(2)), q.Last!, 'prices on a 0.01 tick');
    assert.equal(q.Timestamp, new Date(START).toISOString());
    assert.match(q.LastExchange!, /^(XNAS|XNYS|ARCX)$/);
  }
});

test('setPrice moves Last, the day range, and notifies onQuote listeners after the event', () => {
  const { market, events } = makeMarket();
  const seen: number[] = [];
  const off = market.onQuote((q) => seen.push(q.Last!));
  assert.equal(market.setPrice(2, 1000.004), true);
  assert.equal(market.lastPrice(2), 1000);
  assert.equal(market.quote(2)?.High, 1000);
  assert.deepEqual(seen, [1000]);
  assert.equal(events.length, 1);
  off();
  market.setPrice(2, 999);
  assert.deepEqual(seen, [1000]);
  assert.equal(market.setPrice(424242, 5), false);
  assert.equal(market.setPrice(2, -1), false);
});

test('a price forced with holdMs stays put through the random walk until the hold ends', () => {
  const { market, advance } = makeMarket();
  const ids = market.securities().map((s) => s.Id!);
  for (const id of ids) market.setPrice(id, 123.45, 1000);
  market.tick(2000); // every pick lands on a held security
  for (const id of ids) assert.equal(market.lastPrice(id), 123.45);
  advance(1000);
  market.tick(2000);
  const moved = ids.filter((id) => market.lastPrice(id) !== 123.45);
  assert.ok(moved.length > ids.length / 2, `moved again after the hold: ${moved.length}`);
  // without a hold, the walk may move it at once (and a new force clears an old hold)
  market.setPrice(ids[0]!, 50, 60_000);
  market.setPrice(ids[0]!, 51);
  let walked = false;
  for (let i = 0; i < 20_000 && !walked; i++) {
    market.tick(1);
    walked = market.lastPrice(ids[0]!) !== 51;
  }
  assert.ok(walked, 'a force without a hold leaves it to the walk');
});

test('crossing New York midnight rolls the day: PreviousClose becomes the last price', () => {
  const { market, advance } = makeMarket();
  market.setPrice(1, 250);
  advance(24 * 3_600_000);
  market.tick(1);
  const q = market.quote(1)!;
  assert.equal(q.PreviousClose, 250);
  assert.ok(q.TotalDailyVolume! < 1_000_000, 'daily volume restarted');
});

test('the walk stays near its reference over a long firehose run', () => {
  const { market } = makeMarket();
  const before = market.lastPrice('SPY')!;
  market.tick(100_000);
  const after = market.lastPrice('SPY')!;
  assert.ok(Math.abs(after / before - 1) < 0.2, `${before} -> ${after}`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../random.ts';
import { chartHistory } from './chart.ts';
import { CHART_INTERVAL, CHART_PERIODS } from '@autoshares/client/contract';
import type { HistoryQuery } from './history.ts';
import { Market } from './market.ts';

const MONDAY_11AM_NY = Date.UTC(2026, 10, 23, 16, 0);

function makeMarket(at = MONDAY_11AM_NY, seed = 7) {
  let now = at;
  const market = new Market({ random: new Random(seed), now: () => now, emit: () => {} });
  return { market, advance: (ms: number) => (now += ms) };
}

function checkCandles(candles: NonNullable<ReturnType<Market['history']>>, label: string) {
  assert.ok(candles.length > 0, `${label}: some candles`);
  for (let i = 0; i < candles.length; i++) {
    const c = candles[i];
    assert.ok(
      c.Low! <= Math.min(c.Open!, c.Close!) && c.High! >= Math.max(c.Open!, c.Close!),
      `${label}: OHLC at ${i}`,
    );
    assert.ok(c.Low! > 0 && c.Volume! >= 0);
    assert.equal(c.DateTime, new Date(c.Time! * 1000).toISOString().replace('.000Z', 'Z'));
    if (i > 0) assert.ok(c.Time! > candles[i - 1].Time!, `${label}: times increase`);
  }
}

test('every period gives valid candles whose last close is the live Last', () => {
  const { market } = makeMarket();
  const last = market.lastPrice('AAPL');
  for (const period of CHART_PERIODS) {
    const candles = market.history('AAPL', {
      period,
      interval: CHART_INTERVAL.Candles,
      candlesCount: 50,
    })!;
    checkCandles(candles, period);
    assert.equal(candles.length, 50, period);
    assert.equal(candles.at(-1)!.Close, last, `${period} ends at Last`);
  }
});

test('every interval code gives a bounded, non-empty series', () => {
  const { market } = makeMarket();
  for (const interval of Object.values(CHART_INTERVAL)) {
    const query: HistoryQuery =
      interval === CHART_INTERVAL.Custom
        ? {
            period: '1h',
            interval,
            startDate: MONDAY_11AM_NY / 1000 - 5 * 86400,
            endDate: MONDAY_11AM_NY / 1000,
          }
        : { period: interval === CHART_INTERVAL.All ? '1M' : '1h', interval };
    const candles = market.history('MSFT', query)!;
    checkCandles(candles, `interval ${interval}`);
    assert.ok(candles.length <= 5000);
  }
});

test('1m bars over one day sit inside the regular session and are flagged IsMarket', () => {
  const { market } = makeMarket();
  const candles = market.history('SPY', { period: '1m', interval: CHART_INTERVAL.Today })!;
  // 09:30 to 11:00 New York = 91 one-minute bars, the last one in progress.
  assert.equal(candles.length, 91);
  assert.equal(candles[0].DateTime, '2026-11-23T14:30:00Z');
  assert.ok(candles.every((c) => c.IsMarket));
  const ext = market.history('SPY', {
    period: '1m',
    interval: CHART_INTERVAL.Today,
    includeNonMarketData: true,
  })!;
  assert.equal(ext[0].DateTime, '2026-11-23T09:00:00Z');
  assert.equal(ext[0].IsMarket, false);
});

test("today's daily bar is the quote's day; yesterday closes at PreviousClose", () => {
  const { market } = makeMarket();
  const q = market.quote(market.security('NVDA')!.Id!)!;
  const daily = market.history('NVDA', { period: '1D', interval: CHART_INTERVAL.Month1 })!;
  const today = daily.at(-1)!;
  assert.equal(today.Open, q.Open);
  assert.equal(today.High, q.High);
  assert.equal(today.Low, q.Low);
  assert.equal(today.Close, q.Last);
  assert.equal(daily.at(-2)!.Close, q.PreviousClose);
  assert.ok(daily.length >= 20 && daily.length <= 24, `about a month of weekdays: ${daily.length}`);
});

test('history is deterministic, and bars before today do not move with the live price', () => {
  const a = makeMarket().market;
  const b = makeMarket().market;
  const q: HistoryQuery = { period: '5m', interval: CHART_INTERVAL.Day3 };
  assert.deepEqual(a.history('TSLA', q), b.history('TSLA', q));
  const before = a.history('TSLA', q)!;
  a.setPrice(a.security('TSLA')!.Id!, a.lastPrice('TSLA')! * 1.1);
  const after = a.history('TSLA', q)!;
  assert.equal(after.at(-1)!.Close, a.lastPrice('TSLA'));
  const todayStart = Date.UTC(2026, 10, 23, 14, 30) / 1000;
  const earlier = (bars: typeof before) => bars.filter((c) => c.Time! < todayStart);
  assert.ok(earlier(before).length > 100);
  assert.deepEqual(earlier(after), earlier(before));
});

test('unknown symbols give null; a range in the future gives no candles', () => {
  const { market } = makeMarket();
  assert.equal(market.history('NOPE', { period: '1D', interval: 0 }), null);
  const future = MONDAY_11AM_NY / 1000 + 86400;
  assert.deepEqual(
    market.history('AAPL', {
      period: '1h',
      interval: -3,
      startDate: future,
      endDate: future + 3600,
    }),
    [],
  );
});

test('SMA and EMA indicators follow the candles', () => {
  const { market } = makeMarket();
  const query: HistoryQuery = { period: '1h', interval: CHART_INTERVAL.Candles, candlesCount: 40 };
  const chart = chartHistory(market, 'AAPL', query, [
    { signature: 'SMA|1h|false|10|0', query },
    { signature: 'EMA|1h|false|10|0', query },
    { signature: 'Bollinger|1h|false|22|2', query },
    { signature: 'Nope|1h|false', query },
  ])!;
  const candles = chart.SecurityHistory![0];
  const [sma, ema, boll, unknown] = chart.IndicatorsHistory!;
  assert.equal(sma.length, candles.length, 'warm-up makes SMA defined from the first bar');
  assert.equal(sma[0].Date, candles[0].Time);
  const lastTen = candles.slice(-10).reduce((s, c) => s + c.Close!, 0) / 10;
  assert.ok(Math.abs(sma.at(-1)!.Values![0] - lastTen) < 0.001);
  assert.equal(ema.length, candles.length);
  assert.equal(boll.at(-1)!.Values!.length, 3);
  assert.ok(boll.at(-1)!.Values![1] > boll.at(-1)!.Values![2]);
  assert.deepEqual(unknown, []);
  assert.ok(
    chart.SupportResistanceHistory!.SupportPrice! <=
      chart.SupportResistanceHistory!.ResistancePrice!,
  );
});

test('on a weekend, one-day intervals show the last trading day', () => {
  const saturday = Date.UTC(2026, 10, 28, 15, 0);
  const { market } = makeMarket(saturday);
  for (const interval of [CHART_INTERVAL.Today, CHART_INTERVAL.Day1]) {
    const candles = market.history('AAPL', { period: '5m', interval })!;
    assert.equal(candles.length, 78, '09:30–16:00 in 5-minute bars');
    assert.equal(candles[0].DateTime, '2026-11-27T14:30:00Z');
    assert.equal(candles.at(-1)!.Close, market.lastPrice('AAPL'));
  }
});

test('an indicator with an absurd look-back stays bounded and answers an empty series', () => {
  const { market } = makeMarket();
  const query: HistoryQuery = { period: '1m', interval: CHART_INTERVAL.Candles, candlesCount: 10 };
  const chart = chartHistory(market, 'AAPL', query, [
    { signature: 'SMA|1m|false|100000000|0', query },
  ])!;
  assert.deepEqual(chart.IndicatorsHistory, [[]]);
});

test("today's intraday bars meet the quote's day: Open, High/Low range, volume, PreviousClose", () => {
  const { market } = makeMarket();
  const id = market.security('MSFT')!.Id!;
  market.tick(2000);
  const q = market.quote(id)!;
  for (const period of ['1m', '5m', '1h'] as const) {
    const bars = market.history('MSFT', { period, interval: CHART_INTERVAL.Day3 })!;
    const todayStart = Date.UTC(2026, 10, 23, 14, 30) / 1000;
    const first = bars.findIndex((b) => b.Time! >= todayStart);
    const today = bars.slice(first);
    assert.equal(today[0].Open, q.Open, `${period} opens at the day's Open`);
    assert.equal(today.at(-1)!.Close, q.Last);
    assert.ok(
      today.every((b) => b.Low! >= q.Low! && b.High! <= q.High!),
      `${period} inside the day's range`,
    );
    assert.equal(
      today.reduce((s, b) => s + b.Volume!, 0),
      q.TotalDailyVolume,
    );
    assert.equal(
      bars[first - 1].Close,
      q.PreviousClose,
      `${period}: yesterday's last bar closes at PreviousClose`,
    );
    for (let i = first + 1; i < bars.length; i++) assert.equal(bars[i].Open, bars[i - 1].Close);
  }
});

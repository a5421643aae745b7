import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marketTestApp, TEST_START } from './market-routes.test-support.ts';

const nowSec = TEST_START / 1000;

test('PUT history/symbols answers candles ending at the live price, with SMA and EMA', async () => {
  const { call, market } = marketTestApp();
  const res = await call('PUT', '/v1.0/history/symbols', {
    Security: { Symbol: 'AAPL' },
    SecurityHistorySettings: {
      StartDate: nowSec - 10 * 86400,
      EndDate: nowSec,
      CandlesCount: -1,
      Period: '1h',
      Interval: -3,
      IncludeNonMarketData: false,
    },
    IndicatorsHistorySettings: [
      {
        Signature: 'SMA|1h|false|10|0',
        StartDate: nowSec - 10 * 86400,
        EndDate: nowSec,
        Period: '1h',
        Offset: 0,
      },
      {
        Signature: 'EMA|1h|false|10|0',
        StartDate: nowSec - 10 * 86400,
        EndDate: nowSec,
        Period: '1h',
        Offset: 0,
      },
    ],
  });
  assert.equal(res.status, 200);
  const candles = res.json.SecurityHistory[0];
  assert.ok(candles.length > 40);
  assert.equal(candles.at(-1).Close, market.lastPrice('AAPL'));
  assert.ok(candles[0].Time >= nowSec - 10 * 86400 - 3600);
  assert.equal(typeof candles[0].DateTime, 'string');
  const [sma, ema] = res.json.IndicatorsHistory;
  assert.equal(sma.length, candles.length);
  assert.equal(ema.at(-1).Date, candles.at(-1).Time);
  assert.equal(typeof res.json.SupportResistanceHistory.SupportPrice, 'number');
});

test('unknown symbol is 409; bad bodies are 422/400 with a ModelState body', async () => {
  const { call } = marketTestApp();
  const unknown = await call('PUT', '/v1.0/history/symbols', {
    Security: { Symbol: 'ZZZZ' },
    SecurityHistorySettings: { Period: '1D', Interval: -6 },
  });
  assert.equal(unknown.status, 409);
  assert.deepEqual(unknown.json.Errors, ['Chart data cannot be provided']);
  const badPeriod = await call('PUT', '/v1.0/history/symbols', {
    Security: { Symbol: 'AAPL' },
    SecurityHistorySettings: { Period: '7x', Interval: 'soon' },
  });
  assert.equal(badPeriod.status, 422);
  assert.equal(badPeriod.json.Message, 'Validation error occured while processing entity');
  assert.ok(badPeriod.json.ModelState['model.SecurityHistorySettings.Period']);
  assert.ok(badPeriod.json.ModelState['model.SecurityHistorySettings.Interval']);
  const noSecurity = await call('PUT', '/v1.0/history/symbols', {
    SecurityHistorySettings: { Period: '1D' },
  });
  assert.equal(noSecurity.status, 422);
  const notJson = await call('PUT', '/v1.0/history/symbols', '{"Security":');
  assert.equal(notJson.status, 400);
  assert.ok(notJson.json.ModelState);
});

test('PUT history/compare answers one series per security, in request order', async () => {
  const { call, market } = marketTestApp();
  const res = await call('PUT', '/v1.0/history/compare', {
    Securities: [{ Symbol: 'SPY' }, { Symbol: 'QQQ', Id: 2 }],
    SecuritiesHistorySettings: { CandlesCount: 30, Period: '1D', Interval: 0 },
  });
  assert.equal(res.status, 200);
  assert.equal(res.json.length, 2);
  assert.equal(res.json[0].length, 30);
  assert.equal(res.json[1].at(-1).Close, market.lastPrice('QQQ'));
  const bad = await call('PUT', '/v1.0/history/compare', {
    Securities: [],
    SecuritiesHistorySettings: { Period: '1D' },
  });
  assert.equal(bad.status, 422);
});

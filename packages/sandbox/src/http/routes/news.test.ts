import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marketTestApp, TEST_START } from './market-routes.test-support.ts';

test('news is deterministic per symbol, newest first, entity-encoded, never in the future', async () => {
  const a = marketTestApp(1);
  const b = marketTestApp(1);
  const res = await a.call('GET', '/v1.0/news?symbol=AAPL');
  assert.equal(res.status, 200);
  assert.ok(res.json.length >= 5);
  assert.deepEqual(res.json, (await b.call('GET', '/v1.0/news?symbol=aapl')).json);
  for (const item of res.json) {
    assert.equal(item.Key, 'AAPL');
    assert.ok(item.Date <= TEST_START / 1000);
    assert.match(item.Attachment, /^https:\/\//);
    assert.ok(!/[<>]/.test(item.Header) && !/'/.test(item.Header), 'header is entity-encoded');
    assert.equal(typeof item.NewsId, 'number');
  }
  const dates = res.json.map((n: { Date: number }) => n.Date);
  assert.deepEqual(
    dates,
    [...dates].sort((x, y) => y - x),
  );
  assert.deepEqual((await a.call('GET', '/v1.0/news?symbol=ZZZZ')).json, []);
  assert.equal((await a.call('GET', '/v1.0/news')).status, 404);
});

test('an injected hostile item is served as given, first', async () => {
  const { call, market } = marketTestApp();
  market.news.inject('msft', {
    Header: '<img src=x onerror=alert(1)>',
    Attachment: 'javascript:alert(1)',
  });
  const res = await call('GET', '/v1.0/news?symbol=MSFT');
  assert.equal(res.json[0].Header, '<img src=x onerror=alert(1)>');
  assert.equal(res.json[0].Key, 'MSFT');
  market.news.clearInjected();
  assert.notEqual(
    (await call('GET', '/v1.0/news?symbol=MSFT')).json[0].Header,
    '<img src=x onerror=alert(1)>',
  );
});

test('corporate actions list splits and dividends; symbol is required', async () => {
  const { call } = marketTestApp();
  const res = await call('GET', '/v1.0/news/corporate-actions?symbol=NVDA');
  assert.equal(res.status, 200);
  const split = res.json.find((a: { Type: string }) => a.Type === 'StockSplit');
  assert.deepEqual(split.Data, { OldRate: '1', NewRate: '10' });
  assert.equal(split.Completed, true);
  assert.equal((await call('GET', '/v1.0/news/corporate-actions')).status, 404);
});

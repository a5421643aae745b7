/**
 * The market-side route groups over real HTTP, against the sandbox server on 127.0.0.1:
 * one happy path and one bad-input case per group, as a widget would call them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandboxServer, type SandboxServer } from '../../node/server.ts';
import { APP_KEY } from '../../world/users.ts';

let server: SandboxServer;
let token = '';
let userId = 0;
let otherUserId = 0;

/** Response bodies are read field by field; typed loosely on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = {
    'Et-App-Key': APP_KEY,
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

before(async () => {
  server = await startSandboxServer({ autoStart: false, seed: 11 });
  const res = await fetch(`${server.url}/__sandbox/users`, { method: 'POST' });
  const user = await res.json();
  token = user.token;
  userId = user.userId;
  otherUserId = (await (await fetch(`${server.url}/__sandbox/users`, { method: 'POST' })).json())
    .userId;
});
after(() => server.close());

test('securities: lookup and by ticker; a missing required query is the documented 404', async () => {
  const lookup = await api('GET', '/v1.0/equities/lookup?mask=MS&count=3');
  assert.equal(lookup.status, 200);
  assert.equal(lookup.json[0].Symbol, 'MSFT');
  const msft = await api('GET', `/v1.0/equities/${lookup.json[0].Id}`);
  assert.equal(msft.json.Description, 'Microsoft Corporation');
  const missing = await api('GET', '/v1.0/equities/lookup?count=3');
  assert.equal(missing.status, 404);
  assert.match(
    missing.json.Message,
    /^No HTTP resource was found that matches the request URI 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\.0\/equities\/lookup\?count=3'\.$/,
  );
});

test('history: candles meet the live quote; a malformed body is a ModelState error', async () => {
  const res = await api('PUT', '/v1.0/history/symbols', {
    Security: { Symbol: 'SPY' },
    SecurityHistorySettings: {
      CandlesCount: 20,
      Period: '5m',
      Interval: 0,
      IncludeNonMarketData: false,
    },
    IndicatorsHistorySettings: [{ Signature: 'SMA|5m|false|5|0', Period: '5m', CandlesCount: 20 }],
  });
  assert.equal(res.status, 200);
  const candles = res.json.SecurityHistory[0];
  assert.equal(candles.length, 20);
  const price = await fetch(`${server.url}/__sandbox/prices`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ symbol: 'SPY', price: 600 }),
  });
  assert.equal(price.status, 200);
  const again = await api('PUT', '/v1.0/history/symbols', {
    Security: { Symbol: 'SPY' },
    SecurityHistorySettings: { CandlesCount: 20, Period: '5m', Interval: 0 },
  });
  assert.equal(again.json.SecurityHistory[0].at(-1).Close, 600);
  const bad = await api('PUT', '/v1.0/history/symbols', 'not json');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.Message, 'Validation error occured while processing entity');
});

test('news: a list for a symbol; no symbol is a 404', async () => {
  const res = await api('GET', '/v1.0/news?symbol=AAPL');
  assert.equal(res.status, 200);
  assert.ok(res.json.length > 0 && res.json.every((n: { Key: string }) => n.Key === 'AAPL'));
  assert.equal((await api('GET', '/v1.0/news')).status, 404);
});

test('watchlists: the seeded lists, create/rename/delete; a duplicate name is a 409', async () => {
  const lists = await api('GET', '/v1.0/users/@me/watchlists?includeSecurities=true');
  assert.equal(lists.status, 200);
  assert.ok(lists.json.length >= 2);
  const created = await api(
    'POST',
    `/v1.0/users/${userId}/watchlists?resultIncludeSecurities=true`,
    { Name: 'HTTP list' },
  );
  assert.equal(created.status, 200);
  assert.deepEqual(created.json.SecurityList, []);
  const dup = await api('POST', '/v1.0/users/@me/watchlists?resultIncludeSecurities=true', {
    Name: 'http LIST',
  });
  assert.equal(dup.status, 409);
  const renamed = await api(
    'PUT',
    `/v1.0/users/@me/watchlists/${created.json.Id}/name?name=Renamed`,
  );
  assert.deepEqual(renamed.json, { m_Item1: created.json.Id, m_Item2: 'Renamed' });
  assert.equal((await api('DELETE', `/v1.0/users/@me/watchlists/${created.json.Id}`)).status, 204);
  const other = await api('GET', `/v1.0/users/${otherUserId}/watchlists?includeSecurities=true`);
  assert.equal(other.status, 401);
  assert.deepEqual(other.json, { Message: 'Authorization has been denied for this request.' });
});

test('price alerts: create then list; missing list parameters are 404 UnsupportedApiVersion', async () => {
  const created = await api('POST', '/v1.0/users/@me/pricealerts', {
    State: 'New',
    Operator: 'LTEQ',
    SecurityId: 1,
    Field: 'Bid',
    Argument: 1,
    ExpirationDate: Math.floor(Date.now() / 1000) + 3600,
  });
  assert.equal(created.status, 200);
  assert.equal(created.json.State, 'New');
  const list = await api(
    'GET',
    '/v1.0/users/@me/pricealerts?pageSize=50&pageNumber=0&sortBy=Id&isDesc=true',
  );
  assert.equal(list.json.Result[0].Id, created.json.Id);
  const missing = await api('GET', '/v1.0/users/@me/pricealerts?pageSize=50');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.Error.Code, 'UnsupportedApiVersion');
  assert.equal(
    (await api('POST', '/v1.0/users/@me/pricealerts', { Operator: 'GTEQ' })).status,
    409,
  );
});

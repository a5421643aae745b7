import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marketTestApp } from './market-routes.test-support.ts';

/** Bodies a careless or hostile caller might send. */
const BODIES: unknown[] = [
  '',
  'null',
  '[]',
  '"text"',
  '42',
  '{',
  {},
  { Security: null, SecurityHistorySettings: [] },
  {
    Security: { Symbol: {} },
    SecurityHistorySettings: {
      Period: 5,
      Interval: 1.5,
      StartDate: 'x',
      IncludeNonMarketData: 'yes',
    },
  },
  {
    Security: { Symbol: 'AAPL' },
    SecurityHistorySettings: { Period: '1m', Interval: -1 },
    IndicatorsHistorySettings: [null, 5, { Signature: 7 }],
  },
  {
    Security: { Symbol: 'AAPL' },
    SecurityHistorySettings: { Period: '1D', Interval: 0, CandlesCount: 1e9 },
    IndicatorsHistorySettings: {},
  },
  { Securities: 'AAPL', SecuritiesHistorySettings: null },
  { Securities: [null, 1, { Symbol: '' }] },
  { Name: ['x'], Securities: 'AAPL' },
  { Name: 'x'.repeat(10_000) },
  { Symbol: null },
  { Symbol: ['AAPL'] },
  {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: '1',
    Field: 'Bid',
    Argument: null,
    ExpirationDate: 'soon',
  },
  {
    State: 'Nope',
    Operator: 'GTEQ',
    SecurityId: 1.5,
    Field: 'Bid',
    Argument: -1,
    ExpirationDate: 1,
  },
  { constructor: { prototype: { polluted: true } }, __proto__: { polluted: true } },
];

const ROUTES: [string, string][] = [
  ['PUT', '/v1.0/history/symbols'],
  ['PUT', '/v1.0/history/compare'],
  ['POST', '/v1.0/users/@me/watchlists?resultIncludeSecurities=true'],
  ['PUT', '/v1.0/users/@me/watchlists/101/securities'],
  ['DELETE', '/v1.0/users/@me/watchlists/101/securities'],
  ['POST', '/v1.0/users/@me/pricealerts'],
  ['PUT', '/v1.0/users/@me/pricealerts/1001'],
];

const QUERIES = [
  '/v1.0/equities/lookup?mask=%00&count=99999999999999999999',
  '/v1.0/equities/lookup?mask=A&count=-1',
  "/v1.0/equities/lookup?mask=A&count=3&filter=Symbol%20in%20('A'",
  '/v1.0/equities?pageNumber=-1&pageSize=0&sortField=Nope&desc=maybe',
  '/v1.0/equities?pageNumber=0&pageSize=5&sortField=Nope&desc=true',
  '/v1.0/equities/%20',
  '/v1.0/options?pageNumber=0&pageSize=5&sortField=Id&desc=true&filter=StrikePrice%20%3E%20%23bad%23',
  '/v1.0/options/optionChain/AAPL?filter=Range%20%3D%20%27x%27',
  '/v1.0/options/expirations?underlying=%27%3B--',
  '/v1.0/news?symbol=%3Cscript%3E',
  '/v1.0/users/@me/watchlists/99999999999999999999?includeSecurities=true',
  '/v1.0/users/@me/watchlists?includeSecurities=perhaps',
  '/v1.0/users/@me/pricealerts?pageSize=0&pageNumber=0&sortBy=State&isDesc=false',
  '/v1.0/users/@me/pricealerts?pageSize=5&pageNumber=0&sortBy=__proto__&isDesc=false',
];

test('no malformed body makes a market-side route fail with a 5xx', async () => {
  const { call, watchlists, alerts, market } = marketTestApp();
  watchlists.seed(7, [{ name: 'Seeded', securities: ['AAPL'] }]);
  alerts.seed(7, [
    {
      Operator: 'GTEQ',
      SecurityId: 1,
      Field: 'Last',
      Argument: market.lastPrice(1)! * 2,
      ExpirationDate: 4_000_000_000,
    },
  ]);
  for (const [method, path] of ROUTES) {
    for (const body of BODIES) {
      const res = await call(method, path, body);
      assert.ok(
        res.status >= 200 && res.status < 500,
        `${method} ${path} ${JSON.stringify(body).slice(0, 80)} → ${res.status} ${res.text.slice(0, 120)}`,
      );
      if (res.status >= 400) assert.equal(typeof res.json, 'object', 'errors have a JSON body');
    }
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('no malformed query makes a market-side route fail with a 5xx', async () => {
  const { call } = marketTestApp();
  for (const path of QUERIES) {
    const res = await call('GET', path);
    assert.ok(res.status < 500, `GET ${path} → ${res.status} ${res.text.slice(0, 120)}`);
  }
});

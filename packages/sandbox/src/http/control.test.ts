import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, until, type Json, type TestServer } from '../node/test-support.ts';

describe('control API over HTTP', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => Date.UTC(2026, 2, 10, 15, 0, 0) });
  });
  after(() => t.close());

  test('POST /__sandbox/users makes isolated users with the same seeded shape', async () => {
    const a = await t.freshUser();
    const b = await t.freshUser();
    assert.notEqual(a.userId, b.userId);
    assert.equal(a.accountIds.length, 2);
    assert.ok(a.accountIds.every((id) => !b.accountIds.includes(id)));
    assert.equal(a.appKey, 'autoshares-sandbox-key');
    const login = await t.api('/token', {
      method: 'POST',
      headers: { Username: a.username, Password: a.password },
    });
    assert.equal(login.status, 200);
    const positions = async (u: typeof a) =>
      (
        await t.api(
          `/v1.0/accounts/${u.accountIds[0]}/positions?pageNumber=0&pageSize=99&sortField=Symbol&desc=false`,
          { token: u.token },
        )
      ).body.Result.map((p: Json) => p.Symbol);
    assert.deepEqual(await positions(a), await positions(b));
    const placed = await t.api(`/v1.0/accounts/${a.accountIds[0]}/orders`, {
      method: 'POST',
      token: a.token,
      body: { Symbol: 'KO', Type: 'Limit', Side: 'Buy', Quantity: 1, Price: 40 },
    });
    const open = async (u: typeof a) =>
      (
        await t.api(
          `/v1.0/accounts/${u.accountIds[0]}/orders?pageNumber=0&pageSize=100&filter=${encodeURIComponent('Status in (0,10)')}`,
          { token: u.token },
        )
      ).body.Result.map((o: Json) => o.Id);
    assert.ok((await open(a)).includes(placed.body.Id));
    assert.ok(!(await open(b)).includes(placed.body.Id));
    const lists = await t.api('/v1.0/users/@me/watchlists?includeSecurities=false', {
      token: a.token,
    });
    assert.deepEqual(
      lists.body.map((l: Json) => l.Name),
      ['Tech leaders', 'Dividends & ETFs'],
    );
    const alerts = await t.api(
      '/v1.0/users/@me/pricealerts?pageSize=10&pageNumber=0&sortBy=Id&isDesc=false',
      { token: b.token },
    );
    assert.equal(alerts.body.TotalCount, 3);
  });

  test('GET /__sandbox/stats counts API requests per path; DELETE resets', async () => {
    const me = await t.freshUser();
    await t.control('/stats', undefined, 'DELETE');
    await t.api('/v1.0/users/@me/info', { token: me.token });
    await t.api('/v1.0/users/@me/info', { token: me.token });
    await t.api('/v1.0/users/@me/accounts', { token: me.token });
    const stats = (await t.control('/stats')).body;
    assert.equal(stats.requests.total, 3);
    assert.equal(stats.requests.byPath['GET /api/v1.0/users/@me/info'], 2);
    assert.equal(stats.requests.byPath['GET /api/v1.0/users/@me/accounts'], 1);
    assert.ok(stats.streamer && typeof stats.streamer.sockets.quote === 'number');
  });

  test('POST /__sandbox/prices forces a price; unknown symbols answer 404, bad prices 400', async () => {
    const forced = await t.control('/prices', { symbol: 'ko', price: 61.23 });
    assert.equal(forced.status, 200);
    assert.equal(forced.body.Last, 61.23);
    assert.equal(forced.body.Symbol, 'KO');
    assert.equal((await t.control('/prices', { symbol: 'NOPE1', price: 10 })).status, 404);
    assert.equal((await t.control('/prices', { symbol: 'KO', price: -1 })).status, 400);
    assert.equal((await t.control('/prices', { symbol: 'KO' })).status, 400);
  });

  test('POST /__sandbox/prices takes a holdMs (0–600000); anything else answers 400', async () => {
    const held = await t.control('/prices', { symbol: 'PEP', price: 171.17, holdMs: 3000 });
    assert.equal(held.status, 200);
    assert.equal(held.body.Last, 171.17);
    for (const holdMs of [-5, 'long', 600_001]) {
      const bad = await t.control('/prices', { symbol: 'PEP', price: 1, holdMs });
      assert.equal(bad.status, 400, String(holdMs));
      assert.match(JSON.stringify(bad.body), /holdMs/);
    }
  });

  test('POST /__sandbox/step advances the market by the given ticks; bad values answer 400', async () => {
    const before = (await t.control('/market')).body.ticks;
    const after = await t.control('/step', { ticks: 250 });
    assert.equal(after.body.ticks, before + 250);
    assert.equal((await t.control('/step', { ticks: -5 })).status, 400);
    assert.equal((await t.control('/step', { ticks: 1.5 })).status, 400);
  });

  test('POST /__sandbox/market sets the tick rate, pause and open flags', async () => {
    const set = await t.control('/market', { tickRate: 10_000, paused: true, open: false });
    assert.deepEqual([set.body.tickRate, set.body.paused, set.body.open], [10_000, true, false]);
    assert.equal((await t.control('/market', { tickRate: -1 })).status, 400);
    const back = await t.control('/market', { tickRate: 20, paused: false, open: true });
    assert.deepEqual([back.body.tickRate, back.body.paused, back.body.open], [20, false, true]);
  });

  test('POST /__sandbox/news stores a hostile item as given (sanitising is the client’s job)', async () => {
    const header = '<img src=x onerror=alert(1)>Breaking';
    const r = await t.control('/news', {
      symbol: 'AAPL',
      Header: header,
      Attachment: 'javascript:alert(1)',
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.Key, 'AAPL');
    assert.equal(r.body.Header, header);
    assert.ok(r.body.NewsId > 0);
    assert.equal((await t.control('/news', { Header: 'x' })).status, 400);
  });

  test('CORS: localhost pages on any port may call the API; other origins get no CORS grant', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.server.apiUrl}/v1.0/users/@me/info`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization,et-app-key',
        },
      });
    const local = await preflight('http://127.0.0.1:8123');
    assert.equal(local.headers.get('Access-Control-Allow-Origin'), 'http://127.0.0.1:8123');
    assert.match(local.headers.get('Access-Control-Allow-Headers') ?? '', /Et-App-Key/);
    const foreign = await preflight('https://evil.example');
    assert.equal(foreign.headers.get('Access-Control-Allow-Origin'), null);
  });
});

describe('the market driver over HTTP', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ autoStart: true, tickRate: 200 });
  });
  after(() => t.close());

  test('with the market running, a market order fills without manual steps', async () => {
    const me = await t.freshUser();
    const placed = await t.api(`/v1.0/accounts/${me.accountIds[0]}/orders`, {
      method: 'POST',
      token: me.token,
      body: { Symbol: 'KO', Type: 'Market', Side: 'Buy', Quantity: 2 },
    });
    const filled = await until(async () => {
      const o = (
        await t.api(`/v1.0/accounts/${me.accountIds[0]}/orders/${placed.body.Id}`, {
          token: me.token,
        })
      ).body;
      return o.Status === 'Filled' ? o : null;
    }, 100);
    assert.equal(filled.ExecutedQuantity, 2);
    const ticks = (await t.control('/market')).body.ticks;
    assert.ok(ticks > 0);
  });
});

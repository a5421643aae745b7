import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type Json, type TestServer } from '../node/test-support.ts';

const NOW = Date.UTC(2026, 2, 10, 15, 0, 0);

/** Every open position of an account, all pages (the API's page size is at most 99). */
async function allPositions(t: TestServer, token: string, account: number): Promise<Json[]> {
  const rows: Json[] = [];
  for (let pageNumber = 0; pageNumber < 20; pageNumber++) {
    const page = await t.api(
      `/v1.0/accounts/${account}/positions?pageNumber=${pageNumber}&pageSize=99&sortField=Id&desc=false`,
      { token },
    );
    assert.equal(page.status, 200);
    rows.push(...page.body.Result);
    if (!page.body.NextPageLink) break;
  }
  return rows;
}

describe('a bigger market: extraSecurities and POST /__sandbox/users {positions, watchlistSize}', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => NOW, extraSecurities: 450 });
  });
  after(() => t.close());

  test('a user with 200 positions (gains and losses) and a 500-security watchlist', async () => {
    const created = await t.control('/users', { positions: 200, watchlistSize: 500 });
    assert.equal(created.status, 201);
    const user = created.body;
    const account = user.accountIds[0];

    const positions = await allPositions(t, user.token, account);
    assert.equal(positions.length, 200);
    assert.equal(new Set(positions.map((p) => p.Symbol)).size, 200);
    assert.ok(positions.some((p) => p.UnrealizedProfitLoss > 0));
    assert.ok(positions.some((p) => p.UnrealizedProfitLoss < 0));
    const transactions = await t.api(
      `/v1.0/accounts/${account}/transactions?pageSize=1000&pageNumber=0&sortBy=Id&isDesc=false`,
      { token: user.token },
    );
    assert.ok(
      transactions.body.Result.some(
        (x: Json) => x.Description === 'Additional deposit (ACH)' && x.Value > 0,
      ),
    );
    const balance = await t.api(`/v1.0/accounts/${account}/info`, { token: user.token });
    assert.ok(balance.body.cash > 0, `cash ${balance.body.cash}`);

    const list = await t.api(
      `/v1.0/users/@me/watchlists/${user.watchlistId}?includeSecurities=true`,
      { token: user.token },
    );
    assert.equal(list.status, 200);
    assert.equal(list.body.SecurityList.length, 500);
    const names = await t.api('/v1.0/users/@me/watchlists?includeSecurities=false', {
      token: user.token,
    });
    assert.deepEqual(
      names.body.map((l: Json) => l.Name),
      ['Tech leaders', 'Dividends & ETFs', 'Large watchlist (500)'],
    );
  });

  test('synthetic stocks are searched, listed and traded like the others', async () => {
    const user = (await t.control('/users', {})).body;
    assert.equal(user.watchlistId, undefined);
    const page = await t.api('/v1.0/equities?pageNumber=5&pageSize=100&sortField=Id&desc=false', {
      token: user.token,
    });
    assert.equal(page.body.TotalCount, 510);
    const synthetic = page.body.Result.at(-1);
    assert.equal(synthetic.Id, 510);
    const found = await t.api(`/v1.0/equities/lookup?mask=${synthetic.Symbol}&count=5`, {
      token: user.token,
    });
    assert.equal(found.body[0].Symbol, synthetic.Symbol);
    const account = user.accountIds[0];
    const placed = await t.api(`/v1.0/accounts/${account}/orders`, {
      method: 'POST',
      token: user.token,
      body: {
        Symbol: synthetic.Symbol,
        Type: 'Market',
        Side: 'Buy',
        Quantity: 3,
        TimeInforce: 'Day',
      },
    });
    assert.equal(placed.status, 200);
    await t.control('/step', { ticks: 0 });
    await t.control('/step', { ticks: 0 });
    const held = await allPositions(t, user.token, account);
    assert.equal(held.find((p) => p.Symbol === synthetic.Symbol)?.Quantity, 3);
    assert.equal(held.length, 13);
  });

  test('options the market cannot meet answer 400 and create nobody', async () => {
    const before = (await t.control('/')).body.users;
    for (const body of [
      { positions: 5 },
      { positions: 1000 },
      { positions: '200' },
      { watchlistSize: 0 },
      { watchlistSize: 511 },
    ]) {
      const answer = await t.control('/users', body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.match(answer.body.Message, /positions|watchlistSize/);
    }
    assert.equal((await t.control('/')).body.users, before);
  });
});

test('without extraSecurities the market cannot hold 200 positions, and says how to get them', async () => {
  const t = await startTestServer({ now: () => NOW });
  try {
    const answer = await t.control('/users', { positions: 200 });
    assert.equal(answer.status, 400);
    assert.match(answer.body.Message, /extraSecurities/);
    const most = await t.control('/users', { positions: 59 });
    assert.equal(most.status, 201);
    const held = await allPositions(t, most.body.token, most.body.accountIds[0]);
    assert.equal(held.length, 59);
  } finally {
    await t.close();
  }
});

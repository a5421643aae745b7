import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

describe('positions, P&L, balances and transactions over HTTP', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => Date.UTC(2026, 2, 10, 15, 0, 0) });
  });
  after(() => t.close());

  const acct = (u: FreshUser, path: string) => `/v1.0/accounts/${u.accountIds[0]}${path}`;
  const step = () => t.control('/step', { ticks: 0 });
  async function fillMarket(
    u: FreshUser,
    symbol: string,
    side: 'Buy' | 'Sell',
    quantity: number,
  ): Promise<Json> {
    const placed = await t.api(acct(u, '/orders'), {
      method: 'POST',
      token: u.token,
      body: { Symbol: symbol, Type: 'Market', Side: side, Quantity: quantity },
    });
    await step();
    await step();
    const order = (await t.api(acct(u, `/orders/${placed.body.Id}`), { token: u.token })).body;
    assert.equal(order.Status, 'Filled');
    return order;
  }

  test('the seeded account holds ~10 positions with both gains and losses', async () => {
    const me = await t.freshUser();
    const r = await t.api(
      acct(me, '/positions?pageNumber=0&pageSize=99&sortField=Symbol&desc=false'),
      { token: me.token },
    );
    assert.equal(r.status, 200);
    assert.ok(r.body.TotalCount >= 8 && r.body.TotalCount <= 14, `${r.body.TotalCount} positions`);
    const pnl = r.body.Result.map((p: Json) => p.UnrealizedProfitLoss);
    assert.ok(pnl.some((x: number) => x > 0) && pnl.some((x: number) => x < 0));
    const symbols = r.body.Result.map((p: Json) => p.Symbol);
    assert.deepEqual(symbols, [...symbols].sort());
  });

  test('a buy opens a position at the fill price; marking and a partial sell give unrealized and realized P&L', async () => {
    const me = await t.freshUser();
    const before = (await t.api(acct(me, '/info'), { token: me.token })).body;
    const buy = await fillMarket(me, 'F', 'Buy', 100);
    const [position] = (await t.api(acct(me, '/positions/F'), { token: me.token })).body;
    assert.equal(position.Quantity, 100);
    assert.equal(position.AverageOpenPrice, buy.AveragePrice);
    assert.equal(position.CostBasis, round2(100 * buy.AveragePrice));
    const after = (await t.api(acct(me, '/info'), { token: me.token })).body;
    const commission = round2(before.cash - after.cash - 100 * buy.AveragePrice);
    assert.ok(commission > 0 && commission < 5, `commission ${commission}`);
    assert.equal(after.pendingOrdersCount, before.pendingOrdersCount);

    const marked = round2(buy.AveragePrice + 1.5);
    await t.control('/prices', { symbol: 'F', price: marked });
    const [markedPosition] = (await t.api(acct(me, '/positions/F'), { token: me.token })).body;
    assert.equal(
      markedPosition.UnrealizedProfitLoss,
      round2(100 * marked - 100 * buy.AveragePrice),
    );

    const sell = await fillMarket(me, 'F', 'Sell', 40);
    const [rest] = (await t.api(acct(me, '/positions/F'), { token: me.token })).body;
    assert.equal(rest.Quantity, 60);
    assert.equal(rest.RealizedProfitLoss, round2(40 * (sell.AveragePrice - buy.AveragePrice)));
    assert.equal(rest.AverageOpenPrice, buy.AveragePrice);
    assert.ok(rest.RealizedProfitLoss > 0);
    const balance = (await t.api(acct(me, '/info'), { token: me.token })).body;
    assert.equal(balance.closePL, rest.RealizedProfitLoss);
  });

  test('the balance adds up: equity is cash plus market value; the user balance sums both accounts', async () => {
    const me = await t.freshUser();
    const a = (await t.api(acct(me, '/info'), { token: me.token })).body;
    assert.equal(round2(a.cash + a.marketValue), a.equityTotal);
    assert.ok(a.stockBuyingPower > 0 && a.dayTradingBuyingPower >= a.stockBuyingPower);
    assert.equal(a.pendingOrdersCount, 3);
    const b = (await t.api(`/v1.0/accounts/${me.accountIds[1]}/info`, { token: me.token })).body;
    const total = (await t.api('/v1.0/users/@me/balance-info', { token: me.token })).body;
    assert.equal(total.equityTotal, round2(a.equityTotal + b.equityTotal));
  });

  test('positions/top and positions/groups', async () => {
    const me = await t.freshUser();
    const top = (await t.api(acct(me, '/positions/top?count=3'), { token: me.token })).body;
    assert.equal(top.length, 3);
    assert.ok(top[0].MarketValue >= top[1].MarketValue && top[1].MarketValue >= top[2].MarketValue);
    const groups = (await t.api(acct(me, '/positions/groups'), { token: me.token })).body;
    const names = groups.map((g: Json) => g.Name);
    assert.ok(names.includes('Equity') && names.includes('Cash'));
    const balance = (await t.api(acct(me, '/info'), { token: me.token })).body;
    const equity = groups.find((g: Json) => g.Name === 'Equity').MarketValue;
    assert.ok(Math.abs(equity - balance.marketValue) < 0.05);
  });

  test('bad position requests: missing sortField/desc answer 404, pageSize over 99 400, a bad filter 400', async () => {
    const me = await t.freshUser();
    assert.equal(
      (await t.api(acct(me, '/positions?pageNumber=0&pageSize=10'), { token: me.token })).status,
      404,
    );
    assert.equal(
      (
        await t.api(acct(me, '/positions?pageNumber=0&pageSize=100&sortField=Symbol&desc=true'), {
          token: me.token,
        })
      ).status,
      400,
    );
    const bad = await t.api(
      acct(
        me,
        `/positions?pageNumber=0&pageSize=10&sortField=Symbol&desc=true&filter=${encodeURIComponent("Symbol = 'AAPL")}`,
      ),
      {
        token: me.token,
      },
    );
    assert.equal(bad.status, 400);
    const good = await t.api(
      acct(
        me,
        `/positions?pageNumber=0&pageSize=10&sortField=Symbol&desc=true&filter=${encodeURIComponent("Symbol = 'AAPL'")}`,
      ),
      {
        token: me.token,
      },
    );
    assert.deepEqual(
      good.body.Result.map((p: Json) => p.Symbol),
      ['AAPL'],
    );
  });

  test('fills appear in the transactions with a commission; the list is paged, sorted and filtered', async () => {
    const me = await t.freshUser();
    const buy = await fillMarket(me, 'KO', 'Buy', 7);
    const query = `?pageNumber=0&pageSize=10&sortBy=Date&isDesc=true&filter=${encodeURIComponent(`SecurityId = ${buy.SecurityId}`)}`;
    const r = await t.api(acct(me, `/transactions${query}`), { token: me.token });
    assert.equal(r.status, 200);
    const mine = r.body.Result.filter((x: Json) => x.OrderId === buy.Id);
    const execution = mine.find((x: Json) => x.Type === 'OrderExecution');
    assert.equal(execution.Quantity, 7);
    assert.equal(execution.Value, round2(-7 * buy.AveragePrice));
    assert.ok(mine.some((x: Json) => x.Type === 'Commission' && x.Value < 0));
    assert.ok(r.body.Result.every((x: Json) => x.SecurityId === buy.SecurityId));
    const dates = r.body.Result.map((x: Json) => Date.parse(x.Date));
    assert.deepEqual(
      dates,
      [...dates].sort((a: number, b: number) => b - a),
    );
    const missing = await t.api(acct(me, '/transactions?pageNumber=0&pageSize=10'), {
      token: me.token,
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.Error.Code, 'UnsupportedApiVersion');
  });
});

describe('users and accounts over HTTP', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => Date.UTC(2026, 2, 10, 15, 0, 0) });
  });
  after(() => t.close());

  test('the user has a Margin individual account and a Cash IRA, both enabled, with details', async () => {
    const me = await t.freshUser();
    const info = (await t.api('/v1.0/users/@me/info', { token: me.token })).body;
    assert.equal(info.UserId, me.userId);
    assert.equal(info.Login, me.username);
    const accounts = (await t.api('/v1.0/users/@me/accounts', { token: me.token })).body;
    assert.deepEqual(
      accounts.map((a: Json) => [a.Id, a.MarginType, a.Enabled]),
      [
        [me.accountIds[0], 'Margin', true],
        [me.accountIds[1], 'Cash', true],
      ],
    );
    assert.equal(accounts[1].OwnerType, 'IRA_Traditional');
    const details = (await t.api(`/v1.0/accounts/${me.accountIds[0]}/details`, { token: me.token }))
      .body;
    assert.equal(details.AccountProvider, 'PaperTrading');
    assert.equal(details.ClearingAccountNumber, accounts[0].ClearingAccount);
  });

  test('account history answers one value a day for ISO and .NET tick dates; missing parameters answer 404', async () => {
    const me = await t.freshUser();
    const base = `/v1.0/accounts/${me.accountIds[0]}/history`;
    const iso = await t.api(
      `${base}?startDate=2026-03-01T00:00:00Z&endDate=2026-03-08T00:00:00Z&step=1`,
      { token: me.token },
    );
    assert.equal(iso.status, 200);
    assert.ok(iso.body.length >= 7 && iso.body.length <= 8);
    assert.ok(iso.body.every((p: Json) => typeof p.Date === 'string' && p.Value > 0));
    const ticks = (ms: number) => String(BigInt(ms) * 10_000n + 621_355_968_000_000_000n);
    const viaTicks = await t.api(
      `${base}?startDate=${ticks(Date.UTC(2026, 2, 1))}&endDate=${ticks(Date.UTC(2026, 2, 8))}&step=1`,
      { token: me.token },
    );
    assert.deepEqual(viaTicks.body, iso.body);
    const year = await t.api(`${base}?startDate=2025-03-10&endDate=2026-03-11&step=1`, {
      token: me.token,
    });
    const balance = (await t.api(`/v1.0/accounts/${me.accountIds[0]}/info`, { token: me.token }))
      .body;
    assert.equal(year.body.at(-1).Value, balance.equityTotal);
    assert.equal(
      (await t.api(`${base}?startDate=2026-03-01&step=1`, { token: me.token })).status,
      404,
    );
    assert.equal(
      (await t.api(`${base}?startDate=yesterday&endDate=2026-03-08&step=1`, { token: me.token }))
        .status,
      400,
    );
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';

describe('orders over HTTP', () => {
  let t: TestServer;
  let clock = Date.UTC(2026, 2, 10, 15, 0, 0);
  before(async () => {
    t = await startTestServer({ now: () => clock });
  });
  after(() => t.close());

  const orders = (u: FreshUser, path = '') => `/v1.0/accounts/${u.accountIds[0]}/orders${path}`;
  const place = (u: FreshUser, body: Json) =>
    t.api(orders(u), { method: 'POST', token: u.token, body });
  const preview = (u: FreshUser, body: Json) =>
    t.api(`/v1.0/accounts/${u.accountIds[0]}/preview/orders`, {
      method: 'POST',
      token: u.token,
      body,
    });
  const get = async (u: FreshUser, id: number) =>
    (await t.api(orders(u, `/${id}`), { token: u.token })).body;
  const step = (ticks = 0) => t.control('/step', { ticks });
  const quoteOf = async (symbol: string) =>
    (await t.control('/prices', { symbol, price: await lastOf(symbol) })).body;
  const lastOf = async (symbol: string): Promise<number> => {
    const me = await t.freshUser();
    const p = await preview(me, { Symbol: symbol, Type: 'Market', Side: 'Buy', Quantity: 1 });
    return p.body.Quotes[0].Last;
  };

  test('a market order goes PendingNew → New → Filled at the simulated ask, with one detail entry per event', async () => {
    const me = await t.freshUser();
    const placed = await place(me, { Symbol: 'KO', Type: 'Market', Side: 'Buy', Quantity: 10 });
    assert.equal(placed.status, 200);
    assert.equal(placed.body.Status, 'PendingNew');
    assert.equal(placed.body.Symbol, 'KO');
    await step();
    assert.equal((await get(me, placed.body.Id)).Status, 'New');
    const quote = await quoteOf('KO');
    await step();
    const filled = await get(me, placed.body.Id);
    assert.equal(filled.Status, 'Filled');
    assert.equal(filled.ExecutedQuantity, 10);
    assert.equal(filled.LeavesQuantity, 0);
    assert.equal(filled.AveragePrice, quote.Ask);
    const details = await t.api(orders(me, `/${placed.body.Id}/details`), { token: me.token });
    assert.deepEqual(
      details.body.map((d: Json) => d.Status),
      ['PendingNew', 'New', 'Filled'],
    );
  });

  test('a large market order fills partially first, then fully', async () => {
    const me = await t.freshUser();
    const placed = await place(me, { Symbol: 'F', Type: 'Market', Side: 'Buy', Quantity: 20000 });
    await step();
    await step();
    const first = await get(me, placed.body.Id);
    assert.equal(first.Status, 'PartiallyFilled');
    assert.ok(first.ExecutedQuantity > 0 && first.ExecutedQuantity < 20000);
    for (let i = 0; i < 60 && (await get(me, placed.body.Id)).Status !== 'Filled'; i++)
      await step();
    const done = await get(me, placed.body.Id);
    assert.equal(done.Status, 'Filled');
    assert.equal(done.ExecutedQuantity, 20000);
  });

  test('a limit order waits, then fills when the price is forced across the limit', async () => {
    const me = await t.freshUser();
    const last = await lastOf('PEP');
    const limit = Math.round(last * 0.9 * 100) / 100;
    const placed = await place(me, {
      Symbol: 'PEP',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 5,
      Price: limit,
      TimeInforce: 'GoodTillCancel',
    });
    await step();
    await step();
    assert.equal((await get(me, placed.body.Id)).Status, 'New');
    await t.control('/prices', { symbol: 'PEP', price: limit - 1 });
    const filled = await get(me, placed.body.Id);
    assert.equal(filled.Status, 'Filled');
    assert.ok(filled.AveragePrice <= limit, `${filled.AveragePrice} <= ${limit}`);
    await t.control('/prices', { symbol: 'PEP', price: last });
  });

  test('a sell stop triggers when the last price falls through the stop and then fills', async () => {
    const me = await t.freshUser();
    const last = await lastOf('AAPL');
    const stop = Math.round(last * 0.95 * 100) / 100;
    const placed = await place(me, {
      Symbol: 'AAPL',
      Type: 'Stop',
      Side: 'Sell',
      Quantity: 3,
      StopPrice: stop,
    });
    await step();
    await step();
    assert.equal((await get(me, placed.body.Id)).Status, 'New');
    await t.control('/prices', { symbol: 'AAPL', price: stop - 0.5 });
    assert.equal((await get(me, placed.body.Id)).Status, 'Filled');
    await t.control('/prices', { symbol: 'AAPL', price: last });
  });

  test('cancel answers 204 and Canceled; canceling again or a filled order answers 409', async () => {
    const me = await t.freshUser();
    const last = await lastOf('MSFT');
    const placed = await place(me, {
      Symbol: 'MSFT',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 1,
      Price: Math.round(last * 0.7 * 100) / 100,
    });
    const cancel = await t.api(orders(me, `/${placed.body.Id}`), {
      method: 'DELETE',
      token: me.token,
    });
    assert.equal(cancel.status, 204);
    assert.equal(cancel.body, '');
    assert.equal((await get(me, placed.body.Id)).Status, 'Canceled');
    const again = await t.api(orders(me, `/${placed.body.Id}`), {
      method: 'DELETE',
      token: me.token,
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.IsSucceed, false);
    const market = await place(me, { Symbol: 'KO', Type: 'Market', Side: 'Buy', Quantity: 1 });
    await step();
    await step();
    assert.equal((await get(me, market.body.Id)).Status, 'Filled');
    const late = await t.api(orders(me, `/${market.body.Id}`), {
      method: 'DELETE',
      token: me.token,
    });
    assert.equal(late.status, 409);
    const unknown = await t.api(orders(me, '/1'), { method: 'DELETE', token: me.token });
    assert.equal(unknown.status, 404);
  });

  test('replace makes a new working order with the new terms and marks the old one Replaced; a closed order answers 409', async () => {
    const me = await t.freshUser();
    const last = await lastOf('JPM');
    const price = Math.round(last * 0.8 * 100) / 100;
    const placed = await place(me, {
      Symbol: 'JPM',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 4,
      Price: price,
    });
    await step();
    const replaced = await t.api(orders(me, `/${placed.body.Id}`), {
      method: 'PUT',
      token: me.token,
      body: { Id: placed.body.Id, Quantity: 6, Price: price + 1 },
    });
    assert.equal(replaced.status, 200);
    assert.notEqual(replaced.body.Id, placed.body.Id);
    assert.equal(replaced.body.Quantity, 6);
    assert.equal(replaced.body.Price, price + 1);
    assert.equal(replaced.body.Status, 'New');
    assert.equal((await get(me, placed.body.Id)).Status, 'Replaced');
    const badTick = await t.api(orders(me, `/${replaced.body.Id}`), {
      method: 'PUT',
      token: me.token,
      body: { Id: replaced.body.Id, Quantity: 6, Price: price + 0.001 },
    });
    assert.equal(badTick.status, 409);
    const closed = await t.api(orders(me, `/${placed.body.Id}`), {
      method: 'PUT',
      token: me.token,
      body: { Id: placed.body.Id, Quantity: 1, Price: price },
    });
    assert.equal(closed.status, 409);
    assert.match(closed.body.Errors[0], /Failed to replace/);
    const mismatch = await t.api(orders(me, `/${replaced.body.Id}`), {
      method: 'PUT',
      token: me.token,
      body: { Id: 1, Quantity: 1 },
    });
    assert.equal(mismatch.status, 400);
  });

  test('verify-replace previews the new terms of a working order; verified/orders checks it as it stands', async () => {
    const me = await t.freshUser();
    const last = await lastOf('MSFT');
    const price = Math.round(last * 0.8 * 100) / 100;
    const placed = await place(me, {
      Symbol: 'MSFT',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 2,
      Price: price,
    });
    const url = `/v1.0/accounts/${me.accountIds[0]}/preview/orders/${placed.body.Id}`;
    const ok = await t.api(url, {
      method: 'PUT',
      token: me.token,
      body: { Id: placed.body.Id, Quantity: 3, Price: price },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.IsSuccessful, true);
    assert.equal(ok.body.OrderId, placed.body.Id);
    assert.equal(ok.body.Cost, Math.round(3 * price * 100) / 100);
    const offTick = await t.api(url, {
      method: 'PUT',
      token: me.token,
      body: { Id: placed.body.Id, Quantity: 3, Price: price + 0.003 },
    });
    assert.equal(offTick.body.ErrorDescription, 'QuotePriceIsInvalid');
    const verified = await t.api(
      `/v1.0/accounts/${me.accountIds[0]}/verified/orders/${placed.body.Id}`,
      { token: me.token },
    );
    assert.equal(verified.body.IsSuccessful, true);
    assert.equal(verified.body.Cost, Math.round(2 * price * 100) / 100);
    assert.equal((await get(me, placed.body.Id)).Quantity, 2, 'verifying changes nothing');
  });

  test('verify answers 200 with IsSuccessful:false and the real ErrorDescription codes', async () => {
    const me = await t.freshUser();
    const cases: [Json, string][] = [
      [{ Symbol: 'AAPL', Type: 'Limit', Side: 'Buy', Quantity: 1 }, 'LimitPriceUndefined'],
      [{ Symbol: 'AAPL', Type: 'Stop', Side: 'Buy', Quantity: 1 }, 'StopPriceUndefined'],
      [
        { Symbol: 'AAPL', Type: 'StopLimit', Side: 'Buy', Quantity: 1, Price: 100 },
        'StopPriceUndefined',
      ],
      [
        { Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: 100000 },
        'DayTradingBuyingPowerExceeded',
      ],
      [{ Symbol: 'AAPL', Type: 'Market', Side: 'Sell', Quantity: 100000 }, 'InsufficientShares'],
      [{ Symbol: 'ZZZZQ', Type: 'Market', Side: 'Buy', Quantity: 1 }, 'SymbolNotFound'],
      [
        { Symbol: 'AAPL', Type: 'Limit', Side: 'Buy', Quantity: 1, Price: 100.005 },
        'QuotePriceIsInvalid',
      ],
      [{ Symbol: 'AAPL', Type: 'Pegged', Side: 'Buy', Quantity: 1 }, 'InvalidOrderType'],
      [
        { Symbol: 'AAPL', Type: 'TrailingStop', Side: 'Buy', Quantity: 1 },
        'TrailingAmountUndefined',
      ],
      [{ Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: -3 }, 'InvalidQuantity'],
    ];
    for (const [body, code] of cases) {
      const r = await preview(me, body);
      assert.equal(r.status, 200, code);
      assert.equal(r.body.IsSuccessful, false, code);
      assert.equal(r.body.ErrorDescription, code);
      assert.ok(r.body.ErrorDescriptionText.length > 10, code);
    }
    await t.control('/market', { open: false });
    try {
      const closed = await preview(me, {
        Symbol: 'AAPL',
        Type: 'Market',
        Side: 'Buy',
        Quantity: 1,
      });
      assert.equal(closed.body.ErrorDescription, 'MarketClosed');
      const limitWhileClosed = await preview(me, {
        Symbol: 'AAPL',
        Type: 'Limit',
        Side: 'Buy',
        Quantity: 1,
        Price: 100,
      });
      assert.equal(limitWhileClosed.body.IsSuccessful, true);
    } finally {
      await t.control('/market', { open: true });
    }
  });

  test('a good verify shows cost, commission, margin and the quote', async () => {
    const me = await t.freshUser();
    const r = await preview(me, {
      Symbol: 'KO',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 10,
      Price: 50,
      TimeInForce: 'Day',
    });
    assert.equal(r.body.IsSuccessful, true);
    assert.equal(r.body.ErrorDescription, '');
    assert.equal(r.body.Cost, 500);
    assert.ok(r.body.Commission > 0);
    assert.equal(r.body.TotalCost, 500 + r.body.Commission);
    assert.equal(r.body.MarginChange, 250);
    assert.equal(r.body.Quotes[0].Symbol, 'KO');
  });

  test('a placed order that fails verification is rejected after placement with a readable Description', async () => {
    const me = await t.freshUser();
    const placed = await place(me, {
      Symbol: 'AAPL',
      Type: 'Market',
      Side: 'Buy',
      Quantity: 100000,
    });
    assert.equal(placed.status, 200);
    assert.equal(placed.body.Status, 'PendingNew');
    await step();
    const rejected = await get(me, placed.body.Id);
    assert.equal(rejected.Status, 'Rejected');
    assert.match(rejected.Description, /Buying power exceeded/);
  });

  test('both TimeInforce and TimeInForce spellings are accepted; an unbindable body answers the validation error', async () => {
    const me = await t.freshUser();
    const a = await place(me, {
      Symbol: 'KO',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 1,
      Price: 40,
      TimeInforce: 'GoodTillCancel',
    });
    const b = await place(me, {
      Symbol: 'KO',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 1,
      Price: 40,
      TimeInForce: 'GoodTillCancel',
    });
    assert.equal(a.body.TimeInForce, 'GoodTillCancel');
    assert.equal(b.body.TimeInForce, 'GoodTillCancel');
    const bad = await place(me, { Symbol: 'KO', Type: 'Banana', Side: 'Buy', Quantity: 1 });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, {
      Message: 'Validation error occured while processing entity',
      ModelState: { 'placeParams.Type': ['An error has occurred.'] },
    });
    const notJson = await place(me, '{not json');
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.Message, 'Validation error occured while processing entity');
  });

  test('good-till-date orders expire when their date passes', async () => {
    const me = await t.freshUser();
    const placed = await place(me, {
      Symbol: 'KO',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 1,
      Price: 30,
      TimeInforce: 'GoodTillDate',
      ExpireDate: new Date(clock + 60_000).toISOString(),
    });
    await step();
    assert.equal((await get(me, placed.body.Id)).Status, 'New');
    clock += 120_000;
    await step();
    assert.equal((await get(me, placed.body.Id)).Status, 'Expired');
  });

  test('the order list is paged, filtered by numeric Status codes, SecurityId and CreateDate, and sorted', async () => {
    const me = await t.freshUser();
    const base = orders(me);
    const all = await t.api(`${base}?pageNumber=0&pageSize=100`, { token: me.token });
    assert.equal(all.status, 200);
    assert.ok(all.body.TotalCount > 100, 'a year of history');
    assert.equal(all.body.Result.length, 100);
    assert.match(all.body.NextPageLink, /pageNumber=1/);
    assert.equal(all.body.PreviousPageLink, '');
    const open = await t.api(
      `${base}?pageNumber=0&pageSize=50&filter=${encodeURIComponent('Status in (0,1)')}`,
      { token: me.token },
    );
    assert.ok(open.body.TotalCount >= 2);
    assert.ok(
      open.body.Result.every((o: Json) => o.Status === 'New' || o.Status === 'PartiallyFilled'),
    );
    const filled = await t.api(
      `${base}?pageNumber=0&pageSize=5&filter=${encodeURIComponent('Status = 2 and SecurityId = 1')}&sortField=Id&desc=true`,
      {
        token: me.token,
      },
    );
    assert.ok(filled.body.Result.length > 0);
    assert.ok(filled.body.Result.every((o: Json) => o.Status === 'Filled' && o.SecurityId === 1));
    const ids = filled.body.Result.map((o: Json) => o.Id);
    assert.deepEqual(
      ids,
      [...ids].sort((x: number, y: number) => y - x),
    );
    const from = new Date(clock - 40 * 86_400_000).toISOString();
    const to = new Date(clock).toISOString();
    const recent = await t.api(
      `${base}?pageNumber=0&pageSize=100&filter=${encodeURIComponent(`CreateDate between #${from}# and #${to}#`)}`,
      {
        token: me.token,
      },
    );
    assert.ok(recent.body.TotalCount > 0 && recent.body.TotalCount < all.body.TotalCount);
    assert.ok(recent.body.Result.every((o: Json) => Date.parse(o.CreateDate) >= Date.parse(from)));
  });

  test('bad list requests: missing paging answers 404, a bad filter 400, pageSize over 100 400', async () => {
    const me = await t.freshUser();
    const missing = await t.api(orders(me, '?pageSize=10'), { token: me.token });
    assert.equal(missing.status, 404);
    assert.match(missing.body.Message, /No HTTP resource was found/);
    const badFilter = await t.api(
      orders(me, `?pageNumber=0&pageSize=10&filter=${encodeURIComponent('Status in (0,')}`),
      { token: me.token },
    );
    assert.equal(badFilter.status, 400);
    const unknownField = await t.api(
      orders(me, `?pageNumber=0&pageSize=10&filter=${encodeURIComponent('Password = 1')}`),
      { token: me.token },
    );
    assert.equal(unknownField.status, 400);
    const tooBig = await t.api(orders(me, '?pageNumber=0&pageSize=101'), { token: me.token });
    assert.equal(tooBig.status, 400);
  });

  test('buy/sell limits reflect buying power and the shares held', async () => {
    const me = await t.freshUser();
    const r = await t.api(`/v1.0/accounts/${me.accountIds[0]}/preview/limits/AAPL?price=100`, {
      token: me.token,
    });
    assert.equal(r.status, 200);
    const balance = await t.api(`/v1.0/accounts/${me.accountIds[0]}/info`, { token: me.token });
    assert.equal(r.body.BuyLimit, Math.floor(balance.body.stockBuyingPower / 100));
    const position = await t.api(`/v1.0/accounts/${me.accountIds[0]}/positions/AAPL`, {
      token: me.token,
    });
    assert.equal(r.body.SellLimit, position.body[0].Quantity);
  });
});

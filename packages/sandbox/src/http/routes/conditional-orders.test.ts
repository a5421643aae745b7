/**
 * Conditional and trailing orders (api-reference §4.2): OneTriggerOther, OneCancelOther,
 * OneTriggerOneCancelOther with their documented leg rules, their legs' lifecycle (trigger,
 * cancel the sibling) seen over REST and on the `Order` stream, and TrailingStop /
 * TrailingStopLimit with `Absolute` and `Persentage` (sic) amounts following the market.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';
import { openStream, ordersOf, pass, TUESDAY } from './options.test-support.ts';

describe('conditional and trailing orders', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => TUESDAY });
  });
  after(() => t.close());

  const cents = (n: number) => Math.round(n * 100) / 100;
  /** Forces a price and holds it (no random walk runs in these tests anyway). */
  const price = (symbol: string, value: number) =>
    t.control('/prices', { symbol, price: cents(value), holdMs: 600_000 });
  /** A user holding 100 shares of `symbol` bought at `at`. */
  const holder = async (symbol: string, at: number): Promise<FreshUser> => {
    const me = await t.freshUser();
    await price(symbol, at);
    const o = ordersOf(t, me);
    const bought = await o.place({ Symbol: symbol, Type: 'Market', Side: 'Buy', Quantity: 100 });
    await pass(t);
    await pass(t);
    assert.equal((await o.get(bought.body.Id)).Status, 'Filled');
    return me;
  };

  test('a bracket (OneTriggerOneCancelOther): the entry fills, its exits start working, the take-profit fill cancels the stop-loss; REST and the Order stream show each step', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    await price('KO', 60);
    const { client, subscribe } = await openStream(t, me, 'data');
    try {
      await subscribe('Order', String(me.accountIds[0]));
      const placed = await o.place({
        Symbol: '',
        Type: 'OneTriggerOneCancelOther',
        Legs: [
          { Symbol: 'KO', Type: 'Limit', Side: 'Buy', Quantity: 10, Price: 61 },
          { Symbol: 'KO', Type: 'Limit', Side: 'Sell', Quantity: 10, Price: 66 },
          { Symbol: 'KO', Type: 'Stop', Side: 'Sell', Quantity: 10, StopPrice: 55 },
        ],
      });
      assert.equal(placed.status, 200, JSON.stringify(placed.body));
      assert.equal(placed.body.Symbol, '');
      const [entry, takeProfit, stopLoss] = placed.body.Legs.map((l: Json) => l.Id);
      await pass(t); // accepted: the entry works, the exits wait
      let root = await o.get(placed.body.Id);
      assert.deepEqual(
        root.Legs.map((l: Json) => l.Status),
        ['New', 'Suspended', 'Suspended'],
      );
      await pass(t); // the entry fills at the ask, under its limit
      assert.equal((await o.get(entry)).Status, 'Filled');
      assert.equal((await o.get(takeProfit)).Status, 'New');
      assert.equal((await o.get(stopLoss)).Status, 'New');
      await price('KO', 67); // the take-profit fills at once, the stop-loss is canceled
      assert.equal((await o.get(takeProfit)).Status, 'Filled');
      const canceled = await o.get(stopLoss);
      assert.equal(canceled.Status, 'Canceled');
      assert.match(canceled.Description, new RegExp(`${takeProfit}`));
      root = await o.get(placed.body.Id);
      assert.equal(root.Status, 'Filled');
      assert.deepEqual(
        root.Legs.map((l: Json) => l.Status),
        ['Filled', 'Filled', 'Canceled'],
      );
      const seen = async (id: number, status: string) =>
        client.nextMessage(
          (m) => m.EntityType === 'Order' && m.Id === String(id) && m.Status === status,
        );
      const stream = [
        await seen(stopLoss, 'Suspended'),
        await seen(entry, 'Filled'),
        await seen(stopLoss, 'New'),
        await seen(takeProfit, 'Filled'),
        await seen(stopLoss, 'Canceled'),
        await seen(placed.body.Id, 'Filled'),
      ];
      for (const m of stream.slice(0, 5)) assert.equal(m.ParentId, String(placed.body.Id));
      assert.equal(stream[5]!.ParentId, '-1');
    } finally {
      client.ws.close();
    }
  });

  test('OneCancelOther: either leg may fill; the fill cancels the other', async () => {
    const me = await holder('PEP', 150);
    const o = ordersOf(t, me);
    const placed = await o.place({
      Symbol: '',
      Type: 'OneCancelOther',
      Legs: [
        { Symbol: 'PEP', Type: 'Limit', Side: 'Sell', Quantity: 100, Price: 160 },
        { Symbol: 'PEP', Type: 'Stop', Side: 'Sell', Quantity: 100, StopPrice: 140 },
      ],
    });
    await pass(t);
    const [limit, stop] = placed.body.Legs.map((l: Json) => l.Id);
    assert.equal((await o.get(limit)).Status, 'New');
    assert.equal((await o.get(stop)).Status, 'New', 'both legs of an OCO work at once');
    await price('PEP', 139);
    await pass(t);
    assert.equal((await o.get(stop)).Status, 'Filled');
    assert.equal((await o.get(limit)).Status, 'Canceled');
    assert.equal((await o.get(placed.body.Id)).Status, 'Filled');
  });

  test('OneTriggerOther: the second leg waits for the first; canceling the first cancels the waiting leg and the order', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    await price('PG', 150);
    const placed = await o.place({
      Symbol: '',
      Type: 'OneTriggerOther',
      Legs: [
        { Symbol: 'PG', Type: 'Limit', Side: 'Buy', Quantity: 5, Price: 120 },
        { Symbol: 'PG', Type: 'Limit', Side: 'Sell', Quantity: 5, Price: 180 },
      ],
    });
    await pass(t);
    await pass(t);
    const [first, second] = placed.body.Legs.map((l: Json) => l.Id);
    assert.equal((await o.get(first)).Status, 'New');
    assert.equal((await o.get(second)).Status, 'Suspended');
    const replace = (id: number, body: Json) =>
      t.api(`${o.base}/orders/${id}`, {
        method: 'PUT',
        token: me.token,
        body: { Id: id, ...body },
      });
    assert.equal((await replace(placed.body.Id, { Quantity: 5 })).status, 409, 'not the root');
    const replaced = await replace(second, { Quantity: 5, Price: 190 });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal(replaced.body.Status, 'Suspended', 'the new leg still waits');
    assert.equal(replaced.body.ParentId, placed.body.Id);
    assert.equal(replaced.body.Price, 190);
    assert.equal((await o.get(second)).Status, 'Replaced');
    const waiting = replaced.body.Id;
    assert.deepEqual(
      (await o.get(placed.body.Id)).Legs.map((l: Json) => l.Id),
      [first, waiting],
    );
    assert.equal((await o.cancel(first)).status, 204);
    assert.equal((await o.get(waiting)).Status, 'Canceled');
    assert.equal((await o.get(placed.body.Id)).Status, 'Canceled');
  });

  test('every documented leg rule, broken, answers its error on verify and rejects the order on place', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const limit = { Symbol: 'KO', Type: 'Limit', Side: 'Buy', Quantity: 1, Price: 50 };
    const market = { Symbol: 'KO', Type: 'Market', Side: 'Buy', Quantity: 1 };
    const stop = { Symbol: 'KO', Type: 'Stop', Side: 'Sell', Quantity: 1, StopPrice: 40 };
    const cases: [string, Json, string][] = [
      [
        'OTO with three legs',
        { Type: 'OneTriggerOther', Legs: [limit, limit, limit] },
        'InvalidLegsCount',
      ],
      ['OTO without legs', { Type: 'OneTriggerOther' }, 'InvalidLegsCount'],
      [
        'OTO whose first leg is Market',
        { Type: 'OneTriggerOther', Legs: [market, limit] },
        'InvalidOrderType',
      ],
      ['OCO with one leg', { Type: 'OneCancelOther', Legs: [limit] }, 'InvalidLegsCount'],
      [
        'OCO of two Market legs',
        { Type: 'OneCancelOther', Legs: [market, market] },
        'InvalidOrderType',
      ],
      [
        'OTOCO with two legs',
        { Type: 'OneTriggerOneCancelOther', Legs: [limit, stop] },
        'InvalidLegsCount',
      ],
      [
        'OTOCO whose entry is Market',
        { Type: 'OneTriggerOneCancelOther', Legs: [market, limit, stop] },
        'InvalidOrderType',
      ],
      [
        'OTOCO whose exits are both Market',
        { Type: 'OneTriggerOneCancelOther', Legs: [limit, market, market] },
        'InvalidOrderType',
      ],
      [
        'a root Symbol',
        { Symbol: 'KO', Type: 'OneCancelOther', Legs: [limit, stop] },
        'InvalidSymbol',
      ],
      [
        'a leg without a Type',
        { Type: 'OneCancelOther', Legs: [limit, { Symbol: 'KO', Side: 'Sell', Quantity: 1 }] },
        'InvalidOrderType',
      ],
      [
        'a conditional leg',
        { Type: 'OneCancelOther', Legs: [limit, { ...limit, Type: 'OneCancelOther' }] },
        'InvalidOrderType',
      ],
      [
        'a leg without its stop price',
        { Type: 'OneCancelOther', Legs: [limit, { ...stop, StopPrice: undefined }] },
        'StopPriceUndefined',
      ],
      [
        'a leg without a symbol',
        { Type: 'OneCancelOther', Legs: [limit, { ...stop, Symbol: '' }] },
        'SymbolNotFound',
      ],
    ];
    for (const [rule, body, code] of cases) {
      const full = { Symbol: '', ...body };
      const verified = await o.preview(full);
      assert.equal(verified.status, 200, rule);
      assert.equal(verified.body.IsSuccessful, false, rule);
      assert.equal(
        verified.body.ErrorDescription,
        code,
        `${rule}: ${verified.body.ErrorDescriptionText}`,
      );
      const placed = await o.place(full);
      assert.equal(placed.status, 200, rule);
      await pass(t);
      const root = await o.get(placed.body.Id);
      assert.equal(root.Status, 'Rejected', rule);
      assert.equal(root.Description, verified.body.ErrorDescriptionText, rule);
      for (const l of root.Legs) assert.equal(l.Status, 'Rejected', `${rule}: its legs too`);
    }
  });

  test('a TrailingStop (Absolute) follows the market up, never down, and triggers when the price falls to it', async () => {
    const me = await holder('MCD', 300);
    const o = ordersOf(t, me);
    const placed = await o.place({
      Symbol: 'MCD',
      Type: 'TrailingStop',
      Side: 'Sell',
      Quantity: 100,
      TrailingStopAmount: 5,
      TrailingStopAmountType: 'Absolute',
    });
    await pass(t);
    let order = await o.get(placed.body.Id);
    assert.equal(order.Status, 'New');
    assert.equal(order.TrailingStopAmount, 5);
    assert.equal(order.TrailingStopAmountType, 'Absolute');
    assert.equal(order.StopPrice, 295);
    await price('MCD', 310);
    assert.equal((await o.get(placed.body.Id)).StopPrice, 305, 'up with the market');
    await price('MCD', 306);
    order = await o.get(placed.body.Id);
    assert.equal(order.StopPrice, 305, 'not down with it');
    assert.equal(order.Status, 'New');
    await price('MCD', 304.5);
    order = await o.get(placed.body.Id);
    assert.equal(order.Status, 'Filled');
    assert.ok(order.AveragePrice <= 305);
  });

  test('a TrailingStopLimit in Persentage (sic): a buy stop trails the lows, its limit sits TrailingLimitAmount beyond the stop', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    await price('NKE', 100);
    const placed = await o.place({
      Symbol: 'NKE',
      Type: 'TrailingStopLimit',
      Side: 'Buy',
      Quantity: 10,
      TrailingStopAmount: 2,
      TrailingStopAmountType: 'Persentage',
      TrailingLimitAmount: 0.5,
      TrailingLimitAmountType: 'Absolute',
    });
    await pass(t);
    assert.equal((await o.get(placed.body.Id)).StopPrice, 102);
    await price('NKE', 90);
    assert.equal((await o.get(placed.body.Id)).StopPrice, 91.8, '2 % above the low');
    await price('NKE', 91.9);
    const order = await o.get(placed.body.Id);
    assert.equal(order.Price, 92.3, 'the limit: the stop plus 0.50');
    assert.equal(order.Status, 'Filled');
    assert.ok(order.AveragePrice <= 92.3);
  });

  test('trailing amounts are checked: missing, not above 0, a percent of 100 or more, a stop-limit without its limit amount', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const trailing = { Symbol: 'KO', Type: 'TrailingStop', Side: 'Buy', Quantity: 1 };
    for (const body of [
      trailing,
      { ...trailing, TrailingStopAmount: 0 },
      { ...trailing, TrailingStopAmount: 100, TrailingStopAmountType: 'Persentage' },
      { ...trailing, Type: 'TrailingStopLimit', TrailingStopAmount: 1 },
    ]) {
      const verified = await o.preview(body);
      assert.equal(verified.body.ErrorDescription, 'TrailingAmountUndefined', JSON.stringify(body));
    }
    const bound = await o.preview({
      ...trailing,
      TrailingStopAmount: 1,
      TrailingStopAmountType: 'Percentage',
    });
    assert.equal(bound.status, 400, 'the spec spells it Persentage');
    assert.deepEqual(Object.keys(bound.body.ModelState), ['placeParams.TrailingStopAmountType']);
  });
});

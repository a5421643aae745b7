/**
 * Multi-leg option orders (api-reference §4.2): root `Symbol` "", `Type` Market or Limit and the
 * time in force on the root, legs with only `Symbol`, `Quantity` and `Side`. Every broken rule
 * answers the documented verification body on verify and rejects the order on place.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type Json, type TestServer } from '../../node/test-support.ts';
import { contract, expiration, ordersOf, pass, TUESDAY } from './options.test-support.ts';

describe('multi-leg option orders', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => TUESDAY });
  });
  after(() => t.close());

  test('a vertical spread fills as one order: both legs at once, each a child with ParentId, net price on the root', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const exp = await expiration(t, me, 'SPY');
    const long = contract(exp, 'Call', 0);
    const short = contract(exp, 'Call', 2);
    const body = {
      Symbol: '',
      Type: 'Limit',
      Price: 50,
      TimeInforce: 'Day',
      Quantity: 2,
      Legs: [
        { Symbol: long.Symbol, Quantity: 2, Side: 'Buy' },
        { Symbol: short.Symbol, Quantity: 2, Side: 'SellShort' },
      ],
    };
    const preview = await o.preview(body);
    assert.equal(preview.body.IsSuccessful, true, preview.body.ErrorDescriptionText);
    assert.equal(preview.body.Quotes.length, 2);
    const [buyQuote, sellQuote] = preview.body.Quotes;
    const placed = await o.place(body);
    assert.equal(placed.status, 200);
    assert.equal(placed.body.Symbol, '');
    assert.equal(placed.body.Legs.length, 2);
    await pass(t);
    await pass(t);
    const root = await o.get(placed.body.Id);
    assert.equal(root.Status, 'Filled');
    assert.equal(root.Type, 'Limit');
    assert.equal(root.Quantity, 2);
    const net = Math.round((buyQuote.Ask - sellQuote.Bid) * 10000) / 10000;
    assert.equal(root.AveragePrice, net, 'the net debit per spread');
    for (const leg of root.Legs) {
      assert.equal(leg.ParentId, root.Id);
      assert.equal(leg.Status, 'Filled');
      const child = await o.get(leg.Id);
      assert.equal(child.ParentId, root.Id);
      assert.equal(child.Status, 'Filled');
    }
    const positions = await o.positions();
    assert.equal(positions.find((p) => p.SecurityId === long.Id)?.Quantity, 2);
    assert.equal(positions.find((p) => p.SecurityId === short.Id)?.Quantity, -2);
  });

  test('a limit spread waits for its net price; a leg cannot be canceled alone; canceling the root cancels the legs', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const exp = await expiration(t, me, 'QQQ');
    const legs = [
      { Symbol: contract(exp, 'Put', 0).Symbol, Quantity: 1, Side: 'Buy' },
      { Symbol: contract(exp, 'Put', -2).Symbol, Quantity: 1, Side: 'SellShort' },
    ];
    const placed = await o.place({ Symbol: '', Type: 'Limit', Price: 0.01, Legs: legs });
    await pass(t);
    await pass(t);
    const root = await o.get(placed.body.Id);
    assert.equal(root.Status, 'New', 'a debit of a cent is not there');
    const leg = await o.cancel(root.Legs[0].Id);
    assert.equal(leg.status, 409);
    assert.equal((await o.cancel(root.Id)).status, 204);
    const canceled = await o.get(root.Id);
    assert.equal(canceled.Status, 'Canceled');
    for (const l of canceled.Legs) assert.equal((await o.get(l.Id)).Status, 'Canceled');
  });

  test('every documented rule, broken, answers its error on verify and rejects the order on place', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const exp = await expiration(t, me);
    const a = contract(exp, 'Call', 0).Symbol;
    const b = contract(exp, 'Call', 1).Symbol;
    const other = contract(await expiration(t, me, 'MSFT'), 'Call', 0).Symbol;
    const leg = (Symbol: string, Side = 'Buy', Quantity = 1): Json => ({ Symbol, Quantity, Side });
    const spread = { Symbol: '', Type: 'Limit', Price: 1, Legs: [leg(a), leg(b, 'SellShort')] };
    const cases: [string, Json, string][] = [
      ['root Symbol not ""', { ...spread, Symbol: 'AAPL' }, 'InvalidSymbol'],
      ['root Type Stop', { ...spread, Type: 'Stop', StopPrice: 1 }, 'InvalidOrderType'],
      ['root Type TrailingStop', { ...spread, Type: 'TrailingStop' }, 'InvalidOrderType'],
      ['one leg', { ...spread, Legs: [leg(a)] }, 'InvalidLegsCount'],
      ['five legs', { ...spread, Legs: [a, b, a, b, a].map((s) => leg(s)) }, 'InvalidLegsCount'],
      [
        'a leg with a Type',
        { ...spread, Legs: [{ ...leg(a), Type: 'Limit' }, leg(b, 'SellShort')] },
        'InvalidLegField',
      ],
      [
        'a leg with a Price',
        { ...spread, Legs: [leg(a), { ...leg(b, 'SellShort'), Price: 1 }] },
        'InvalidLegField',
      ],
      [
        'a leg with a TimeInforce',
        { ...spread, Legs: [{ ...leg(a), TimeInforce: 'Day' }, leg(b, 'SellShort')] },
        'InvalidLegField',
      ],
      ['a stock leg', { ...spread, Legs: [leg(a), leg('AAPL', 'Sell')] }, 'InvalidLegs'],
      ['two underlyings', { ...spread, Legs: [leg(a), leg(other, 'SellShort')] }, 'InvalidLegs'],
      ['a contract twice', { ...spread, Legs: [leg(a), leg(a, 'SellShort')] }, 'InvalidLegs'],
      [
        'an unknown contract',
        { ...spread, Legs: [leg(a), leg('AAPL  200117C00100000')] },
        'SymbolNotFound',
      ],
      ['a Limit root without Price', { ...spread, Price: undefined }, 'LimitPriceUndefined'],
      [
        'a leg quantity not a multiple of the spreads',
        { ...spread, Quantity: 2, Legs: [leg(a, 'Buy', 2), leg(b, 'SellShort', 3)] },
        'InvalidQuantity',
      ],
      [
        'selling to close contracts not held',
        { ...spread, Legs: [leg(a), leg(b, 'Sell')] },
        'InsufficientShares',
      ],
      [
        'more than the buying power',
        { ...spread, Price: 100, Legs: [leg(a, 'Buy', 5000), leg(b, 'SellShort', 5000)] },
        'DayTradingBuyingPowerExceeded',
      ],
    ];
    for (const [rule, body, code] of cases) {
      const verified = await o.preview(body);
      assert.equal(verified.status, 200, rule);
      assert.equal(verified.body.IsSuccessful, false, rule);
      assert.equal(
        verified.body.ErrorDescription,
        code,
        `${rule}: ${verified.body.ErrorDescriptionText}`,
      );
      assert.ok(verified.body.ErrorDescriptionText.length > 10, rule);
      const placed = await o.place(body);
      assert.equal(placed.status, 200, `${rule}: placement answers 200`);
      await pass(t);
      const root = await o.get(placed.body.Id);
      assert.equal(root.Status, 'Rejected', rule);
      assert.equal(root.Description, verified.body.ErrorDescriptionText, rule);
      for (const l of root.Legs) assert.equal(l.Status, 'Rejected', `${rule}: its legs too`);
    }
    const ira = ordersOf(t, me, me.accountIds[1]);
    const cash = await ira.preview(spread);
    assert.equal(cash.body.ErrorDescription, 'AccountRestricted', 'selling to open needs margin');
    const bound = await o.preview({ ...spread, Legs: [leg(a), { ...leg(b), Side: 'Sideways' }] });
    assert.equal(bound.status, 400, 'a leg that cannot bind is a validation error');
    assert.deepEqual(Object.keys(bound.body.ModelState), ['placeParams.Legs[1].Side']);
    const sideless = await o.preview({ ...spread, Legs: [{ Symbol: a, Quantity: 1 }, leg(b)] });
    assert.equal(sideless.status, 400, 'a leg needs its Side');
    assert.deepEqual(Object.keys(sideless.body.ModelState), ['placeParams.Legs[0].Side']);
  });
});

/**
 * Option orders (api-reference §4.2, §5): single-leg orders by OSI symbol with the open/close
 * intent in `Side` (Buy / Sell / SellShort / BuyToCover), contract size 100 in cost, buying power
 * and P&L, option positions with their contract terms, expiry at the close, and multi-leg orders
 * with every documented rule held on verify and place alike.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';
import { contract, expiration, ordersOf, pass, TUESDAY } from './options.test-support.ts';

describe('option orders', () => {
  let t: TestServer;
  let clock = TUESDAY;
  before(async () => {
    t = await startTestServer({ now: () => clock });
  });
  after(() => t.close());

  /** Places and runs two passes (accept, fill); returns the order as it stands. */
  const placeAndRun = async (u: FreshUser, body: Json): Promise<Json> => {
    const o = ordersOf(t, u);
    const placed = await o.place(body);
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    assert.equal(placed.body.Status, 'PendingNew');
    await pass(t);
    await pass(t);
    return o.get(placed.body.Id);
  };

  test('buy to open by OSI symbol: premium × 100 in cost and cash, a position with its contract terms, P&L per contract', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const exp = await expiration(t, me);
    const call = contract(exp, 'Call', 1);
    const preview = await o.preview({
      Symbol: call.Symbol,
      Type: 'Market',
      Side: 'Buy',
      Quantity: 3,
    });
    assert.equal(preview.body.IsSuccessful, true, preview.body.ErrorDescriptionText);
    const ask = preview.body.Quotes[0].Ask;
    assert.equal(preview.body.Cost, Math.round(ask * 300 * 100) / 100);
    assert.equal(preview.body.Commission, 1.95, '$0.65 a contract');
    const cashBefore = (await o.balance()).cash;
    const order = await placeAndRun(me, {
      Symbol: call.Symbol,
      Type: 'Market',
      Side: 'Buy',
      Quantity: 3,
    });
    assert.equal(order.Status, 'Filled');
    assert.equal(order.SecurityId, call.Id);
    assert.equal(order.SecurityType, 'Option');
    assert.equal(order.Name, call.Name);
    assert.equal(order.UnderlyingSymbol, 'AAPL');
    assert.equal(order.UnderlyingStrike, call.StrikePrice);
    assert.equal(order.UnderlyingOptionType, 'Call');
    const paid = Math.round((order.AveragePrice * 300 + 1.95) * 100) / 100;
    const balance = await o.balance();
    assert.equal(Math.round((cashBefore - balance.cash) * 100) / 100, paid);
    assert.ok(balance.optionLongMarketValue > 0);
    const position = (await o.positions()).find((p) => p.SecurityId === call.Id);
    assert.ok(position, 'an option position');
    assert.equal(position.Quantity, 3);
    assert.equal(position.ContractSize, 100);
    assert.equal(position.SecurityType, 'Option');
    assert.equal(position.UnderlyingSymbol, 'AAPL');
    assert.equal(position.UnderlyingStrike, call.StrikePrice);
    assert.equal(position.UnderlyingOptionType, 'Call');
    assert.equal(position.UnderlyingExpirationType, call.ExpirationType);
    assert.equal(position.UnderlyingExpirationDate, Date.parse(call.ExpirationDate));
    const aapl = await t.api('/v1.0/equities/AAPL', { token: me.token });
    assert.equal(position.UnderlyingId, aapl.body.Id);
    assert.equal(position.AverageOpenPrice, order.AveragePrice);
    assert.equal(position.CostBasis, Math.round(order.AveragePrice * 300 * 100) / 100);
    const limits = await t.api(
      `${o.base}/preview/limits/${encodeURIComponent(call.Symbol)}?price=0`,
      { token: me.token },
    );
    assert.equal(limits.status, 200);
    assert.equal(limits.body.SellLimit, 3, 'contracts held');
    const bp = (await o.balance()).optionBuyingPower;
    assert.equal(limits.body.BuyLimit, Math.floor(bp / (limits.body.BuyPrice * 100)));
    // Sell to close at a forced value: the P&L is (sell − buy) × 100 per contract.
    const realizedBefore = balance.closePL;
    await t.control('/prices', {
      symbol: call.Symbol,
      price: order.AveragePrice + 2,
      holdMs: 60_000,
    });
    const sold = await placeAndRun(me, {
      Symbol: call.Symbol,
      Type: 'Market',
      Side: 'Sell',
      Quantity: 3,
    });
    assert.equal(sold.Status, 'Filled');
    assert.ok(!(await o.positions()).some((p) => p.SecurityId === call.Id), 'the position closed');
    const realized = (await o.balance()).closePL - realizedBefore;
    const expected = (sold.AveragePrice - order.AveragePrice) * 300;
    assert.ok(Math.abs(realized - expected) < 0.02, `realized ${realized}, expected ${expected}`);
  });

  test('sell to open needs a margin account; sell to close and buy to close need the contracts; whole contracts only', async () => {
    const me = await t.freshUser();
    const exp = await expiration(t, me);
    const put = contract(exp, 'Put', -2);
    const margin = ordersOf(t, me);
    const ira = ordersOf(t, me, me.accountIds[1]);
    const cases: [ReturnType<typeof ordersOf>, Json, string][] = [
      [
        ira,
        { Symbol: put.Symbol, Type: 'Market', Side: 'SellShort', Quantity: 1 },
        'AccountRestricted',
      ],
      [
        margin,
        { Symbol: put.Symbol, Type: 'Market', Side: 'Sell', Quantity: 1 },
        'InsufficientShares',
      ],
      [
        margin,
        { Symbol: put.Symbol, Type: 'Market', Side: 'BuyToCover', Quantity: 1 },
        'InsufficientShares',
      ],
      [
        margin,
        { Symbol: put.Symbol, Type: 'Market', Side: 'Buy', Quantity: 1.5 },
        'InvalidQuantity',
      ],
      [
        margin,
        { Symbol: put.Symbol, Type: 'Market', Side: 'Buy', Quantity: 100_000 },
        'DayTradingBuyingPowerExceeded',
      ],
      [
        margin,
        { Symbol: 'AAPL  200117C00100000', Type: 'Market', Side: 'Buy', Quantity: 1 },
        'SymbolNotFound',
      ],
    ];
    for (const [account, body, code] of cases) {
      const verified = await account.preview(body);
      assert.equal(verified.status, 200);
      assert.equal(verified.body.IsSuccessful, false, code);
      assert.equal(verified.body.ErrorDescription, code, JSON.stringify(body));
      const placed = await account.place(body);
      assert.equal(
        placed.status,
        200,
        'placement answers 200 even for an order that will be rejected',
      );
      await pass(t);
      const order = await account.get(placed.body.Id);
      assert.equal(order.Status, 'Rejected', code);
      assert.equal(order.Description, verified.body.ErrorDescriptionText);
    }
    const written = await placeAndRun(me, {
      Symbol: put.Symbol,
      Type: 'Market',
      Side: 'SellShort',
      Quantity: 2,
    });
    assert.equal(written.Status, 'Filled', 'sell to open in the margin account');
    const short = (await margin.positions()).find((p) => p.SecurityId === put.Id);
    assert.equal(short.Quantity, -2);
    assert.ok(
      (await margin.balance()).optionMaintenanceMargin > 0,
      'a short contract needs margin',
    );
    const covered = await placeAndRun(me, {
      Symbol: put.Symbol,
      Type: 'Market',
      Side: 'BuyToCover',
      Quantity: 2,
    });
    assert.equal(covered.Status, 'Filled', 'buy to close');
  });

  test('at the close of the expiration date open orders expire, worthless contracts close at 0 and in-the-money ones settle at their intrinsic value', async () => {
    clock = Date.UTC(2026, 2, 13, 17, 0, 0); // Friday 13 March, 13:00 in New York
    try {
      const me = await t.freshUser();
      const o = ordersOf(t, me);
      const today = await expiration(t, me, 'MSFT', 0);
      assert.equal(today.Expiration, '2026-03-13T00:00:00Z');
      await t.control('/prices', { symbol: 'MSFT', price: today.CentralStrike, holdMs: 600_000 });
      const otm = contract(today, 'Call', 3);
      const itm = contract(today, 'Put', 3);
      const paid = new Map<number, number>();
      for (const c of [otm, itm]) {
        const filled = await placeAndRun(me, {
          Symbol: c.Symbol,
          Type: 'Market',
          Side: 'Buy',
          Quantity: 2,
        });
        assert.equal(filled.Status, 'Filled');
        paid.set(c.Id, filled.AveragePrice);
      }
      const far = await o.place({
        Symbol: otm.Symbol,
        Type: 'Limit',
        Side: 'Buy',
        Quantity: 1,
        Price: 0.01,
      });
      await pass(t);
      const before = await o.balance();
      clock = Date.UTC(2026, 2, 13, 20, 1, 0); // 16:01 in New York
      await pass(t);
      assert.equal((await o.get(far.body.Id)).Status, 'Expired');
      const positions = await o.positions();
      assert.ok(!positions.some((p) => p.SecurityId === otm.Id || p.SecurityId === itm.Id));
      const intrinsic = itm.StrikePrice - today.CentralStrike;
      const after = await o.balance();
      const lost = -paid.get(otm.Id)! * 200; // the premium of the worthless calls
      const settled = (intrinsic - paid.get(itm.Id)!) * 200;
      const realized = after.closePL - before.closePL;
      assert.ok(Math.abs(realized - (lost + settled)) < 0.02, `realized ${realized}`);
      assert.equal(
        Math.round((after.cash - before.cash) * 100) / 100,
        Math.round(intrinsic * 200 * 100) / 100,
        'cash settlement of the in-the-money puts',
      );
      const history = await t.api(
        `${o.base}/transactions?pageNumber=0&pageSize=50&sortBy=Id&isDesc=true`,
        { token: me.token },
      );
      const expirations = history.body.Result.filter((x: Json) => x.Type === 'OptionExpiration');
      assert.deepEqual(expirations.map((x: Json) => x.SecurityId).sort(), [otm.Id, itm.Id].sort());
      const late = await o.preview({
        Symbol: otm.Symbol,
        Type: 'Market',
        Side: 'Buy',
        Quantity: 1,
      });
      assert.equal(late.body.IsSuccessful, false, 'an expired contract cannot be traded');
    } finally {
      clock = TUESDAY;
    }
  });
});

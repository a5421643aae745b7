/**
 * The option and advanced-order responses stay inside the spec: every REST response of the
 * scenario (option look-ups, previews, orders with legs, option positions, transactions) is
 * valid against its schema in the spec (no invented field, JSON types and enum values as
 * specified), and the stream messages of these orders use contract values only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  TIMES_IN_FORCE,
  orderStatusCode,
} from '@autoshares/client/contract';
import type { WorldEvent } from './contract.ts';
import { schemaProblems } from './node/api-schema.ts';
import { startTestServer, type Json, type TestServer } from './node/test-support.ts';
import { eventMessage } from './stream/messages.ts';
import {
  contract,
  expiration,
  ordersOf,
  pass,
  TUESDAY,
} from './http/routes/options.test-support.ts';

describe('option and advanced-order responses are valid against the spec', () => {
  let t: TestServer;
  let clock = TUESDAY;
  before(async () => {
    t = await startTestServer({ now: () => clock, tokenLifetimeMs: 30 * 86_400_000 });
  });
  after(() => t.close());

  /** Asserts a body is valid against a schema (an array: each item). */
  const valid = (body: Json, schema: string, what: string) => {
    const items = Array.isArray(body) ? body : [body];
    assert.ok(items.length > 0, `${what}: something to check`);
    for (const item of items) assert.deepEqual(schemaProblems(item, schema), [], what);
  };

  test('option look-ups, previews, orders with legs, option positions and transactions', async () => {
    const me = await t.freshUser();
    const o = ordersOf(t, me);
    const api = async (path: string) => {
      const r = await t.api(path, { token: me.token });
      assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
      return r.body;
    };
    const events: WorldEvent[] = [];
    const stopListening = t.server.sandbox.world.on((event) => events.push(event));
    try {
      valid(
        await api('/v1.0/options/optionChain/AAPL?filter=Range%20%3D%202'),
        'OptionChainResource',
        'chain',
      );
      valid(
        await api('/v1.0/options/expirations?underlying=AAPL'),
        'OptionExpirationResource',
        'expirations',
      );
      valid(
        await api('/v1.0/options?pageNumber=0&pageSize=5&sortField=Id&desc=false'),
        'PagingResult_OptionResource_',
        'options page',
      );
      const exp = await expiration(t, me);
      const call = contract(exp, 'Call', 0);
      const call2 = contract(exp, 'Call', 2);
      valid(await api(`/v1.0/options/${call.Id}`), 'OptionResource', 'option by id');

      const single = { Symbol: call.Symbol, Type: 'Limit', Side: 'Buy', Quantity: 1, Price: 50 };
      const spread = {
        Symbol: '',
        Type: 'Limit',
        Price: 50,
        Legs: [
          { Symbol: call.Symbol, Quantity: 1, Side: 'Buy' },
          { Symbol: call2.Symbol, Quantity: 1, Side: 'SellShort' },
        ],
      };
      const bracket = {
        Symbol: '',
        Type: 'OneTriggerOneCancelOther',
        Legs: [
          { Symbol: 'KO', Type: 'Limit', Side: 'Buy', Quantity: 5, Price: 1 },
          { Symbol: 'KO', Type: 'Limit', Side: 'Sell', Quantity: 5, Price: 10_000 },
          { Symbol: 'KO', Type: 'Stop', Side: 'Sell', Quantity: 5, StopPrice: 1 },
        ],
      };
      const trailing = {
        Symbol: 'KO',
        Type: 'TrailingStopLimit',
        Side: 'Buy',
        Quantity: 1,
        TrailingStopAmount: 3,
        TrailingStopAmountType: 'Persentage',
        TrailingLimitAmount: 0.2,
        TrailingLimitAmountType: 'Absolute',
      };
      const broken = { ...spread, Legs: [{ ...spread.Legs[0], Type: 'Limit' }, spread.Legs[1]] };
      for (const body of [single, spread, bracket, trailing, broken]) {
        const preview = await o.preview(body);
        valid(preview.body, 'OrderPreviewResource', `preview of ${body.Type}`);
      }
      const ids: number[] = [];
      for (const body of [single, spread, bracket, trailing, broken]) {
        const placed = await o.place(body);
        valid(placed.body, 'OrderResource', `placed ${body.Type}`);
        ids.push(placed.body.Id);
      }
      await pass(t);
      await pass(t);
      await pass(t);
      for (const id of ids) {
        const order = await o.get(id);
        valid(order, 'OrderResource', `order ${id} (${order.Type})`);
        valid(await api(`${o.base}/orders/${id}/details`), 'OrderDetailsModel', `details of ${id}`);
        valid(
          await api(`${o.base}/verified/orders/${id}`),
          'OrderVerifiedResource',
          `verified ${id}`,
        );
      }
      const list = await api(`${o.base}/orders?pageNumber=0&pageSize=100&sortField=Id&desc=true`);
      valid(list, 'PagingResult_OrderResource_', 'orders page');
      const statuses = new Set<string>(list.Result.map((x: Json) => x.Status));
      for (const status of ['Filled', 'New', 'Suspended', 'Rejected'])
        assert.ok(statuses.has(status), `the scenario produced a ${status} order`);
      for (const status of statuses) assert.notEqual(orderStatusCode(status), undefined, status);
      const positions = await api(
        `${o.base}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false`,
      );
      valid(positions, 'PagingResult_PositionResource_', 'positions page');
      assert.ok(
        positions.Result.some(
          (p: Json) => p.SecurityType === 'Option' && p.UnderlyingSymbol === 'AAPL',
        ),
        'an option position',
      );
      valid(
        await api(`${o.base}/positions/${encodeURIComponent(call.Symbol)}`),
        'PositionResource',
        'by symbol',
      );

      // Expiry: the option positions close at the close of their date.
      clock = Date.parse(call.ExpirationDate) + 22 * 3_600_000;
      await pass(t);
      const transactions = await api(
        `${o.base}/transactions?pageNumber=0&pageSize=100&sortBy=Id&isDesc=true`,
      );
      valid(transactions, 'PagingResult_TransactionMapModel_', 'transactions');
      assert.ok(transactions.Result.some((x: Json) => x.Type === 'OptionExpiration'));

      const orderMessages = events.map(eventMessage).filter((m) => m.EntityType === 'Order');
      assert.ok(
        orderMessages.some((m) => m.ParentId !== '-1'),
        'legs on the stream',
      );
      assert.ok(
        orderMessages.some((m) => m.UnderlyingSymbol === 'AAPL'),
        'option orders on the stream',
      );
      for (const m of orderMessages) {
        assert.ok((ORDER_STATUSES as readonly string[]).includes(m.Status!), `Status ${m.Status}`);
        assert.ok((ORDER_TYPES as readonly string[]).includes(m.Type!), `Type ${m.Type}`);
        assert.ok((ORDER_SIDES as readonly string[]).includes(m.Side!), `Side ${m.Side}`);
        assert.ok(
          (TIMES_IN_FORCE as readonly string[]).includes(m.TimeInForce!),
          `TIF ${m.TimeInForce}`,
        );
        for (const [key, value] of Object.entries(m))
          assert.equal(typeof value, 'string', `stream ${key} is a string`);
      }
      const positionMessages = events.map(eventMessage).filter((m) => m.EntityType === 'Position');
      assert.ok(positionMessages.some((m) => m.UnderlyingOptionType === 'Call'));
    } finally {
      clock = TUESDAY;
      stopListening();
    }
  });
});

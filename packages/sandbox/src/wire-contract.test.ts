/**
 * The sandbox speaks only the wire contract (`@autoshares/client/contract`): every enum value
 * it puts in an order (REST and stream), every stream entity it sends, and the filter number of
 * every status it produces are ones the client knows.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXEC_INSTRUCTIONS,
  OPEN_ORDER_STATUSES,
  ORDER_REQUEST_STATUSES,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TARGETS,
  ORDER_TRANS_TYPES,
  ORDER_TYPES,
  SECURITY_TYPES,
  STREAM_ENTITIES,
  TIMES_IN_FORCE,
  WATCHLIST_TYPES,
  isStreamEntity,
  orderStatusCode,
  streamerFor,
} from '@autoshares/client/contract';
import type { WorldEvent } from './contract.ts';
import { schemaProblems } from './node/api-schema.ts';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from './node/test-support.ts';
import { eventMessage, eventTopic } from './stream/messages.ts';
import { OPEN_STATUSES } from './world/broker/enums.ts';
import { SUPPORTED_TYPES } from './world/broker/verify.ts';

/** Order fields that carry a contract enum, REST and stream alike. */
const ORDER_ENUMS: Record<string, readonly string[]> = {
  Status: ORDER_STATUSES,
  ExecutionStatus: ORDER_STATUSES,
  Type: ORDER_TYPES,
  InitialType: ORDER_TYPES,
  Side: ORDER_SIDES,
  TimeInForce: TIMES_IN_FORCE,
  SecurityType: SECURITY_TYPES,
  RequestStatus: ORDER_REQUEST_STATUSES,
  Target: ORDER_TARGETS,
  TransType: ORDER_TRANS_TYPES,
  ExecInst: EXEC_INSTRUCTIONS,
};

/** On the stream, `ExecInst` is numeric flags, as documented (api-reference §12.3). */
const { ExecInst: _flags, ...STREAM_ORDER_ENUMS } = ORDER_ENUMS;

/** The values of `fields` the contract does not know, as `Field=value`. */
function unknownValues(order: Json, fields = ORDER_ENUMS): string[] {
  return Object.entries(fields)
    .filter(([field, known]) => {
      const value = order[field];
      return value !== undefined && value !== null && !known.includes(value);
    })
    .map(([field]) => `${field}=${order[field]}`);
}

describe('the sandbox speaks the wire contract', () => {
  let t: TestServer;
  let clock = Date.UTC(2026, 2, 10, 15, 0, 0);
  before(async () => {
    t = await startTestServer({ now: () => clock });
  });
  after(() => t.close());

  const ordersOf = (u: FreshUser) => `/v1.0/accounts/${u.accountIds[0]}/orders`;
  const place = async (u: FreshUser, body: Json): Promise<number> => {
    const placed = await t.api(ordersOf(u), { method: 'POST', token: u.token, body });
    assert.equal(placed.status, 200, JSON.stringify(placed.body));
    return placed.body.Id;
  };
  const step = () => t.control('/step', { ticks: 0 });
  /** Every order of the account, page by page (bounded). */
  const allOrders = async (u: FreshUser): Promise<Json[]> => {
    const out: Json[] = [];
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await t.api(`${ordersOf(u)}?pageNumber=${pageNumber}&pageSize=100`, {
        token: u.token,
      });
      out.push(...page.body.Result);
      if (!page.body.NextPageLink) return out;
    }
    throw new Error('more than 10 pages of orders');
  };

  test('the statuses it treats as open are open for the client too; the types it executes are contract types', () => {
    for (const status of OPEN_STATUSES)
      assert.ok(OPEN_ORDER_STATUSES.includes(status as never), `${status} is open in the sandbox`);
    for (const type of SUPPORTED_TYPES)
      assert.ok(ORDER_TYPES.includes(type), `${type} is executed by the sandbox`);
  });

  test('orders of every kind it produces (REST and stream) use only contract values, and each status is found by its filter number', async () => {
    const me = await t.freshUser();
    const events: WorldEvent[] = [];
    const stopListening = t.server.sandbox.world.on((event) => events.push(event));
    try {
      const preview = await t.api(`/v1.0/accounts/${me.accountIds[0]}/preview/orders`, {
        method: 'POST',
        token: me.token,
        body: { Symbol: 'F', Type: 'Market', Side: 'Buy', Quantity: 1 },
      });
      const low = Math.round(preview.body.Quotes[0].Last * 0.7 * 100) / 100;
      const far = { Symbol: 'F', Type: 'Limit', Side: 'Buy', Quantity: 1, Price: low };
      // Processed together on the next steps: fills, working orders, immediate cancels.
      await place(me, { Symbol: 'F', Type: 'Market', Side: 'Buy', Quantity: 2 });
      await place(me, { ...far, TimeInforce: 'GoodTillCancel' });
      const toCancel = await place(me, far);
      const toReplace = await place(me, far);
      await place(me, {
        ...far,
        TimeInforce: 'GoodTillDate',
        ExpireDate: new Date(clock + 60_000).toISOString(),
      });
      await place(me, { ...far, TimeInforce: 'ImmediateOrCancel' });
      await place(me, { ...far, TimeInforce: 'FillOrKill' });
      await step();
      await step();
      // Sells of the shares just bought, a short and a cover, and an order too big to pay for.
      await place(me, { Symbol: 'F', Type: 'Stop', Side: 'Sell', Quantity: 1, StopPrice: low });
      await place(me, {
        Symbol: 'F',
        Type: 'StopLimit',
        Side: 'Sell',
        Quantity: 1,
        StopPrice: low,
        Price: low,
      });
      await place(me, {
        Symbol: 'F',
        Type: 'TrailingStop',
        Side: 'Buy',
        Quantity: 1,
        TrailingStopAmount: 1,
      });
      await place(me, {
        Symbol: 'F',
        Type: 'TrailingStopLimit',
        Side: 'Buy',
        Quantity: 1,
        TrailingStopAmount: 5,
        TrailingStopAmountType: 'Persentage',
        TrailingLimitAmount: 0.1,
      });
      await place(me, { Symbol: 'F', Type: 'Market', Side: 'SellShort', Quantity: 1 });
      await place(me, { Symbol: 'F', Type: 'Market', Side: 'BuyToCover', Quantity: 1 });
      const canceled = await t.api(`${ordersOf(me)}/${toCancel}`, {
        method: 'DELETE',
        token: me.token,
      });
      assert.equal(canceled.status, 204);
      const replaced = await t.api(`${ordersOf(me)}/${toReplace}`, {
        method: 'PUT',
        token: me.token,
        body: { Id: toReplace, Quantity: 1, Price: Math.round(low * 0.9 * 100) / 100 },
      });
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      await place(me, { Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: 100000 });
      clock += 120_000; // past the good-till-date
      await step();
      await place(me, far); // stays PendingNew: no step after it
      // A forced price is a quote event like any tick.
      await t.control('/prices', { symbol: 'F', price: preview.body.Quotes[0].Last });

      const orders = await allOrders(me);
      for (const order of orders) {
        assert.deepEqual(unknownValues(order), [], `order ${order.Id} (REST)`);
        assert.deepEqual(schemaProblems(order, 'OrderResource'), [], `order ${order.Id} (schema)`);
      }
      const statuses = new Set<string>(orders.map((o) => o.Status));
      for (const status of [
        'PendingNew',
        'New',
        'Filled',
        'Canceled',
        'Replaced',
        'Rejected',
        'Expired',
      ])
        assert.ok(statuses.has(status), `the scenario produced no ${status} order`);
      for (const side of ORDER_SIDES)
        assert.ok(
          orders.some((o) => o.Side === side),
          `the scenario placed no ${side} order`,
        );
      for (const type of SUPPORTED_TYPES)
        assert.ok(
          orders.some((o) => o.Type === type),
          `the scenario placed no ${type} order`,
        );

      for (const status of statuses) {
        const code = orderStatusCode(status);
        assert.notEqual(code, undefined, `${status} has a filter number`);
        const filter = encodeURIComponent(`Status = ${code}`);
        const found = await t.api(`${ordersOf(me)}?pageNumber=0&pageSize=1&filter=${filter}`, {
          token: me.token,
        });
        assert.equal(
          found.body.TotalCount,
          orders.filter((o) => o.Status === status).length,
          `Status = ${code} finds the ${status} orders`,
        );
      }

      const kinds = new Set<string>();
      for (const event of events) {
        const message = eventMessage(event);
        const entity = message.EntityType;
        kinds.add(entity!);
        assert.ok(isStreamEntity(entity), `stream entity ${entity}`);
        assert.equal(
          streamerFor(entity),
          eventTopic(event).entityType === 'Quote' ? 'quote' : 'data',
        );
        if (entity !== 'Order') continue;
        assert.deepEqual(
          unknownValues(message, STREAM_ORDER_ENUMS),
          [],
          `order ${message.Id} (stream)`,
        );
        assert.match(message.ExecInst ?? '0', /^\d+$/, 'stream ExecInst is numeric flags');
      }
      for (const entity of ['Quote', 'Order', 'Position', 'AccountBalance'])
        assert.ok(kinds.has(entity), `the scenario streamed no ${entity}`);
    } finally {
      stopListening();
    }
  });

  test('watchlists and price alerts it streams are contract entities with contract values', async () => {
    const me = await t.freshUser();
    const events: WorldEvent[] = [];
    const stopListening = t.server.sandbox.world.on((event) => events.push(event));
    try {
      const created = await t.api('/v1.0/users/@me/watchlists?resultIncludeSecurities=false', {
        method: 'POST',
        token: me.token,
        body: { Name: 'Contract', Securities: [] },
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      assert.ok(WATCHLIST_TYPES.includes(created.body.Type), `watchlist Type ${created.body.Type}`);
      const aapl = await t.api('/v1.0/equities/AAPL', { token: me.token });
      const added = await t.api(
        `/v1.0/users/@me/watchlists/${created.body.Id}/securities/${aapl.body.Id}`,
        { method: 'PUT', token: me.token },
      );
      assert.ok(added.status < 300, `add to watchlist: ${added.status}`);
      const alert = await t.api('/v1.0/users/@me/pricealerts', {
        method: 'POST',
        token: me.token,
        body: {
          State: 'New',
          Operator: 'GTEQ',
          SecurityId: aapl.body.Id,
          Field: 'Last',
          Argument: 1_000_000,
          ExpirationDate: Math.floor(clock / 1000) + 3600,
        },
      });
      assert.equal(alert.status, 200, JSON.stringify(alert.body));
      const entities = new Set(events.map((event) => eventMessage(event).EntityType));
      for (const entity of ['Watchlist', 'WatchlistContent', 'PriceAlert'])
        assert.ok(entities.has(entity), `the scenario streamed no ${entity}`);
      for (const entity of entities)
        assert.ok(
          (STREAM_ENTITIES as readonly string[]).includes(entity!),
          `stream entity ${entity}`,
        );
    } finally {
      stopListening();
    }
  });
});

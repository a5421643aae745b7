import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { World } from './world.ts';
import type { OrderInput } from './broker/types.ts';

const T0 = Date.UTC(2026, 2, 10, 15, 0, 0);

/** Runs the same script on a world and returns everything observable as JSON. */
function run(seed: number): string {
  let clock = T0;
  const world = new World({ seed, now: () => clock });
  const events: string[] = [];
  world.on((e) =>
    events.push(e.type === 'quote' ? `q${e.securityId}:${e.quote.Last}` : `${e.type}`),
  );
  const demo = world.users.byUsername('demo')!;
  const [margin] = world.accountsOf(demo.id);
  const orders: OrderInput[] = [
    { symbol: 'AAPL', type: 'Market', side: 'Buy', timeInForce: 'Day', quantity: 10 },
    { symbol: 'F', type: 'Market', side: 'Buy', timeInForce: 'Day', quantity: 12000 },
    {
      symbol: 'KO',
      type: 'Limit',
      side: 'Buy',
      timeInForce: 'GoodTillCancel',
      quantity: 5,
      price: 70,
    },
  ];
  for (const o of orders) world.broker.place(margin, o);
  for (let i = 0; i < 50; i++) {
    clock += 50;
    world.step(40);
  }
  world.setPrice('KO', 60);
  world.step(10);
  const quotes = world.market.securities().map((s) => world.quote(s.Id!));
  const positions = [...margin.positions.values()].map((p) =>
    world.broker.positionResource(margin, p),
  );
  const placed = [...margin.orders.values()].map((r) => r.order);
  return JSON.stringify({
    quotes,
    positions,
    placed,
    balance: world.broker.balance(margin),
    events,
  });
}

describe('determinism', () => {
  test('two worlds with the same seed, stepped the same, produce identical quotes, orders, positions and events', () => {
    const a = run(7);
    const b = run(7);
    assert.equal(a, b);
    const parsed = JSON.parse(a);
    assert.ok(parsed.events.length > 2000, 'the script produced a stream of events');
    assert.ok(parsed.placed.some((o: { Status: string }) => o.Status === 'Filled'));
  });

  test('a different seed gives a different market', () => {
    assert.notEqual(run(7), run(8));
  });

  test('the seeded demo trades 20 symbols with clearly different trade counts', () => {
    const world = new World({ seed: 42, now: () => T0 });
    const [margin] = world.accountsOf(world.users.byUsername('demo')!.id);
    const counts = new Map<string, number>();
    for (const { order } of margin.orders.values())
      if (order.Status === 'Filled')
        counts.set(order.Symbol!, (counts.get(order.Symbol!) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    assert.ok(counts.size >= 18, `${counts.size} symbols`);
    assert.ok(sorted[0] >= 4 * sorted.at(-1)!, `${sorted[0]} vs ${sorted.at(-1)}`);
    assert.ok(world.watchlists.list(margin.userId, false).length === 2);
    assert.ok(world.alerts.list(margin.userId).length >= 3);
  });
});

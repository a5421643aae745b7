import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorldEvent } from '../contract.ts';
import { AlertError, PriceAlerts } from './alerts.ts';
import { Market } from './market/market.ts';
import { Random } from './random.ts';

function setup() {
  let now = Date.UTC(2026, 10, 23, 16);
  const events: WorldEvent[] = [];
  const market = new Market({ random: new Random(3), now: () => now, emit: (e) => events.push(e) });
  const alerts = new PriceAlerts({ market, now: () => now, emit: (e) => events.push(e) });
  const inAnHour = Math.floor(now / 1000) + 3600;
  return { market, alerts, events, inAnHour, advance: (ms: number) => (now += ms) };
}
const alertEvents = (events: WorldEvent[]) => events.filter((e) => e.type === 'alert');

test('a GTEQ alert on Last completes when the price reaches the argument', () => {
  const { market, alerts, events, inAnHour } = setup();
  const id = market.security('AAPL')!.Id!;
  const last = market.lastPrice(id)!;
  const created = alerts.create(5, {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: id,
    Field: 'Last',
    Argument: last + 5,
    ExpirationDate: inAnHour,
  });
  assert.equal(created.Symbol, 'AAPL');
  assert.equal(created.State, 'New');
  market.setPrice(id, last + 4);
  assert.equal(alerts.get(5, created.Id!).State, 'New');
  market.setPrice(id, last + 5);
  assert.equal(alerts.get(5, created.Id!).State, 'Completed');
  const fired = alertEvents(events).at(-1)!;
  assert.ok(fired.type === 'alert' && fired.alert.State === 'Completed' && fired.userId === 5);
  market.setPrice(id, last + 50);
  assert.equal(alertEvents(events).length, 2, 'a completed alert fires once');
});

test('an LTEQ alert on Bid completes on a drop; the random walk triggers alerts too', () => {
  const { market, alerts, inAnHour } = setup();
  const id = market.security('TSLA')!.Id!;
  const bid = market.quote(id)!.Bid!;
  const a = alerts.create(5, {
    State: 'New',
    Operator: 'lteq',
    SecurityId: id,
    Field: 'bid',
    Argument: bid - 1,
    ExpirationDate: inAnHour,
  });
  market.setPrice(id, bid - 3);
  assert.equal(alerts.get(5, a.Id!).State, 'Completed');
  // A tight alert on every security: some tick must cross it.
  const ids = alerts.seed(
    5,
    market.securities().map((s) => ({
      Operator: 'GTEQ',
      SecurityId: s.Id!,
      Field: 'Ask',
      Argument: market.quote(s.Id!)!.Ask! + 0.01,
      ExpirationDate: inAnHour,
    })),
  );
  market.tick(5000);
  assert.ok(ids.some((i) => alerts.get(5, i).State === 'Completed'));
});

test('alerts expire at ExpirationDate', () => {
  const { market, alerts, events, advance, inAnHour } = setup();
  const id = market.security('MSFT')!.Id!;
  const a = alerts.create(5, {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: id,
    Field: 'Last',
    Argument: 99999,
    ExpirationDate: inAnHour,
  });
  advance(3_600_000);
  assert.equal(alerts.list(5)[0].State, 'Expired');
  assert.ok(
    alertEvents(events).some(
      (e) => e.type === 'alert' && e.alert.Id === a.Id && e.alert.State === 'Expired',
    ),
  );
});

test('create validates all six fields; modify, delete and ownership', () => {
  const { market, alerts, events, inAnHour } = setup();
  const good = {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: 1,
    Field: 'Bid',
    Argument: 200,
    ExpirationDate: inAnHour,
  };
  const invalid = (e: unknown) => e instanceof AlertError && e.reason === 'invalid';
  for (const key of Object.keys(good)) {
    const partial: Record<string, unknown> = { ...good };
    delete partial[key];
    assert.throws(
      () => alerts.create(5, partial),
      (e: unknown) => e instanceof AlertError,
      `missing ${key}`,
    );
  }
  assert.throws(() => alerts.create(5, { ...good, Operator: 'EQ' }), invalid);
  assert.throws(() => alerts.create(5, { ...good, Field: 'Close' }), invalid);
  assert.throws(() => alerts.create(5, { ...good, Argument: '200' }), invalid);
  assert.throws(() => alerts.create(5, { ...good, ExpirationDate: 1550674384 }), invalid);
  assert.throws(
    () => alerts.create(5, { ...good, SecurityId: 424242 }),
    (e: unknown) => e instanceof AlertError && e.reason === 'unknownSecurity',
  );
  assert.throws(() => alerts.create(5, null), invalid);
  const a = alerts.create(5, good);
  const moved = alerts.modify(5, a.Id!, {
    ...good,
    SecurityId: market.security('SPY')!.Id!,
    Argument: 1,
  });
  assert.equal(moved.Symbol, 'SPY');
  assert.equal(moved.CreatedDate, a.CreatedDate);
  assert.throws(
    () => alerts.get(6, a.Id!),
    (e: unknown) => e instanceof AlertError && e.reason === 'notFound',
  );
  alerts.delete(5, a.Id!);
  assert.deepEqual(alerts.list(5), []);
  const last = alertEvents(events).at(-1)!;
  assert.ok(last.type === 'alert' && last.deleted);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../random.ts';
import { World } from '../world.ts';
import { CATALOG } from './catalog.ts';
import { CHART_INTERVAL } from '@autoshares/client/contract';
import { Market } from './market.ts';
import { MAX_EXTRA_SECURITIES, syntheticCatalog } from './synthetic.ts';

const START = Date.UTC(2026, 10, 23, 15, 0); // a Monday, 10:00 New York

function makeMarket(extraSecurities?: number, seed = 42) {
  const now = START;
  return new Market({
    random: new Random(seed),
    now: () => now,
    emit: () => {},
    extraSecurities,
  });
}

test('extraSecurities lists N synthetic stocks after the real catalogue, none sharing a ticker', () => {
  const market = makeMarket(500);
  const all = market.securities();
  assert.equal(all.length, CATALOG.length + 500);
  assert.deepEqual(
    all.slice(0, CATALOG.length).map((s) => s.Symbol),
    CATALOG.map((e) => e.symbol),
  );
  assert.equal(new Set(all.map((s) => s.Symbol)).size, all.length);
  assert.equal(new Set(all.map((s) => s.Description)).size, all.length);
  const extras = all.slice(CATALOG.length);
  assert.deepEqual(
    extras.map((s) => s.Id),
    extras.map((_, i) => CATALOG.length + 1 + i),
  );
  for (const s of extras) {
    assert.match(s.Symbol ?? '', /^[A-Z]{4}$/);
    assert.equal(s.Type, 'CommonStock');
    assert.ok(['XNAS', 'XNYS'].includes(s.Exchange ?? ''), s.Exchange);
    assert.ok(s.AllowTrade);
    const model = market.securityModel(s.Id!);
    assert.ok(model?.Sector && model.Industry, `${s.Symbol} has a sector and industry`);
    const last = market.lastPrice(s.Id!)!;
    assert.ok(last > 1 && last < 600, `${s.Symbol} last ${last}`);
    const profile = market.profile(s.Id!)!;
    assert.ok(profile.vol >= 0.18 && profile.vol <= 0.7, `${s.Symbol} vol ${profile.vol}`);
    assert.ok(profile.adv > 0);
  }
  // Spread over several sectors, not one.
  const sectors = new Set(extras.map((s) => market.sector(s.Id!)));
  assert.ok(sectors.size >= 6, [...sectors].join());
});

test('the real listings start exactly as without extras; extras are deterministic from the seed', () => {
  const plain = makeMarket();
  const big = makeMarket(200);
  for (const s of plain.securities()) assert.deepEqual(big.quote(s.Id!), plain.quote(s.Id!));
  const again = makeMarket(200);
  const other = makeMarket(200, 43);
  const view = (m: Market) =>
    m.securities().map((s) => [s.Symbol, s.Description, m.quote(s.Id!)?.Last]);
  assert.deepEqual(view(again), view(big));
  assert.notDeepEqual(view(other), view(big));
});

test('synthetic stocks walk, chart and are found by search like any other security', () => {
  const market = makeMarket(300);
  const extras = market.securities().slice(CATALOG.length);
  const before = new Map(extras.map((s) => [s.Id!, market.quote(s.Id!)?.Last]));
  market.tick(20_000);
  const moved = extras.filter((s) => market.quote(s.Id!)?.Last !== before.get(s.Id!));
  assert.ok(moved.length > extras.length * 0.9, `${moved.length} of ${extras.length} moved`);
  const some = extras[123]!;
  const candles = market.history(some.Symbol!, {
    period: '1D',
    interval: CHART_INTERVAL.Candles,
    candlesCount: 30,
  });
  assert.equal(candles?.length, 30);
  assert.equal(candles.at(-1)?.Close, market.lastPrice(some.Id!));
  assert.equal(market.security(some.Symbol!.toLowerCase())?.Id, some.Id);
});

test('bad counts are refused; 0 is the default world', () => {
  assert.throws(() => makeMarket(-1), RangeError);
  assert.throws(() => makeMarket(2.5), RangeError);
  assert.throws(() => makeMarket(MAX_EXTRA_SECURITIES + 1), RangeError);
  assert.equal(makeMarket(0).securities().length, CATALOG.length);
  assert.equal(syntheticCatalog(MAX_EXTRA_SECURITIES, new Random(1), new Set()).length, 5000);
});

test('a world with extras keeps the default users (same seeded positions and cash)', () => {
  const now = () => START;
  const plain = new World({ now });
  const big = new World({ now, extraSecurities: 100 });
  const holdings = (w: World) =>
    w.accountsOf(w.users.byUsername('demo')!.id).map((a) => ({
      cash: a.cash,
      positions: [...a.positions.values()].map((p) => [p.symbol, p.quantity, p.costBasis]),
    }));
  assert.deepEqual(holdings(big), holdings(plain));
});

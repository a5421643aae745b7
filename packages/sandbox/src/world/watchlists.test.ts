import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorldEvent } from '../contract.ts';
import { Market } from './market/market.ts';
import { Random } from './random.ts';
import { WatchlistError, Watchlists } from './watchlists.ts';

function setup() {
  let now = Date.UTC(2026, 10, 23, 16);
  const events: WorldEvent[] = [];
  const market = new Market({ random: new Random(1), now: () => now, emit: () => {} });
  const lists = new Watchlists({
    security: (s) => market.securityModel(s),
    now: () => now,
    emit: (e) => events.push(e),
  });
  return { market, lists, events, advance: (ms: number) => (now += ms) };
}
const reason = (r: string) => (e: unknown) => e instanceof WatchlistError && e.reason === r;

test('create, list, get with and without securities', () => {
  const { lists, market, events } = setup();
  const aapl = market.security('AAPL')!.Id!;
  const created = lists.create(7, 'Tech', [aapl, 'MSFT']);
  assert.equal(created.Name, 'Tech');
  assert.equal(created.Type, 'UserList');
  assert.equal(created.ReadOnly, false);
  assert.deepEqual(
    created.SecurityList!.map((s) => s.Symbol),
    ['AAPL', 'MSFT'],
  );
  assert.equal(created.SecurityList![0].Sector, 'Technology');
  assert.equal(lists.list(7, false)[0].SecurityList, undefined);
  assert.equal(lists.get(7, created.Id!, true).SecurityList!.length, 2);
  assert.deepEqual(lists.list(8, true), []);
  assert.deepEqual(
    events.map((e) => e.type),
    ['watchlist', 'watchlistContent'],
  );
});

test('duplicate names, unknown lists, other users and bad names are refused', () => {
  const { lists } = setup();
  const { Id } = lists.create(7, 'Mine');
  assert.throws(() => lists.create(7, ' mine '), reason('duplicateName'));
  assert.throws(() => lists.create(7, ''), reason('invalidName'));
  assert.throws(() => lists.get(7, 9999, false), reason('notFound'));
  assert.throws(
    () => lists.get(8, Id!, false),
    reason('notFound'),
    "another user's list is invisible",
  );
  assert.throws(() => lists.create(7, 'X', ['NOPE']), reason('unknownSecurity'));
  lists.create(8, 'Mine'); // the same name for another user is fine
});

test('rename answers the m_Item tuple; delete removes; events describe each change', () => {
  const { lists, events, advance } = setup();
  const { Id, ModifyDate } = lists.create(7, 'Old');
  advance(60_000);
  assert.deepEqual(lists.rename(7, Id!, 'New'), { m_Item1: Id, m_Item2: 'New' });
  const renamed = lists.get(7, Id!, false);
  assert.equal(renamed.Name, 'New');
  assert.notEqual(renamed.ModifyDate, ModifyDate);
  lists.delete(7, Id!);
  assert.throws(() => lists.get(7, Id!, false), reason('notFound'));
  const last = events.at(-1)!;
  assert.ok(last.type === 'watchlist' && last.deleted && last.watchlist.Id === Id);
});

test('add and remove securities by id or ticker; duplicates and absent ones change nothing', () => {
  const { lists, events, market } = setup();
  const { Id } = lists.create(7, 'L');
  const snap = market.security('SNAP')!.Id!;
  assert.deepEqual(
    lists.addSecurity(7, Id!, 'snap').SecurityList!.map((s) => s.Id),
    [snap],
  );
  lists.addSecurity(7, Id!, snap);
  assert.equal(lists.get(7, Id!, true).SecurityList!.length, 1);
  const contentEvents = events.filter((e) => e.type === 'watchlistContent');
  assert.equal(contentEvents.length, 1);
  assert.deepEqual(lists.removeSecurity(7, Id!, 'SNAP').SecurityList, []);
  const removed = events.at(-1)!;
  assert.ok(
    removed.type === 'watchlistContent' &&
      removed.removed[0] === snap &&
      removed.watchlistId === Id,
  );
  assert.throws(() => lists.addSecurity(7, Id!, 'NOPE'), reason('unknownSecurity'));
});

test('seeded read-only system lists cannot be changed, and seeding emits nothing', () => {
  const { lists, events } = setup();
  const [mine, system] = lists.seed(7, [
    { name: 'Favorites', securities: ['AAPL', 'MSFT', 'NOT-A-TICKER'] },
    { name: 'Top ETFs', securities: ['SPY', 'QQQ'], type: 'SystemList', readOnly: true },
  ]);
  assert.equal(events.length, 0);
  assert.equal(lists.get(7, mine, true).SecurityList!.length, 2);
  assert.equal(lists.get(7, system, false).Type, 'SystemList');
  assert.throws(() => lists.rename(7, system, 'x'), reason('readOnly'));
  assert.throws(() => lists.addSecurity(7, system, 'AAPL'), reason('readOnly'));
  assert.throws(() => lists.delete(7, system), reason('readOnly'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marketTestApp } from './market-routes.test-support.ts';

const W = '/v1.0/users/@me/watchlists';

test('all nine watchlist operations', async () => {
  const { call, market, events } = marketTestApp();
  const aapl = market.security('AAPL')!.Id!;
  const msft = market.security('MSFT')!.Id!;
  // 3 create
  const created = await call('POST', `${W}?resultIncludeSecurities=true`, {
    Name: 'Tech',
    Securities: [aapl],
  });
  assert.equal(created.status, 200);
  assert.equal(created.json.Name, 'Tech');
  assert.equal(created.json.Type, 'UserList');
  assert.equal(created.json.ReadOnly, false);
  assert.deepEqual(
    created.json.SecurityList.map((s: { Symbol: string }) => s.Symbol),
    ['AAPL'],
  );
  const id = created.json.Id;
  // 1 list
  const list = await call('GET', `${W}?includeSecurities=false`);
  assert.equal(list.json.length, 1);
  assert.equal(list.json[0].SecurityList, undefined);
  // 2 get one (numeric userId works too)
  const one = await call('GET', `/v1.0/users/7/watchlists/${id}?includeSecurities=true`);
  assert.equal(one.json.SecurityList.length, 1);
  // 4 rename
  const renamed = await call('PUT', `${W}/${id}/name?name=${encodeURIComponent('Big Tech')}`);
  assert.deepEqual(renamed.json, { m_Item1: id, m_Item2: 'Big Tech' });
  // 6 add by id, 7 add by ticker
  assert.equal((await call('PUT', `${W}/${id}/securities/${msft}`)).json.SecurityList.length, 2);
  const byTicker = await call('PUT', `${W}/${id}/securities`, { Symbol: 'SNAP' });
  assert.deepEqual(
    byTicker.json.SecurityList.map((s: { Symbol: string }) => s.Symbol),
    ['AAPL', 'MSFT', 'SNAP'],
  );
  // 8 remove by id, 9 remove by ticker (DELETE with a JSON body)
  assert.equal((await call('DELETE', `${W}/${id}/securities/${aapl}`)).json.SecurityList.length, 2);
  const removed = await call('DELETE', `${W}/${id}/securities`, { Symbol: 'snap' });
  assert.deepEqual(
    removed.json.SecurityList.map((s: { Symbol: string }) => s.Symbol),
    ['MSFT'],
  );
  // 5 delete
  const del = await call('DELETE', `${W}/${id}`);
  assert.equal(del.status, 204);
  assert.equal(del.text, '');
  assert.deepEqual((await call('GET', `${W}?includeSecurities=true`)).json, []);
  assert.deepEqual(
    events
      .filter((e) => e.type === 'watchlist' || e.type === 'watchlistContent')
      .map((e) => e.type),
    [
      'watchlist',
      'watchlistContent',
      'watchlist',
      'watchlistContent',
      'watchlistContent',
      'watchlistContent',
      'watchlistContent',
      'watchlist',
    ],
  );
});

test('watchlist errors: 409 for duplicates, unknown lists, read-only, ids in a ticker body; 404 for missing query', async () => {
  const { call, watchlists } = marketTestApp();
  const { json } = await call('POST', `${W}?resultIncludeSecurities=false`, { Name: 'A' });
  const dup = await call('POST', `${W}?resultIncludeSecurities=false`, { Name: 'a' });
  assert.equal(dup.status, 409);
  assert.equal(dup.json.IsSucceed, false);
  assert.match(dup.json.Errors[0], /already exists/);
  assert.equal((await call('POST', `${W}?resultIncludeSecurities=false`, '{oops')).status, 409);
  assert.equal(
    (await call('POST', `${W}?resultIncludeSecurities=false`, { Name: 'B', Securities: ['AAPL'] }))
      .status,
    409,
  );
  assert.equal((await call('POST', W, { Name: 'C' })).status, 404);
  assert.equal((await call('GET', W)).status, 404);
  assert.equal((await call('GET', `${W}/${json.Id}`)).status, 404);
  assert.equal((await call('GET', `${W}/9999?includeSecurities=true`)).status, 409);
  assert.equal((await call('PUT', `${W}/${json.Id}/name`)).status, 404);
  assert.equal((await call('PUT', `${W}/${json.Id}/securities`, { Symbol: 4 })).status, 409);
  assert.equal((await call('PUT', `${W}/${json.Id}/securities`, { Symbol: 'NOPE' })).status, 409);
  assert.equal((await call('GET', `${W}/abc?includeSecurities=true`)).status, 404);
  const [ro] = watchlists.seed(7, [
    { name: 'System', securities: ['SPY'], readOnly: true, type: 'SystemList' },
  ]);
  assert.equal((await call('PUT', `${W}/${ro}/securities/1`)).status, 409);
  assert.equal((await call('DELETE', `${W}/${ro}`)).status, 409);
  // Another user's lists: their id in the path is a 401; their list id under @me is a 409.
  const other = await call('GET', `/v1.0/users/8/watchlists?includeSecurities=true`);
  assert.equal(other.status, 401);
  assert.deepEqual(other.json, { Message: 'Authorization has been denied for this request.' });
  const theirs = await call('GET', `${W}/${json.Id}?includeSecurities=true`, undefined, {
    'X-Test-User': '8',
  });
  assert.equal(theirs.status, 409);
});

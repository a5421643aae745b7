import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marketTestApp, TEST_START } from './market-routes.test-support.ts';

const P = '/v1.0/users/@me/pricealerts';
const inAnHour = TEST_START / 1000 + 3600;

test('create, get, list (paged, sorted), modify, delete; the alert completes on a price cross', async () => {
  const { call, market } = marketTestApp();
  const id = market.security('AAPL')!.Id!;
  const last = market.lastPrice(id)!;
  const created = await call('POST', P, {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: id,
    Field: 'Last',
    Argument: last + 1,
    ExpirationDate: inAnHour,
  });
  assert.equal(created.status, 200);
  assert.equal(created.json.Symbol, 'AAPL');
  assert.equal(created.json.CreatedDate, TEST_START / 1000);
  assert.equal(created.json.ExpirationDate, inAnHour);
  const second = await call('POST', P, {
    State: 'New',
    Operator: 'LTEQ',
    SecurityId: id,
    Field: 'Bid',
    Argument: 1,
    ExpirationDate: inAnHour,
  });
  market.setPrice(id, last + 2);
  const got = await call('GET', `${P}/${created.json.Id}`);
  assert.equal(got.json.State, 'Completed');
  const list = await call('GET', `${P}?pageSize=1&pageNumber=0&sortBy=State&isDesc=false`);
  assert.equal(list.json.TotalCount, 2);
  assert.equal(list.json.Result[0].State, 'Completed');
  assert.match(list.json.NextPageLink, /pageNumber=1/);
  const modified = await call('PUT', `${P}/${second.json.Id}`, {
    State: 'Stopped',
    Operator: 'LTEQ',
    SecurityId: id,
    Field: 'Ask',
    Argument: 2,
    ExpirationDate: inAnHour,
  });
  assert.equal(modified.json.State, 'Stopped');
  assert.equal(modified.json.Field, 'Ask');
  const del = await call('DELETE', `${P}/${second.json.Id}`);
  assert.equal(del.status, 204);
  assert.equal((await call('GET', `${P}/${second.json.Id}`)).status, 409);
});

test('alert errors: missing list params 404 UnsupportedApiVersion, incomplete alerts 409', async () => {
  const { call } = marketTestApp();
  const missing = await call('GET', `${P}?pageSize=10&pageNumber=0&sortBy=State`);
  assert.equal(missing.status, 404);
  assert.equal(missing.json.Error.Code, 'UnsupportedApiVersion');
  const good = {
    State: 'New',
    Operator: 'GTEQ',
    SecurityId: 1,
    Field: 'Bid',
    Argument: 200,
    ExpirationDate: inAnHour,
  };
  for (const key of Object.keys(good)) {
    const partial: Record<string, unknown> = { ...good };
    delete partial[key];
    const res = await call('POST', P, partial);
    assert.equal(res.status, 409, `without ${key}`);
    assert.equal(res.json.IsSucceed, false);
  }
  assert.equal((await call('POST', P, '{not json')).status, 409);
  assert.equal((await call('POST', P, { ...good, SecurityId: 424242 })).status, 409);
  assert.equal((await call('PUT', `${P}/555`, good)).status, 409);
  assert.equal((await call('DELETE', `${P}/555`)).status, 409);
  assert.equal((await call('GET', `${P}/x`)).status, 404);
  assert.equal((await call('GET', `/v1.0/users/8/pricealerts/1`)).status, 401);
});

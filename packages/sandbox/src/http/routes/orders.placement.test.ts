/**
 * Placement safety in the sandbox (sandbox behaviour where the spec is silent): a `ClientId` is
 * accepted once per account, and the `placementDelayMs` / `dropPlacementResponse` faults hold a
 * placement's processing or lose its answer after the order was created, per token.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';

describe('order placement: ClientId and placement faults', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.control('/faults', undefined, 'DELETE'));
  after(() => t.close());

  const orders = (u: FreshUser, path = '') => `/v1.0/accounts/${u.accountIds[0]}/orders${path}`;
  const place = (u: FreshUser, body: Json, twin = 'orders') =>
    t.api(`/v1.0/accounts/${u.accountIds[0]}/${twin}`, { method: 'POST', token: u.token, body });
  const withClientId = async (u: FreshUser, clientId: string): Promise<Json[]> => {
    const list = await t.api(orders(u, '?pageNumber=0&pageSize=100&desc=true'), { token: u.token });
    return list.body.Result.filter((o: Json) => o.ClientId === clientId);
  };
  const order = (ClientId: string, Quantity = 1) => ({
    Symbol: 'KO',
    Type: 'Market',
    Side: 'Buy',
    Quantity,
    ClientId,
  });

  test('a second placement with an accepted ClientId is refused with a 409 envelope naming the order; nothing new is placed', async () => {
    const me = await t.freshUser();
    const first = await place(me, order('dup-1'));
    assert.equal(first.status, 200);
    for (const twin of ['orders', 'syncorders']) {
      const again = await place(me, order('dup-1', 2), twin);
      assert.equal(again.status, 409, twin);
      assert.equal(again.body.IsSucceed, false);
      assert.equal(again.body.StatusCode, 409);
      assert.equal(again.body.Model, null);
      assert.match(again.body.Errors[0], /Duplicate ClientId: .*dup-1.*already accepted.*/);
      assert.match(again.body.Errors[0], new RegExp(`order ${first.body.Id}`));
    }
    const held = await withClientId(me, 'dup-1');
    assert.equal(held.length, 1);
    assert.equal(held[0].Quantity, 1);
  });

  test('the same ClientId in another account, and a new ClientId in the same one, are accepted', async () => {
    const me = await t.freshUser();
    const other = await t.freshUser();
    assert.equal((await place(me, order('shared-id'))).status, 200);
    assert.equal((await place(other, order('shared-id'))).status, 200);
    assert.equal((await place(me, order('another-id'))).status, 200);
    assert.equal((await withClientId(other, 'shared-id')).length, 1);
  });

  test('placementDelayMs: the order appears only after the delay; a look-up meanwhile finds nothing, and a retry meanwhile is refused', async () => {
    const me = await t.freshUser();
    await t.control('/faults', { placementDelayMs: 600, scope: { token: me.token } });
    const slow = place(me, order('slow-1'));
    // The placement is being held: a look-up now (answered at once) does not find it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await withClientId(me, 'slow-1')).length, 0);
    const retry = await place(me, order('slow-1'));
    assert.equal(retry.status, 409);
    assert.match(retry.body.Errors[0], /Duplicate ClientId: .*slow-1.*already being placed/);
    const answered = await slow;
    assert.equal(answered.status, 200);
    assert.equal(answered.body.ClientId, 'slow-1');
    assert.equal((await withClientId(me, 'slow-1')).length, 1);
  });

  test('placementDelayMs is scoped to the token: another user places at once', async () => {
    const me = await t.freshUser();
    const other = await t.freshUser();
    await t.control('/faults', { placementDelayMs: 5000, scope: { token: me.token } });
    const quick = await place(other, order('quick-1'));
    assert.equal(quick.status, 200);
    await t.control('/faults', { placementDelayMs: 0, scope: { token: me.token } });
  });

  test('dropPlacementResponse: the order is created, the answer is a 502; a count stops after N; the retry with the same ClientId is refused', async () => {
    const me = await t.freshUser();
    const set = await t.control('/faults', {
      dropPlacementResponse: 1,
      scope: { token: me.token },
    });
    assert.equal(set.status, 200);
    const before = (await t.control('/faults')).body.counts.droppedPlacementResponses;
    const lost = await place(me, order('lost-1'));
    assert.equal(lost.status, 502);
    assert.equal((await withClientId(me, 'lost-1')).length, 1);
    assert.equal((await t.control('/faults')).body.counts.droppedPlacementResponses, before + 1);
    const retry = await place(me, order('lost-1'));
    assert.equal(retry.status, 409);
    assert.equal((await withClientId(me, 'lost-1')).length, 1);
    // The count is used up: the next placement answers.
    assert.equal((await place(me, order('lost-2'))).status, 200);
  });

  test('dropPlacementResponse: true loses every placement until turned off; bad knob values are a 400', async () => {
    const me = await t.freshUser();
    await t.control('/faults', { dropPlacementResponse: true, scope: { token: me.token } });
    assert.equal((await place(me, order('every-1'))).status, 502);
    assert.equal((await place(me, order('every-2'))).status, 502);
    await t.control('/faults', { dropPlacementResponse: false, scope: { token: me.token } });
    assert.equal((await place(me, order('every-3'))).status, 200);
    assert.equal((await t.control('/faults', { placementDelayMs: -1 })).status, 400);
    assert.equal((await t.control('/faults', { dropPlacementResponse: 'yes' })).status, 400);
  });
});

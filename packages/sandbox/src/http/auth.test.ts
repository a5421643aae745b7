import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../node/test-support.ts';
import { APP_KEY, DEMO_2FA_USER, DEMO_USER, VERIFICATION_CODE } from '../world/users.ts';

const DENIED = { Message: 'Authorization has been denied for this request.' };

describe('authentication over HTTP', () => {
  let t: TestServer;
  let clock = Date.UTC(2026, 2, 10, 15, 0, 0);
  before(async () => {
    t = await startTestServer({ now: () => clock, tokenLifetimeMs: 60 * 60 * 1000 });
  });
  after(() => t.close());

  const login = (username: string, password: string, extra: Record<string, string> = {}) =>
    t.api('/token', {
      method: 'POST',
      headers: { Username: username, Password: password, ...extra },
    });

  test('POST /token with good credentials in headers answers 200 Succeeded with a token that opens the API', async () => {
    const r = await login(DEMO_USER.username, DEMO_USER.password);
    assert.equal(r.status, 200);
    assert.equal(r.body.State, 'Succeeded');
    assert.equal(typeof r.body.Token, 'string');
    assert.ok(r.body.Token.length >= 32);
    const info = await t.api('/v1.0/users/@me/info', { token: r.body.Token });
    assert.equal(info.status, 200);
    assert.equal(info.body.Login, DEMO_USER.username);
  });

  test('tokens are different for every login', async () => {
    const a = await login(DEMO_USER.username, DEMO_USER.password);
    const b = await login(DEMO_USER.username, DEMO_USER.password);
    assert.notEqual(a.body.Token, b.body.Token);
  });

  test('bad credentials answer 401 with the documented Failed body', async () => {
    for (const [u, p] of [
      [DEMO_USER.username, 'wrong'],
      ['nobody', 'demo1234'],
      ['', ''],
    ]) {
      const r = await login(u, p);
      assert.equal(r.status, 401);
      assert.deepEqual(r.body, {
        State: 'Failed',
        Step: 'BaseAuthentication',
        Reason: 'Invalid credentials',
      });
    }
  });

  test('a missing or wrong app key answers 403 before anything else', async () => {
    const wrongKey = await login(DEMO_USER.username, DEMO_USER.password, { 'Et-App-Key': 'nope' });
    assert.equal(wrongKey.status, 403);
    assert.deepEqual(wrongKey.body, { error: 'Application key is not defined or does not exist' });
    const good = await login(DEMO_USER.username, DEMO_USER.password);
    const noKey = await fetch(`${t.server.apiUrl}/v1.0/users/@me/info`, {
      headers: { Authorization: `Bearer ${good.body.Token}` },
    });
    assert.equal(noKey.status, 403);
    assert.deepEqual(await noKey.json(), {
      error: 'Application key is not defined or does not exist',
    });
  });

  test('two-factor: 202 Expecting with an interim token, then 200 with bearer interim + VerificationCode', async () => {
    const first = await login(DEMO_2FA_USER.username, DEMO_2FA_USER.password);
    assert.equal(first.status, 202);
    assert.equal(first.body.State, 'Expecting');
    assert.equal(first.body.Step, 'VerificationCode');
    assert.equal(first.body.Reason, 'Expecting confirmation code');
    const interim = first.body.Token as string;
    // The interim token opens no API route.
    assert.equal((await t.api('/v1.0/users/@me/info', { token: interim })).status, 401);
    const second = await login(DEMO_2FA_USER.username, DEMO_2FA_USER.password, {
      Authorization: `Bearer ${interim}`,
      VerificationCode: VERIFICATION_CODE,
    });
    assert.equal(second.status, 200);
    assert.equal(second.body.State, 'Succeeded');
    const info = await t.api('/v1.0/users/@me/info', { token: second.body.Token });
    assert.equal(info.body.Login, DEMO_2FA_USER.username);
  });

  test('two-factor with a wrong code or no interim token answers 401 Corrupted ticket', async () => {
    const first = await login(DEMO_2FA_USER.username, DEMO_2FA_USER.password);
    const corrupted = { State: 'Failed', Step: 'VerificationCode', Reason: 'Corrupted ticket' };
    const wrongCode = await login(DEMO_2FA_USER.username, DEMO_2FA_USER.password, {
      Authorization: `Bearer ${first.body.Token}`,
      VerificationCode: '000000',
    });
    assert.equal(wrongCode.status, 401);
    assert.deepEqual(wrongCode.body, corrupted);
    const noInterim = await login(DEMO_2FA_USER.username, DEMO_2FA_USER.password, {
      VerificationCode: VERIFICATION_CODE,
    });
    assert.equal(noInterim.status, 401);
    assert.deepEqual(noInterim.body, corrupted);
  });

  test('a missing, unknown or expired token answers 401 with the documented Message body', async () => {
    assert.deepEqual((await t.api('/v1.0/users/@me/info')).body, DENIED);
    const unknown = await t.api('/v1.0/users/@me/info', { token: 'not-a-token' });
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown.body, DENIED);
    const { body } = await login(DEMO_USER.username, DEMO_USER.password);
    clock += 59 * 60 * 1000;
    assert.equal((await t.api('/v1.0/users/@me/info', { token: body.Token })).status, 200);
    clock += 2 * 60 * 1000;
    const expired = await t.api('/v1.0/users/@me/info', { token: body.Token });
    assert.equal(expired.status, 401);
    assert.deepEqual(expired.body, DENIED);
  });

  test('POST /logout revokes the token', async () => {
    const { body } = await login(DEMO_USER.username, DEMO_USER.password);
    const out = await t.api('/logout', { method: 'POST', token: body.Token });
    assert.equal(out.status, 200);
    assert.equal((await t.api('/v1.0/users/@me/info', { token: body.Token })).status, 401);
  });

  test("another user's account or user id answers 401; a userId used as an accountId answers the documented 500", async () => {
    const me = await t.freshUser();
    const other = await t.freshUser();
    const foreignAccount = await t.api(`/v1.0/accounts/${other.accountIds[0]}/info`, {
      token: me.token,
    });
    assert.equal(foreignAccount.status, 401);
    assert.deepEqual(foreignAccount.body, DENIED);
    const foreignOrders = await t.api(
      `/v1.0/accounts/${other.accountIds[0]}/orders?pageNumber=0&pageSize=10`,
      { token: me.token },
    );
    assert.equal(foreignOrders.status, 401);
    const foreignUser = await t.api(`/v1.0/users/${other.userId}/accounts`, { token: me.token });
    assert.equal(foreignUser.status, 401);
    const ownById = await t.api(`/v1.0/users/${me.userId}/info`, { token: me.token });
    assert.equal(ownById.body.UserId, me.userId);
    const userAsAccount = await t.api(`/v1.0/accounts/${me.userId}/info`, { token: me.token });
    assert.equal(userAsAccount.status, 500);
    assert.deepEqual(userAsAccount.body, {
      message: 'An error occurred while processing your request',
      error: 'Unexpected server error',
    });
    const unknownUser = await t.api('/v1.0/users/999999/info', { token: me.token });
    assert.equal(unknownUser.status, 500);
    assert.equal(unknownUser.body.IsSucceed, false);
    assert.equal(unknownUser.body.StatusCode, 500);
    assert.equal(unknownUser.body.Model, null);
    assert.ok(unknownUser.body.Errors[0].includes('999999'));
  });

  test('unknown routes answer the documented 404 body', async () => {
    const me = await t.freshUser();
    const r = await t.api('/v1.0/no/such/route', { token: me.token });
    assert.equal(r.status, 404);
    assert.match(r.body.Message, /^No HTTP resource was found that matches the request URI/);
    assert.equal(APP_KEY, me.appKey);
  });
});

/**
 * The simulated Shareworks per API client, over real HTTP on 127.0.0.1: limits the control API
 * tightens for one client leave every other client's alone, an outage set for one client answers
 * only that client 503, and the seed's new hire has no grants.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { startTestServer, type TestServer } from '../../node/test-support.ts';
import { DEMO_EMPLOYEE } from './seed.ts';
import { SHAREWORKS_LIMITS } from './rate-limit.ts';

const API = '/shareworks/rest/admin/v1';
let t: TestServer;

/** An API client of its own: registers a key and exchanges a verification JWT for a token. */
async function apiClient(): Promise<{ clientId: string; token: () => Promise<Response> }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const registered = await t.control('/shareworks/api-keys', {
    publicKey: await exportSPKI(publicKey),
  });
  assert.equal(registered.status, 201);
  const { clientId, clientSecret } = registered.body as { clientId: string; clientSecret: string };
  const token = async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = await new SignJWT({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      jti: crypto.randomUUID(),
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer('shareworks.com')
      .setAudience('shareworks-api.solium.com')
      .setIssuedAt(now)
      .setExpirationTime(now + 900)
      .sign(privateKey);
    return fetch(`${t.server.url}${API}/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${jwt}` },
    });
  };
  return { clientId, token };
}

async function accessTokenOf(client: { token: () => Promise<Response> }): Promise<string> {
  const answer = await client.token();
  assert.equal(answer.status, 200);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

const read = (path: string, token: string): Promise<Response> =>
  fetch(`${t.server.url}${API}${path}`, { headers: { Authorization: `Bearer ${token}` } });

const { companyId, stakeholderId } = DEMO_EMPLOYEE;

before(async () => {
  t = await startTestServer();
});
after(() => t.close());

describe('Shareworks per API client', () => {
  it("limits set for one client's id throttle that client only; the others keep the seed's", async () => {
    const [tight, other] = [await apiClient(), await apiClient()];
    const [tightToken, otherToken] = [await accessTokenOf(tight), await accessTokenOf(other)];
    const set = await t.control(
      '/shareworks/settings',
      {
        clientId: tight.clientId,
        limits: { get: { burstPerSecond: 0.1, burstWindowSeconds: 10 } },
      },
      'PUT',
    );
    assert.equal(set.status, 200);
    assert.equal(set.body.limits.get.burstPerSecond, 0.1);
    assert.equal((await t.control('/shareworks/rate-limit/reset', {})).status, 204);

    const path = `/company/${companyId}/stakeholder/${stakeholderId}/grant`;
    assert.equal((await read(path, tightToken)).status, 200);
    const refused = await read(path, tightToken);
    assert.equal(refused.status, 429);
    assert.equal(((await refused.json()) as { code: string }).code, 'rate_limit_exceeded');
    for (let i = 0; i < 5; i++)
      assert.equal((await read(path, otherToken)).status, 200, `the other client's read ${i + 1}`);

    const shared = await t.control('/shareworks/settings');
    assert.deepEqual(shared.body.limits, SHAREWORKS_LIMITS);
    const own = await t.control(`/shareworks/settings?clientId=${tight.clientId}`);
    assert.deepEqual(own.body.limits.get, {
      ...SHAREWORKS_LIMITS.get,
      burstPerSecond: 0.1,
      burstWindowSeconds: 10,
    });
    assert.deepEqual(own.body.limits.post, SHAREWORKS_LIMITS.post);
  });

  it('an outage set for one client answers its calls 503 in the seed body shape, others 200', async () => {
    const [down, up] = [await apiClient(), await apiClient()];
    const upToken = await accessTokenOf(up);
    const set = await t.control(`/shareworks/api-keys/${down.clientId}`, { unavailable: true });
    assert.equal(set.status, 204);
    const refused = await down.token();
    assert.equal(refused.status, 503);
    const body = (await refused.json()) as { code: string; message: string; errorId: string };
    assert.equal(body.code, 'SERVICE UNAVAILABLE');
    assert.equal(body.message, 'The service is temporarily unavailable.');
    assert.match(body.errorId, /^[0-9a-f-]{36}$/);
    assert.equal((await read(`/company/${companyId}`, upToken)).status, 200);

    assert.equal(
      (await t.control(`/shareworks/api-keys/${down.clientId}`, { unavailable: false })).status,
      204,
    );
    assert.equal((await down.token()).status, 200);
    assert.equal((await t.control(`/shareworks/api-keys/${down.clientId}`, {})).status, 400);
    assert.equal((await t.control('/shareworks/api-keys/WS0', { unavailable: true })).status, 404);
  });

  it('the new hire is a stakeholder of the company with no grants yet', async () => {
    const token = await accessTokenOf(await apiClient());
    const id = DEMO_EMPLOYEE.newHireStakeholderId;
    const stakeholder = await read(`/company/${companyId}/stakeholder/individual/${id}`, token);
    assert.equal(stakeholder.status, 200);
    assert.equal(((await stakeholder.json()) as { firstName: string }).firstName, 'Noor');
    const grants = await read(`/company/${companyId}/stakeholder/${id}/grant`, token);
    assert.equal(grants.status, 200);
    assert.deepEqual(await grants.json(), []);
  });
});

/**
 * The simulated Shareworks Public API over real HTTP on 127.0.0.1, on a hand-driven clock: the
 * verification-JWT exchange and its checks, refresh and terminate, the seed's error bodies, the
 * spec's shapes and the rate limits.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { startTestServer, type Json, type TestServer } from '../../node/test-support.ts';
import { DEMO_EMPLOYEE } from './seed.ts';

const START = Date.UTC(2026, 11, 7, 9, 30);
let clock = START;
let t: TestServer;
let privateKey: CryptoKey;
let client: { clientId: string; clientSecret: string };

const API = '/shareworks/rest/admin/v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Answer {
  status: number;
  body: Json;
  headers: Headers;
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${t.server.url}${API}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
  };
}

/** A verification JWT as the seed builds it, with `overrides` applied to its payload. */
async function verificationJwt(
  overrides: JWTPayload = {},
  key: CryptoKey = privateKey,
): Promise<string> {
  const now = Math.floor(clock / 1000);
  const payload: JWTPayload = {
    iss: 'shareworks.com',
    iat: now,
    exp: now + 900,
    aud: 'shareworks-api.solium.com',
    sub: 'account_number',
    grant_type: 'client_credentials',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    jti: crypto.randomUUID(),
    ...overrides,
  };
  for (const [name, value] of Object.entries(payload))
    if (value === undefined) delete payload[name];
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(key);
}

function exchange(jwt: string | null, contentType = 'text/plain'): Promise<Answer> {
  return call('/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
  });
}

async function accessToken(): Promise<string> {
  const answer = await exchange(await verificationJwt());
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.accessToken as string;
}

const get = (path: string, token?: string): Promise<Answer> =>
  call(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

function tokenBody(method: 'refresh' | 'terminate', bearer: string, value: string | null = bearer) {
  return call(`/${method}/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: value === null ? 'not json' : JSON.stringify({ accessToken: { value } }),
  });
}

function assertError(
  answer: Answer,
  status: number,
  code: string,
  message?: string | RegExp,
): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.code, code);
  assert.match(answer.body.errorId, UUID);
  if (typeof message === 'string') assert.equal(answer.body.message, message);
  else if (message) assert.match(answer.body.message, message);
}

before(async () => {
  t = await startTestServer({ now: () => clock });
  let publicKey: CryptoKey;
  ({ privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true }));
  const registered = await t.control('/shareworks/api-keys', {
    publicKey: await exportSPKI(publicKey),
  });
  assert.equal(registered.status, 201);
  client = registered.body;
  assert.match(client.clientId, /^WS\d{8}$/);
});

after(() => t.close());

beforeEach(async () => {
  clock += 10 * 60_000;
  assert.equal((await t.control('/shareworks/rate-limit/reset', {})).status, 204);
});

describe('Shareworks verification JWT exchange', () => {
  it('answers a valid verification JWT with an access token of 5400 s', async () => {
    const answer = await exchange(await verificationJwt());
    assert.equal(answer.status, 200);
    assert.equal(answer.body.expiresIn, 5400);
    assert.equal(answer.body.tokenType, 'Bearer');
    assert.equal(answer.body.issuer, 'shareworks.com');
    assert.equal(answer.body.audience, client.clientId);
    assert.equal(answer.body.issuedAt, Math.floor(clock / 1000));
    assert.equal(typeof answer.body.sessionId, 'number');
    assert.equal((await get('/company', answer.body.accessToken)).status, 200);
  });

  it('accepts a verification JWT only once', async () => {
    const jwt = await verificationJwt();
    assert.equal((await exchange(jwt)).status, 200);
    assertError(await exchange(jwt), 401, 'UNAUTHORIZED', 'The access token is invalid.');
  });

  it('refuses a verification JWT that breaks any rule with the seed 401', async () => {
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    const now = Math.floor(clock / 1000);
    const cases: [string, Promise<string>][] = [
      ['wrong audience', verificationJwt({ aud: 'example.com' })],
      ['wrong issuer', verificationJwt({ iss: 'example.com' })],
      ['expired', verificationJwt({ iat: now - 1000, exp: now - 100 })],
      ['longer than 15 minutes', verificationJwt({ exp: now + 3600 })],
      ['issued in the future', verificationJwt({ iat: now + 600, exp: now + 900 })],
      ['no jti', verificationJwt({ jti: undefined })],
      ['wrong secret', verificationJwt({ client_secret: crypto.randomUUID() })],
      ['unknown client', verificationJwt({ client_id: 'WS00000000' })],
      ['wrong grant type', verificationJwt({ grant_type: 'password' })],
      ['signed with an unregistered key', verificationJwt({}, otherKey)],
      ['not a JWT', Promise.resolve('not-a-jwt')],
    ];
    for (const [name, jwt] of cases) {
      const answer = await exchange(await jwt);
      assert.equal(answer.status, 401, `${name}: ${JSON.stringify(answer.body)}`);
      assertError(answer, 401, 'UNAUTHORIZED', 'The access token is invalid.');
    }
  });

  it('refuses an HS256 JWT carrying the right secret (alg confusion)', async () => {
    const now = Math.floor(clock / 1000);
    const jwt = await new SignJWT({
      iss: 'shareworks.com',
      aud: 'shareworks-api.solium.com',
      iat: now,
      exp: now + 900,
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      jti: crypto.randomUUID(),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(client.clientSecret));
    assertError(await exchange(jwt), 401, 'UNAUTHORIZED', 'The access token is invalid.');
  });

  it('refuses a key the administrator disabled, and accepts it again once enabled', async () => {
    assert.equal(
      (await t.control(`/shareworks/api-keys/${client.clientId}`, { enabled: false })).status,
      204,
    );
    assertError(await exchange(await verificationJwt()), 401, 'UNAUTHORIZED');
    assert.equal(
      (await t.control(`/shareworks/api-keys/${client.clientId}`, { enabled: true })).status,
      204,
    );
    assert.equal((await exchange(await verificationJwt())).status, 200);
  });

  it('answers a missing bearer token with "The access token is missing."', async () => {
    assertError(await exchange(null), 401, 'UNAUTHORIZED', 'The access token is missing.');
  });

  it('wants Content-Type text/plain on the token endpoint (sandbox: 400 otherwise)', async () => {
    assertError(await exchange(await verificationJwt(), 'application/json'), 400, 'BAD REQUEST');
    assert.equal(
      (await exchange(await verificationJwt(), 'text/plain; charset=utf-8')).status,
      200,
    );
  });
});

describe('Shareworks access tokens', () => {
  it('refuses calls without, with a malformed and with an expired token', async () => {
    assertError(await get('/company'), 401, 'UNAUTHORIZED', 'The access token is missing.');
    assertError(
      await get('/company', 'garbage'),
      401,
      'UNAUTHORIZED',
      'The access token is invalid.',
    );
    const token = await accessToken();
    clock += 5399_000;
    assert.equal((await get('/company', token)).status, 200);
    clock += 1000;
    assertError(await get('/company', token), 401, 'UNAUTHORIZED', 'The access token is expired.');
  });

  it('refreshes a live token into a new one and retires the old one', async () => {
    const token = await accessToken();
    clock += 60_000;
    const refreshed = await tokenBody('refresh', token);
    assert.equal(refreshed.status, 200);
    assert.equal(refreshed.body.expiresIn, 5400);
    assert.notEqual(refreshed.body.accessToken, token);
    assert.equal((await get('/company', refreshed.body.accessToken)).status, 200);
    assertError(await get('/company', token), 401, 'UNAUTHORIZED', 'The access token is invalid.');
  });

  it('refuses a refresh whose body names another token, or is not JSON', async () => {
    const token = await accessToken();
    const other = await accessToken();
    assertError(await tokenBody('refresh', token, other), 401, 'UNAUTHORIZED');
    assertError(
      await tokenBody('refresh', token, null),
      400,
      'BAD REQUEST',
      'Could not parse the request body.',
    );
    assert.equal((await get('/company', token)).status, 200, 'a refused refresh keeps the token');
  });

  it('terminates a session: the token stops working', async () => {
    const token = await accessToken();
    const ended = await tokenBody('terminate', token);
    assert.equal(ended.status, 200);
    assert.equal(ended.body.accessToken, token);
    assertError(await get('/company', token), 401, 'UNAUTHORIZED', 'The access token is invalid.');
  });

  it('expires every token on the control route (reactive renewal)', async () => {
    const token = await accessToken();
    assert.equal((await t.control('/shareworks/tokens/expire', {})).status, 200);
    assertError(await get('/company', token), 401, 'UNAUTHORIZED', 'The access token is expired.');
  });
});

describe('Shareworks companies, stakeholders, grants, holdings, schedules', () => {
  let token: string;
  const { companyId, stakeholderId, colleagueStakeholderId, otherCompanyId, foreignCompanyId } =
    DEMO_EMPLOYEE;
  beforeEach(async () => {
    token = await accessToken();
  });

  it('lists the administered companies, paginated with Page-Number / Page-Size', async () => {
    const answer = await get('/company', token);
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.map((c: Json) => c.companyId),
      [companyId, otherCompanyId],
    );
    assert.equal(answer.headers.get('Page-Number'), '1');
    assert.equal(answer.headers.get('Page-Size'), '50');
    const second = await get('/company?pageSize=1&pageNumber=2', token);
    assert.deepEqual(
      second.body.map((c: Json) => c.companyName),
      ['Northwind Robotics, Inc.'],
    );
  });

  it('answers bad paging with 400 (not a number) or an aggregated 422', async () => {
    assertError(
      await get('/company?pageSize=ten', token),
      400,
      'BAD REQUEST',
      'Could not parse the pageSize.',
    );
    const answer = await get('/company?pageSize=251&pageNumber=0', token);
    assertError(answer, 422, 'VALIDATION');
    assert.equal(answer.body.errors.length, 2);
  });

  it('answers an id that does not parse with the seed 400', async () => {
    assertError(
      await get('/company/abc', token),
      400,
      'BAD REQUEST',
      'Could not parse the Company ID.',
    );
    assertError(
      await get(`/company/${companyId}/stakeholder/x1/grant`, token),
      400,
      'BAD REQUEST',
      'Could not parse the Stakeholder ID.',
    );
  });

  it('answers ids outside the account or the company with 403 naming every id', async () => {
    assertError(
      await get(`/company/${foreignCompanyId}`, token),
      403,
      'FORBIDDEN',
      `This request contains an invalid entity reference (one or more of ${foreignCompanyId}).`,
    );
    const crossed = await get(
      `/company/${otherCompanyId}/stakeholder/${stakeholderId}/grant`,
      token,
    );
    assertError(
      crossed,
      403,
      'FORBIDDEN',
      `This request contains an invalid entity reference (one or more of ${otherCompanyId}, ${stakeholderId}).`,
    );
  });

  it("serves the demo employee's grants in the spec's shape, dates as YYYY-MM-DD", async () => {
    const answer = await get(`/company/${companyId}/stakeholder/${stakeholderId}/grant`, token);
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.map((g: Json) => g.awardTypeName),
      ['RSU', 'ISO', 'NSO', 'PSU'],
    );
    for (const grant of answer.body) {
      assert.match(grant.grantDate, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(grant.expiryDate, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(grant.vestingStartDate, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(grant.grantCurrency, 'USD');
      assert.equal(grant.exercisedShares, undefined, 'share counts are in the holdings summary');
    }
    const psu = answer.body[3];
    assert.equal(psu.manualVestingRows.length, 2);
    assert.ok(psu.manualVestingRows.every((r: Json) => r.vestDate > '2026-12-07'));
  });

  it('summarises holdings with exercised and outstanding shares; the cap table lists everyone', async () => {
    const mine = await get(`/company/${companyId}/stakeholder/holdings/${stakeholderId}`, token);
    assert.equal(mine.status, 200);
    assert.equal(mine.body.stakeholderName, 'Dana Demo');
    const iso = mine.body.holdings.grants.find((g: Json) => g.awardTypeName === 'ISO');
    assert.equal(
      iso.outstandingShares,
      iso.grantedShares - iso.exercisedShares - iso.cancelledShares,
    );
    assert.equal(
      mine.body.totalCommonStockEquivalentShares,
      mine.body.holdings.grants.reduce((sum: number, g: Json) => sum + g.outstandingShares, 0),
    );
    const table = await get(`/company/${companyId}/stakeholder/holdings`, token);
    assert.deepEqual(
      table.body.map((h: Json) => h.stakeholderId),
      [stakeholderId, colleagueStakeholderId, DEMO_EMPLOYEE.newHireStakeholderId],
    );
  });

  it("serves vesting schedules with rows, and a grant's schedule by id", async () => {
    const list = await get(`/company/${companyId}/vesting-schedule`, token);
    assert.equal(list.status, 200);
    const quarterly = list.body[0];
    const fractions = quarterly.vestingScheduleRows.reduce(
      (sum: number, r: Json) => sum + r.amountNumerator / r.amountDenominator,
      0,
    );
    assert.ok(Math.abs(fractions - 1) < 1e-9, 'the rows vest the whole grant');
    const one = await get(
      `/company/${companyId}/vesting-schedule/${quarterly.vestingScheduleId}`,
      token,
    );
    assert.deepEqual(one.body, quarterly);
  });

  it('answers unknown paths with a 404 body of the same shape (sandbox behaviour)', async () => {
    assertError(await get('/nothing-here', token), 404, 'NOT FOUND');
  });
});

describe('Shareworks rate limits', () => {
  it('refuses the 91st non-POST hit within 5 s with 429 rate_limit_exceeded and Retry-After', async () => {
    const token = await accessToken();
    for (let i = 0; i < 90; i++)
      assert.equal((await get('/company', token)).status, 200, `hit ${i + 1}`);
    const refused = await get('/company', token);
    assertError(refused, 429, 'rate_limit_exceeded');
    assert.equal(refused.headers.get('Retry-After'), '5');
    clock += 5000;
    assert.equal((await get('/company', token)).status, 200);
  });

  it('refuses POSTs beyond 5/s over 5 s, and beyond 3/s over 2 minutes', async () => {
    const post = () => call('/terminate/tokens', { method: 'POST' });
    for (let i = 0; i < 25; i++) assert.equal((await post()).status, 401, `hit ${i + 1}`);
    assertError(await post(), 429, 'rate_limit_exceeded');
    // 360 POSTs spread over 70 s stay under the burst threshold but reach the active one.
    let allowed = 25;
    while (allowed < 360) {
      clock += 5000;
      const batch = Math.min(25, 360 - allowed);
      for (let i = 0; i < batch; i++)
        assert.equal((await post()).status, 401, `hit ${allowed + i + 1}`);
      allowed += batch;
    }
    const refused = await post();
    assertError(refused, 429, 'rate_limit_exceeded');
    assert.ok(Number(refused.headers.get('Retry-After')) > 5, 'the 2-minute window decides');
  });
});

import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type FreshUser, type TestServer } from '../node/test-support.ts';
import { parseFaultHeader } from './faults.ts';

test('parseFaultHeader reads latency, status and retry-after; the first status wins; junk is ignored', () => {
  assert.deepEqual(parseFaultHeader('latency=200; status=429; retry-after=1; status=503'), {
    latencyMs: 200,
    status: 429,
    retryAfterSeconds: 1,
  });
  assert.deepEqual(parseFaultHeader('Status=503'), { status: 503 });
  assert.deepEqual(parseFaultHeader('latency=abc; bogus; =3; status=-1'), {});
  assert.deepEqual(parseFaultHeader(undefined), {});
});

describe('fault knobs over HTTP', () => {
  let t: TestServer;
  let me: FreshUser;
  before(async () => {
    t = await startTestServer();
    me = await t.freshUser();
  });
  afterEach(() => t.control('/faults', undefined, 'DELETE'));
  after(() => t.close());

  const info = (token = me.token, headers: Record<string, string> = {}) =>
    t.api('/v1.0/users/@me/info', { token, headers });

  test('rateLimit: the next N requests answer 429 with Retry-After and X-RateLimit headers, then calls succeed', async () => {
    const set = await t.control('/faults', { rateLimit: { count: 2, retryAfterSeconds: 3 } });
    assert.equal(set.status, 200);
    const before = (await t.control('/stats')).body.faults.rateLimited;
    for (let i = 0; i < 2; i++) {
      const r = await info(me.token, { Origin: 'http://localhost:6006' });
      assert.equal(r.status, 429);
      assert.equal(r.headers.get('Retry-After'), '3');
      assert.equal(r.headers.get('X-RateLimit-Limit'), '2');
      assert.equal(r.headers.get('X-RateLimit-Remaining'), '0');
      assert.equal(r.headers.get('Access-Control-Allow-Origin'), 'http://localhost:6006');
      assert.match(r.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    }
    assert.equal((await info()).status, 200);
    assert.equal((await t.control('/stats')).body.faults.rateLimited - before, 2);
  });

  test('serverError: the next N requests answer the given status with the documented 500 body', async () => {
    await t.control('/faults', { serverError: { count: 3, status: 503 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await info()).status);
    assert.deepEqual(statuses, [503, 503, 503, 200]);
    await t.control('/faults', { serverError: { count: 1 } });
    const r = await info();
    assert.equal(r.status, 500);
    assert.deepEqual(r.body, {
      message: 'An error occurred while processing your request',
      error: 'Unexpected server error',
    });
  });

  test('a fault scoped to one token leaves other callers alone', async () => {
    const other = await t.freshUser();
    await t.control('/faults', {
      serverError: { count: 5, status: 502 },
      scope: { token: other.token },
    });
    assert.equal((await info(me.token)).status, 200);
    assert.equal((await info(other.token)).status, 502);
  });

  test('expireTokens: live tokens answer 401 at once (all, or only the scoped token)', async () => {
    const a = await t.freshUser();
    const b = await t.freshUser();
    const scoped = await t.control('/faults', { expireTokens: true, scope: { token: a.token } });
    assert.equal(scoped.body.expiredTokens, 1);
    assert.deepEqual((await info(a.token)).body, {
      Message: 'Authorization has been denied for this request.',
    });
    assert.equal((await info(b.token)).status, 200);
    await t.control('/faults', { expireTokens: true });
    assert.equal((await info(b.token)).status, 401);
    me = await t.freshUser();
  });

  test('X-Sandbox-Fault header: per-request status, retry-after and latency', async () => {
    const limited = await info(me.token, { 'X-Sandbox-Fault': 'status=429; retry-after=7' });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '7');
    const unavailable = await info(me.token, { 'X-Sandbox-Fault': 'latency=5; status=503' });
    assert.equal(unavailable.status, 503);
    const before = (await t.control('/stats')).body.faults.delayed;
    const slow = await info(me.token, { 'X-Sandbox-Fault': 'latency=15' });
    assert.equal(slow.status, 200);
    assert.equal((await t.control('/stats')).body.faults.delayed, before + 1);
    assert.equal((await info()).status, 200);
  });

  test('latencyMs delays every API call until cleared; responses are unchanged', async () => {
    await t.control('/faults', { latencyMs: 10 });
    const before = (await t.control('/stats')).body.faults.delayed;
    assert.equal((await info()).status, 200);
    assert.equal((await info()).status, 200);
    assert.equal((await t.control('/stats')).body.faults.delayed, before + 2);
    await t.control('/faults', { latencyMs: 0 });
    await info();
    assert.equal((await t.control('/stats')).body.faults.delayed, before + 2);
  });

  test('bad fault bodies answer 400 and change nothing', async () => {
    assert.equal(
      (await t.control('/faults', { serverError: { count: 1, status: 200 } })).status,
      400,
    );
    assert.equal((await t.control('/faults', { rateLimit: { count: -1 } })).status, 400);
    assert.equal((await t.control('/faults', [1, 2])).status, 400);
    assert.equal((await info()).status, 200);
  });
});

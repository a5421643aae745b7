/**
 * The Shareworks bridge against the sandbox's Shareworks over real HTTP on 127.0.0.1: the
 * verification-JWT exchange, token reuse, refresh and renewal, the rate limits, the figures the
 * browser gets, and the refusals that keep one person to their own grants.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { BridgeGrantsResponse, BridgeVestingResponse } from './bridge.ts';
import {
  clock,
  startShareworksSandbox,
  startShareworksSite,
  type ShareworksSandbox,
  type ShareworksSite,
} from './test-support.ts';

let sandbox: ShareworksSandbox;
const sites: ShareworksSite[] = [];

async function site(
  overrides: Parameters<typeof startShareworksSite>[1] = {},
): Promise<ShareworksSite> {
  const started = await startShareworksSite(sandbox, overrides);
  sites.push(started);
  return started;
}

async function grantsOf(s: ShareworksSite, person: string): Promise<BridgeGrantsResponse> {
  const response = await s.read('/shareworks/me/grants', person);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as BridgeGrantsResponse;
}

const calls = (s: ShareworksSite): string[] =>
  s.upstream.map((u) => `${u.method} ${u.path} ${u.status}`);

before(async () => {
  sandbox = await startShareworksSandbox();
});

afterEach(async () => {
  await sandbox.control(
    '/settings',
    {
      accessTokenLifetimeSeconds: 5400,
      limits: { get: { burstPerSecond: 18, burstWindowSeconds: 5 } },
    },
    'PUT',
  );
  await sandbox.control('/rate-limit/reset', {});
  await sandbox.control(`/api-keys/${sandbox.clientId}`, { enabled: true });
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

after(() => sandbox.server.close());

describe('Shareworks bridge: what the signed-in person reads', () => {
  it("answers the person's grants with vested, unvested and exercised shares as the schedules give them", async () => {
    const s = await site();
    const body = await grantsOf(s, 'dana');
    assert.equal(body.companyName, 'NVIDIA Corporation');
    assert.equal(body.symbol, 'NVDA');
    assert.equal(body.stakeholderName, 'Dana Demo');
    assert.equal(body.asOf, '2026-12-07');
    const byType = Object.fromEntries(body.grants.map((g) => [g.awardTypeName, g]));
    assert.deepEqual(Object.keys(byType), ['RSU', 'ISO', 'NSO', 'PSU']);
    // RSU of 1600 from 2024-12-15, 4 years quarterly with a 1-year cliff: 400 + 3 × 100 by today.
    assert.equal(byType.RSU.vestedShares, 700);
    assert.equal(byType.RSU.unvestedShares, 900);
    assert.deepEqual(byType.RSU.nextVest, { date: '2026-12-15', shares: 100, vested: false });
    // ISO of 4800 from 2023-10-01, monthly with a 1-year cliff: 1200 + 26 × 100; 1200 exercised.
    assert.equal(byType.ISO.vestedShares, 3800);
    assert.equal(byType.ISO.exercisedShares, 1200);
    assert.equal(byType.ISO.outstandingShares, 3600);
    assert.deepEqual(byType.ISO.nextVest, { date: '2027-01-01', shares: 100, vested: false });
    // NSO from 2017: fully vested, expires in 45 days.
    assert.equal(byType.NSO.vestedShares, 2000);
    assert.equal(byType.NSO.expiryDate, '2027-01-21');
    assert.equal(byType.NSO.nextVest, null);
    // PSU on manual rows: nothing yet.
    assert.equal(byType.PSU.vestedShares, 0);
    assert.deepEqual(byType.PSU.nextVest, { date: '2027-06-01', shares: 300, vested: false });
  });

  it('answers the vesting timeline and the next vest date and amount', async () => {
    const s = await site();
    const response = await s.read('/shareworks/me/vesting', 'dana');
    assert.equal(response.status, 200);
    const body = (await response.json()) as BridgeVestingResponse;
    assert.deepEqual(body.nextVest, { date: '2026-12-15', shares: 100, grantIds: [70001] });
    const rsu = body.grants.find((g) => g.grantId === 70001);
    assert.ok(rsu);
    assert.equal(rsu.tranches.length, 13);
    assert.equal(
      rsu.tranches.reduce((sum, t) => sum + t.shares, 0),
      1600,
    );
    assert.deepEqual(rsu.tranches[0], { date: '2025-12-15', shares: 400, vested: true });
    assert.deepEqual(rsu.tranches.at(-1), { date: '2028-12-15', shares: 100, vested: false });
  });

  it('keeps every token server-side: the browser gets figures, never a token or the secret', async () => {
    const s = await site();
    const text = await (await s.read('/shareworks/me/grants', 'dana')).text();
    assert.doesNotMatch(text, /accessToken|Bearer|eyJ/);
    assert.ok(!text.includes(sandbox.clientSecret));
  });
});

describe('Shareworks bridge: authentication with Shareworks', () => {
  it('exchanges one verification JWT, then reuses the access token', async () => {
    const s = await site();
    await grantsOf(s, 'dana');
    await grantsOf(s, 'riley');
    const posts = s.upstream.filter((u) => u.method === 'POST');
    assert.deepEqual(
      posts.map((u) => `${u.path} ${u.status}`),
      ['/auth/tokens 200'],
    );
    assert.ok(s.upstream.every((u) => u.status === 200));
  });

  it('refreshes the token by itself before it expires', async () => {
    // Tokens of 310 s with a 300 s margin: due for refresh 10 s after issue.
    await sandbox.control('/settings', { accessTokenLifetimeSeconds: 310 }, 'PUT');
    let skew = 0;
    const s = await site({ now: () => clock() + skew });
    await grantsOf(s, 'dana');
    skew = 20_000;
    await grantsOf(s, 'dana');
    assert.deepEqual(
      s.upstream.filter((u) => u.method === 'POST').map((u) => `${u.path} ${u.status}`),
      ['/auth/tokens 200', '/refresh/tokens 200'],
    );
    assert.ok(
      s.upstream.every((u) => u.status === 200),
      calls(s).join('\n'),
    );
  });

  it('falls back to a new verification JWT when Shareworks refuses the refresh', async () => {
    await sandbox.control('/settings', { accessTokenLifetimeSeconds: 310 }, 'PUT');
    let skew = 0;
    const s = await site({ now: () => clock() + skew });
    await grantsOf(s, 'dana');
    assert.equal((await sandbox.control('/tokens/expire', {})).status, 200);
    skew = 20_000;
    await grantsOf(s, 'dana');
    assert.deepEqual(
      s.upstream.filter((u) => u.method === 'POST').map((u) => `${u.path} ${u.status}`),
      ['/auth/tokens 200', '/refresh/tokens 401', '/auth/tokens 200'],
    );
  });

  it('renews with a new verification JWT when Shareworks says the token expired', async () => {
    const s = await site();
    await grantsOf(s, 'dana');
    assert.equal((await sandbox.control('/tokens/expire', {})).status, 200);
    await grantsOf(s, 'dana');
    const renewal = calls(s).slice(calls(s).indexOf('GET /company/101 200') + 1);
    assert.equal(renewal[0], 'GET /company/101/stakeholder/holdings/5001 401');
    assert.equal(renewal[1], 'POST /auth/tokens 200');
    assert.equal(renewal[2], 'GET /company/101/stakeholder/holdings/5001 200');
  });

  it('answers 502 (no detail) when Shareworks refuses the API key', async () => {
    await sandbox.control(`/api-keys/${sandbox.clientId}`, { enabled: false });
    const s = await site();
    const response = await s.read('/shareworks/me/grants', 'dana');
    assert.equal(response.status, 502);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body.error, 'upstream_error');
    assert.match(String(body.error_id), /^[0-9a-f-]{36}$/);
    assert.deepEqual(calls(s), ['POST /auth/tokens 401']);
  });

  it('terminates its Shareworks session on close', async () => {
    const s = await site();
    await grantsOf(s, 'dana');
    await s.bridge.close();
    assert.equal(calls(s).at(-1), 'POST /terminate/tokens 200');
  });
  it('reads company details and vesting schedules once for everyone, holdings per person', async () => {
    const s = await site();
    await grantsOf(s, 'dana');
    await grantsOf(s, 'riley');
    await grantsOf(s, 'dana');
    const gets = s.upstream.filter((u) => u.method === 'GET').map((u) => u.path);
    const count = (path: string) => gets.filter((p) => p === path).length;
    assert.equal(count('/company/101'), 1);
    assert.equal(count('/company/101/vesting-schedule/1011'), 1);
    assert.equal(count('/company/101/stakeholder/holdings/5001'), 2);
    assert.equal(count('/company/101/stakeholder/holdings/5002'), 1);
  });
});

describe('Shareworks bridge: rate limits', () => {
  it("waits out a 429's Retry-After, holding the queue, then answers", async () => {
    // Three GETs in any 2 s: one vesting read takes three (holdings + two schedules).
    await sandbox.control(
      '/settings',
      { limits: { get: { burstPerSecond: 1.5, burstWindowSeconds: 2 } } },
      'PUT',
    );
    const s = await site();
    const [first, second] = await Promise.all([
      s.read('/shareworks/me/vesting', 'dana'),
      s.read('/shareworks/me/vesting', 'dana'),
    ]);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    const refused = s.upstream.filter((u) => u.status === 429);
    assert.ok(refused.length > 0, calls(s).join('\n'));
    const firstRefusal = refused[0];
    const resent = s.upstream.filter((u) => u.sentAt > firstRefusal.at);
    assert.ok(resent.length > 0);
    assert.ok(
      resent.every((u) => u.sentAt - firstRefusal.at >= 900),
      'nothing is sent before the Retry-After (at least 1 s) has passed',
    );
  });

  it('answers the browser 429 with Retry-After when Shareworks asks for a longer wait', async () => {
    // Three GETs a minute: the grants read needs four.
    await sandbox.control(
      '/settings',
      { limits: { get: { burstPerSecond: 0.05, burstWindowSeconds: 60 } } },
      'PUT',
    );
    const s = await site();
    const response = await s.read('/shareworks/me/grants', 'dana');
    assert.equal(response.status, 429, calls(s).join('\n'));
    assert.ok(Number(response.headers.get('Retry-After')) > 5);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body.error, 'rate_limited');
    assert.equal(
      s.upstream.filter((u) => u.status === 429).length,
      1,
      'no retry it cannot wait for',
    );
    // The queue stays held: the next read is answered 429 at once, without calling Shareworks.
    const sent = s.upstream.length;
    const next = await s.read('/shareworks/me/vesting', 'dana');
    assert.equal(next.status, 429);
    assert.ok(Number(next.headers.get('Retry-After')) > 5);
    assert.equal(s.upstream.length, sent);
  });
});

describe('Shareworks bridge: one person, their own grants only', () => {
  it("shows each person their own grants, never another stakeholder's", async () => {
    const s = await site();
    const dana = await grantsOf(s, 'dana');
    const riley = await grantsOf(s, 'riley');
    assert.deepEqual(
      dana.grants.map((g) => g.grantId),
      [70001, 70002, 70003, 70004],
    );
    assert.deepEqual(
      riley.grants.map((g) => g.grantId),
      [70005],
    );
    assert.equal(riley.stakeholderName, 'Riley Rivera');
  });

  it('refuses query strings, other paths and other methods without calling Shareworks', async () => {
    const s = await site();
    const refusals: [string, RequestInit, number][] = [
      ['/shareworks/me/grants?stakeholderId=5002', {}, 400],
      ['/shareworks/me/grants?companyId=102&stakeholderId=6001', {}, 400],
      ['/shareworks/me/vesting?pageSize=250', {}, 400],
      ['/shareworks/me/grants/5002', {}, 404],
      ['/shareworks/me/5002/grants', {}, 404],
      ['/shareworks/company', {}, 404],
      ['/shareworks/company/101/stakeholder/holdings', {}, 404],
      ['/shareworks/rest/admin/v1/company/101/stakeholder/5002/grant', {}, 404],
      ['/shareworks/me', {}, 404],
      ['/shareworks/ME/GRANTS', {}, 404],
      ['/shareworks/me/grants', { method: 'POST' }, 405],
      ['/shareworks/me/grants', { method: 'DELETE' }, 405],
    ];
    for (const [path, init, status] of refusals) {
      const response = await s.read(path, 'dana', init);
      assert.equal(response.status, status, path);
    }
    for (const path of [
      '/shareworks/me/../company',
      '/shareworks/me/grants/../../company/101/stakeholder/holdings',
      '/shareworks/me%2Fgrants',
      '/shareworks/me/grants%3FstakeholderId=5002',
      '/shareworks//me/grants',
    ]) {
      const { status, body } = await s.raw(path, 'dana');
      assert.equal(status, 404, `${path}: ${body}`);
    }
    assert.deepEqual(s.upstream, [], 'no refused request reached Shareworks');
  });

  it('answers 401 to a signed-out page and 403 to another site, without calling Shareworks', async () => {
    const s = await site();
    const signedOut = await s.read('/shareworks/me/grants');
    assert.equal(signedOut.status, 401);
    assert.equal(((await signedOut.json()) as Record<string, unknown>).error, 'login_required');
    const crossSite = await s.read('/shareworks/me/grants', 'dana', { site: 'cross-site' });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.headers.get('Access-Control-Allow-Origin'), null);
    assert.deepEqual(s.upstream, []);
  });

  it("answers 404 (not Shareworks' 403 detail) when the host maps a person outside the company", async () => {
    const s = await site();
    const response = await s.read('/shareworks/me/grants', 'misfiled');
    assert.equal(response.status, 404);
    const text = await response.text();
    assert.match(text, /not_available/);
    assert.doesNotMatch(text, /invalid entity reference|5001|102/);
  });
});

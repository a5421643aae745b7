import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenManager, jwtExpiry, type TokenRequest } from './token-manager.ts';

test('concurrent 401s share ONE provider call and all replay with the fresh token', async () => {
  const asked: TokenRequest[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const tokens = new TokenManager({
    token: 'old',
    tokenProvider: async (request) => {
      asked.push(request);
      await gate;
      return 'new';
    },
  });
  const all = Promise.all([1, 2, 3, 4].map(() => tokens.refreshAfterUnauthorized('old')));
  release();
  assert.deepEqual(await all, ['new', 'new', 'new', 'new']);
  assert.deepEqual(asked, [{ reason: 'unauthorized' }]);
  // A 401 for the old token arriving after the refresh replays at once.
  assert.equal(await tokens.refreshAfterUnauthorized('old'), 'new');
  assert.equal(asked.length, 1);
});

test('a 401 that joins an expiry refresh handing back the refused token asks again as unauthorized', async () => {
  const asked: TokenRequest['reason'][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const tokens = new TokenManager({
    // The host's cached token is still 'old' until it is told the API refused it.
    tokenProvider: async ({ reason }) => {
      asked.push(reason);
      if (reason !== 'unauthorized') {
        await gate;
        return { token: 'old', expiresAt: Date.now() + 1_000 };
      }
      return 'new';
    },
    refreshMarginMs: 60_000,
  });
  tokens.set('old', Date.now() + 1_000);
  const expiring = tokens.get();
  const replay = tokens.refreshAfterUnauthorized('old');
  release();
  await expiring;
  assert.equal(await replay, 'new');
  assert.deepEqual(asked, ['expiring', 'unauthorized']);
});

test('no fresh token: callers get nothing and auth-required fires once', async () => {
  const events: string[] = [];
  const tokens = new TokenManager({ token: 'old', tokenProvider: () => 'old' });
  tokens.onAuthRequired((e) => events.push(e.reason));
  assert.equal(await tokens.refreshAfterUnauthorized('old'), undefined);
  assert.equal(await tokens.refreshAfterUnauthorized('old'), undefined);
  assert.deepEqual(events, ['token-rejected']);
  tokens.set('fresh');
  assert.equal(await tokens.get(), 'fresh');

  const throwing = new TokenManager({
    tokenProvider: () => Promise.reject(new Error('host is down')),
  });
  assert.equal(await throwing.get(), undefined);
  const staticOnly = new TokenManager({ token: 't' });
  staticOnly.onAuthRequired((e) => events.push(`static:${e.reason}`));
  assert.equal(await staticOnly.refreshAfterUnauthorized('t'), undefined);
  assert.deepEqual(events, ['token-rejected', 'static:token-rejected']);
});

test('a known expiry is refreshed before it passes; a JWT exp counts as known', async () => {
  let n = 0;
  const tokens = new TokenManager({
    tokenProvider: () => ({ token: `t${++n}`, expiresAt: Date.now() + 30_000 }),
    refreshMarginMs: 60_000,
  });
  assert.equal(await tokens.get(), 't1', 'first use asks the provider');
  assert.equal(await tokens.get(), 't2', 'within the margin of expiry: asks again');
  const long = new TokenManager({
    tokenProvider: () => ({ token: 'long', expiresAt: new Date(Date.now() + 3_600_000) }),
  });
  assert.equal(await long.get(), 'long');
  assert.equal(await long.get(), 'long');

  const payload = Buffer.from(JSON.stringify({ exp: 2_000_000_000 })).toString('base64url');
  assert.equal(jwtExpiry(`h.${payload}.s`), 2_000_000_000_000);
  assert.equal(jwtExpiry('opaque-token'), undefined);
});

/**
 * The one way a token comes in: the client asks its provider, and `tokenChanged()` makes it ask
 * again. Against the real sandbox where the server's view matters (which token it accepted).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsQuery } from '../store/resources/index.ts';
import type { QueryState } from '../store/query-cache.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import { TokenManager } from './token-manager.ts';
import { readTokenResult, type TokenRequest } from './token-result.ts';

let h: SandboxHarness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** A fresh token for the user, as a host's token endpoint would give it. */
async function login(user: SandboxUser): Promise<string> {
  const res = await fetch(`${h.server.apiUrl}/token`, {
    method: 'POST',
    headers: { 'Et-App-Key': user.appKey, Username: user.username, Password: user.password },
  });
  return ((await res.json()) as { Token: string }).Token;
}

test('tokenChanged(): the next request asks the provider again and goes with the new token, no 401 first', async () => {
  const user = await h.createUser();
  const asked: TokenRequest['reason'][] = [];
  let current = user.token;
  const client = h.client(user, {
    token: undefined,
    tokenProvider: ({ reason }) => (asked.push(reason), current),
  });
  assert.equal((await client.api.users.accounts()).length, user.accountIds.length);
  assert.deepEqual(asked, ['initial']);

  const old = current;
  current = await login(user);
  await h.faults({ expireTokens: true, scope: { token: old } }); // the old token is refused now
  client.tokenChanged();
  assert.equal((await client.api.users.info()).UserId, user.userId);
  assert.deepEqual(
    asked,
    ['initial', 'initial'],
    'asked again before the request, not after a 401',
  );
});

test('a query that failed for want of a token recovers once the provider has one and tokenChanged() is called', async () => {
  const user = await h.createUser();
  let current: string | null = null;
  const client = h.client(user, { token: undefined, tokenProvider: () => current });
  const reasons: string[] = [];
  client.onAuthRequired((event) => reasons.push(event.reason));
  const states: QueryState<unknown>[] = [];
  const stop = client.queries.subscribe(accountsQuery(client), (s) => states.push(s));
  await waitFor(() => states.at(-1)?.status === 'error', 5000, 'the query shows the error');
  assert.equal(states.at(-1)!.error?.code, 'unauthorized');
  assert.deepEqual(reasons, ['no-token']);

  current = user.token;
  client.tokenChanged();
  await waitFor(() => states.at(-1)?.status === 'success', 5000, 'the query recovers');
  assert.equal((states.at(-1)!.data as unknown[]).length, user.accountIds.length);
  stop();
});

test('an answer to a question asked before tokenChanged() is not held, however late it comes', async () => {
  const gates: Array<() => void> = [];
  let answer = 'old';
  const tokens = new TokenManager({
    tokenProvider: async () => {
      const given = answer;
      await new Promise<void>((resolve) => gates.push(resolve));
      return given;
    },
  });
  const asked = tokens.get();
  tokens.changed();
  answer = 'new';
  const askedAgain = tokens.get();
  gates[1]!(); // the new answer first…
  assert.equal(await askedAgain, 'new');
  gates[0]!(); // …then the old one, late
  assert.equal(await asked, 'old', 'a request already under way goes with what it asked for');
  assert.equal(await tokens.get(), 'new', 'the token held is the answer after the change');
  assert.equal(gates.length, 2);
});

test('a provider that throws (even synchronously) yields no token, and is asked again next time', async () => {
  let calls = 0;
  const tokens = new TokenManager({
    tokenProvider: () => {
      if (++calls === 1) throw new Error('not signed in yet');
      return 'later';
    },
  });
  assert.equal(await tokens.get(), undefined);
  assert.equal(await tokens.get(), 'later');
  assert.equal(calls, 2);
});

test('provider answers: a string, { token, expiresAt }, or an OAuth-style response', () => {
  const now = 1_700_000_000_000;
  assert.deepEqual(readTokenResult('t', now), { token: 't', expiresAt: undefined });
  assert.deepEqual(readTokenResult({ token: 't', expiresAt: new Date(now + 5) }, now), {
    token: 't',
    expiresAt: now + 5,
  });
  assert.deepEqual(readTokenResult({ access_token: 't', expires_at: 1_700_000_100 }, now), {
    token: 't',
    expiresAt: 1_700_000_100_000,
  });
  assert.deepEqual(readTokenResult({ access_token: 't', expires_at: now + 9 }, now), {
    token: 't',
    expiresAt: now + 9,
  });
  assert.deepEqual(readTokenResult({ access_token: 't', expires_in: 60 }, now), {
    token: 't',
    expiresAt: now + 60_000,
  });
  assert.equal(readTokenResult({ access_token: '' }, now), null);
  assert.equal(readTokenResult(null, now), null);
});

/**
 * The query cache's recovery against the real sandbox over HTTP: a 429 the request waits out
 * shows in the key's state while it waits, and a burst of 5xx ends in data without anyone
 * asking again.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { alertsQuery, watchlistsQuery } from './resources/index.ts';
import type { QueryState } from './query-cache.ts';
import { startHarness, type SandboxHarness } from '../test-support/sandbox.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

let h: SandboxHarness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('a request waiting out a 429 says until when, then the data comes', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  await h.faults({ rateLimit: { count: 1, retryAfterSeconds: 2 }, scope: { token: user.token } });
  const states: QueryState<unknown>[] = [];
  const stop = client.queries.subscribe(watchlistsQuery(client), (s) => states.push(s));
  try {
    await waitFor(() => states.at(-1)?.rateLimitedUntil !== undefined, 4000, 'rate limited');
    const waiting = states.at(-1)!;
    assert.equal(waiting.fetching, true, 'still one request, waiting');
    assert.ok(waiting.rateLimitedUntil! > Date.now() + 500, 'until about Retry-After from now');
    await waitFor(() => states.at(-1)?.status === 'success', 8000, 'data after the wait');
    assert.equal(states.at(-1)!.rateLimitedUntil, undefined);
  } finally {
    stop();
    client.dispose();
  }
});

test('after a burst of 502s longer than the request retries, the key recovers by itself', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  await h.faults({ serverError: { count: 5, status: 502 }, scope: { token: user.token } });
  const states: QueryState<unknown>[] = [];
  const stop = client.queries.subscribe(alertsQuery(client), (s) => states.push(s));
  try {
    await waitFor(() => states.at(-1)?.status === 'success', 10_000, 'data');
    const failed = states.filter((s) => s.status === 'error');
    assert.ok(failed.length > 0, 'the first request failed (3 attempts, 3 × 502)');
    assert.ok(failed.some((s) => s.retryAt !== undefined && s.error?.code === 'server_error'));
  } finally {
    stop();
    client.dispose();
  }
});

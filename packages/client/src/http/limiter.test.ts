import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiter } from './limiter.ts';
import { AutoSharesError } from '../errors.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

test('a burst spends the whole budget at once, the rest waits in line, one budget per window', async () => {
  // a window long enough that the checks below run within the one they are about, however
  // late a loaded machine's timers fire
  const limiter = new RateLimiter({ queries: { limit: 5, windowMs: 1000 } });
  const started: number[] = [];
  const all = Array.from({ length: 12 }, (_, i) =>
    limiter.acquire('queries').then(() => started.push(i)),
  );
  await waitFor(() => started.length === 5, 4000, 'the first five');
  assert.equal(
    limiter.pending('queries'),
    7,
    'seven requests wait in the limiter instead of failing',
  );
  await waitFor(() => started.length > 5, 4000, 'the next window');
  assert.ok(started.length <= 10, 'the next window admits at most another five');
  await Promise.all(all);
  assert.deepEqual(started, [...Array(12).keys()], 'everyone got through, in order');
  limiter.dispose();
});

test('categories are independent, an abort leaves the line, and limits can be turned off', async () => {
  const limiter = new RateLimiter({ securities: { limit: 1, windowMs: 60_000 } });
  await limiter.acquire('securities');
  const controller = new AbortController();
  const waiting = limiter.acquire('securities', controller.signal);
  await limiter.acquire('queries'); // another category is not held up
  controller.abort();
  await assert.rejects(
    waiting,
    (e: unknown) => e instanceof AutoSharesError && e.code === 'aborted',
  );
  assert.equal(limiter.pending('securities'), 0);
  limiter.dispose();

  const off = new RateLimiter(false);
  await Promise.all(Array.from({ length: 500 }, () => off.acquire('auth')));
});

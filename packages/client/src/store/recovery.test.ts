import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryCache, type QueryState } from './query-cache.ts';
import { RecoveryPolicy, type RecoverySignals } from './recovery.ts';
import { AutoSharesError, type AutoSharesErrorInit } from '../errors.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

/** Visibility/connectivity the test decides: `up` says whether retries may go out. */
interface TestPage {
  up: boolean;
  signals: RecoverySignals;
  comeBack(): void;
  readonly listening: number;
}

function pageSignals(): TestPage {
  const listeners = new Set<() => void>();
  const page: TestPage = {
    up: true,
    signals: {
      canRetry: () => page.up,
      onResume(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    /** The page is visible and online again (`online` / `visibilitychange`). */
    comeBack() {
      page.up = true;
      listeners.forEach((listener) => listener());
    },
    get listening() {
      return listeners.size;
    },
  };
  return page;
}

/** A fetch that fails with `failures` in order, then answers with the call number; records call times. */
function flaky(failures: AutoSharesErrorInit[]) {
  const calls: number[] = [];
  const fetch = async () => {
    calls.push(Date.now());
    const failure = failures[calls.length - 1];
    if (failure) throw new AutoSharesError(failure);
    return calls.length;
  };
  return { calls, fetch };
}

const serverError: AutoSharesErrorInit = { code: 'server_error', status: 502 };

test('a key that fails with 5xx retries by itself with growing delays and recovers without being asked', async () => {
  const page = pageSignals();
  // random 0: each delay is exactly half its ceiling (10, 20, 40 ms)
  const cache = new QueryCache({
    recovery: { baseDelayMs: 20, maxDelayMs: 1000, signals: page.signals, random: () => 0 },
  });
  const api = flaky([serverError, serverError, serverError]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['news', 'AAPL'], fetch: api.fetch }, (s) => states.push(s));
  await waitFor(() => states.at(-1)?.data === 4, 3000, 'data after three failures');
  assert.equal(api.calls.length, 4, 'one request per attempt');
  const gaps = api.calls.slice(1).map((at, i) => at - api.calls[i]!);
  [10, 20, 40].forEach((least, i) => assert.ok(gaps[i]! >= least - 1, `gap ${i}: ${gaps[i]}`));
  const failed = states.filter((s) => s.status === 'error');
  assert.ok(failed.length > 0, 'the failure was shown');
  assert.ok(
    failed.some((s) => s.retryAt !== undefined && s.error?.code === 'server_error'),
    'the failure says when the next retry is due',
  );
  assert.ok(
    !states.slice(states.indexOf(failed[0]!)).some((s) => s.status === 'loading'),
    'automatic retries keep the failure on view instead of flashing back to loading',
  );
  assert.equal(states.at(-1)!.retryAt, undefined);
  assert.equal(states.at(-1)!.error, undefined);
  stop();
  cache.dispose();
});

test('data already shown stays visible, marked stale with the error, until a retry brings fresh data', async () => {
  const page = pageSignals();
  const cache = new QueryCache({ recovery: { baseDelayMs: 20, signals: page.signals } });
  let fail = false;
  let n = 0;
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe(
    {
      key: ['account', 1, 'orders'],
      fetch: async () => {
        n++;
        if (fail) throw new AutoSharesError({ code: 'timeout' });
        return n;
      },
    },
    (s) => states.push(s),
  );
  await waitFor(() => states.at(-1)?.data === 1, 2000, 'first data');
  fail = true;
  cache.invalidate(['account', 1]);
  await waitFor(() => states.at(-1)?.status === 'error', 2000, 'refetch failed');
  const failed = states.at(-1)!;
  assert.equal(failed.data, 1, 'the last good data is kept');
  assert.equal(failed.stale, true);
  assert.equal(failed.error?.code, 'timeout');
  fail = false;
  await waitFor(() => states.at(-1)?.status === 'success', 3000, 'recovered');
  assert.ok(states.at(-1)!.data! > 1);
  assert.equal(states.at(-1)!.stale, false);
  stop();
  cache.dispose();
});

test('a 429 is retried no sooner than its Retry-After', async () => {
  const page = pageSignals();
  const cache = new QueryCache({ recovery: { baseDelayMs: 5, signals: page.signals } });
  const api = flaky([{ code: 'rate_limited', status: 429, retryAfterMs: 300 }]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['alerts'], fetch: api.fetch }, (s) => states.push(s));
  await waitFor(() => states.at(-1)?.status === 'success', 3000, 'recovered');
  assert.equal(api.calls.length, 2);
  assert.ok(api.calls[1]! - api.calls[0]! >= 299, `retried after ${api.calls[1]! - api.calls[0]!}`);
  assert.ok(states.some((s) => s.error?.code === 'rate_limited' && s.retryAt !== undefined));
  stop();
  cache.dispose();
});

test('a failure that will not pass by itself (404) is not retried unasked', async () => {
  const page = pageSignals();
  const cache = new QueryCache({ recovery: { baseDelayMs: 5, signals: page.signals } });
  const api = flaky([{ code: 'not_found', status: 404 }]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['security', 'equity', 'NOPE'], fetch: api.fetch }, (s) =>
    states.push(s),
  );
  await waitFor(() => states.at(-1)?.status === 'error', 2000, 'error');
  assert.equal(states.at(-1)!.retryAt, undefined, 'no retry planned');
  // Twenty backoff ceilings later, still the one request.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(api.calls.length, 1);
  stop();
  cache.dispose();
});

test('no retry once nobody subscribes', async () => {
  const page = pageSignals();
  const cache = new QueryCache({ recovery: { baseDelayMs: 200, signals: page.signals } });
  const api = flaky([serverError, serverError]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['watchlists'], fetch: api.fetch }, (s) => states.push(s));
  await waitFor(() => states.at(-1)?.retryAt !== undefined, 2000, 'retry planned');
  stop();
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(api.calls.length, 1, 'the planned retry was dropped with the last subscriber');
  cache.dispose();
});

test('hidden or offline: no retry goes out; back visible and online, the retry goes out at once', async () => {
  const page = pageSignals();
  const cache = new QueryCache({
    recovery: { baseDelayMs: 200, maxDelayMs: 60_000, signals: page.signals },
  });
  const api = flaky([serverError, serverError, serverError]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['news', 'MSFT'], fetch: api.fetch }, (s) => states.push(s));
  await waitFor(() => states.at(-1)?.retryAt !== undefined, 2000, 'first retry planned');
  page.up = false;
  // the planned retry comes due while the page is away: it waits instead of going out
  await waitFor(() => states.at(-1)?.retryAt === undefined, 2000, 'retry parked');
  assert.equal(api.calls.length, 1);
  assert.equal(states.at(-1)!.status, 'error');
  page.comeBack();
  await waitFor(() => api.calls.length === 2, 2000, 'retry at once on return');
  stop();
  cache.dispose();
  assert.equal(page.listening, 0, 'dispose stops listening to the page');
});

test('coming back online retries at once even while a long backoff is pending', async () => {
  const page = pageSignals();
  // a first delay of 30–60 s: only the resume can bring the data within the wait below
  const cache = new QueryCache({
    recovery: { baseDelayMs: 60_000, maxDelayMs: 60_000, signals: page.signals },
  });
  const api = flaky([{ code: 'network' }]);
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['watchlists', 3], fetch: api.fetch }, (s) => states.push(s));
  await waitFor(() => states.at(-1)?.retryAt !== undefined, 2000, 'retry planned');
  page.comeBack();
  await waitFor(() => states.at(-1)?.data === 2, 2000, 'data right after coming back');
  stop();
  cache.dispose();
});

test('changes while a key backs off wait for its planned retry; refetch() (a Retry) goes at once', async () => {
  const page = pageSignals();
  // a first delay of 30–60 s: nothing but refetch() can fetch within this test
  const cache = new QueryCache({
    recovery: { baseDelayMs: 60_000, maxDelayMs: 60_000, signals: page.signals },
  });
  let release!: () => void;
  const inFlight = new Promise<void>((resolve) => (release = resolve));
  const calls: number[] = [];
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe(
    {
      key: ['account', 5, 'balance'],
      fetch: async () => {
        calls.push(Date.now());
        if (calls.length === 1) {
          await inFlight;
          throw new AutoSharesError(serverError);
        }
        return calls.length;
      },
    },
    (s) => states.push(s),
  );
  await waitFor(() => calls.length === 1, 2000, 'first request out');
  // a stream event while the request is out: normally one more fetch right after it
  cache.invalidate(['account', 5]);
  release();
  await waitFor(() => states.at(-1)?.retryAt !== undefined, 2000, 'retry planned');
  for (let i = 0; i < 5; i++) cache.invalidate(['account', 5]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(calls.length, 1, 'no request before the planned retry, however many changes');
  assert.equal(states.at(-1)!.status, 'error');
  cache.refetch(['account', 5]);
  await waitFor(() => states.at(-1)?.data === 2, 2000, 'Retry fetched at once');
  assert.equal(calls.length, 2);
  stop();
  cache.dispose();
});

test('backoff: grows from the base, stays within the cap, and never undercuts Retry-After', () => {
  const error = new AutoSharesError({ code: 'server_error' });
  const high = new RecoveryPolicy({ baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0.999 });
  const low = new RecoveryPolicy({ baseDelayMs: 1000, maxDelayMs: 30_000, random: () => 0 });
  for (let failures = 1; failures <= 12; failures++) {
    const ceiling = Math.min(30_000, 1000 * 2 ** (failures - 1));
    assert.ok(high.delay(failures, error) < ceiling + 1);
    assert.equal(low.delay(failures, error), ceiling / 2);
  }
  const limited = new AutoSharesError({ code: 'rate_limited', retryAfterMs: 5000 });
  assert.equal(low.delay(1, limited), 5000);
});

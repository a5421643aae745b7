/**
 * Fault suite: a 429 storm (`rateLimit: { count, retryAfterSeconds: 1 }`, scoped to the test
 * user's token) while a dashboard loads. Every element recovers after Retry-After; the client
 * waits out Retry-After before asking for the same resource again, and every repeated request
 * the sandbox counted for the user is explained by a 429 (no retry storm).
 */
import { expect } from '@open-wc/testing';
import {
  clearFaults,
  createTestUser,
  fault,
  sandbox,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';
import { allShowData, DASHBOARD, requestStats } from './dashboard.test-support.ts';

const STORM = 10;

interface Seen {
  at: number;
  key: string;
  status: number;
}

/** Records every API response the page gets (time, `METHOD /path?query`, status) until restored. */
function recordApiCalls(): { calls: Seen[]; restore(): void } {
  const calls: Seen[] = [];
  const original = globalThis.fetch;
  const api = sandbox().apiUrl;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await original(request);
    if (request.url.startsWith(api)) {
      const url = new URL(request.url);
      calls.push({
        at: performance.now(),
        key: `${request.method} ${url.pathname}${url.search}`,
        status: response.status,
      });
    }
    return response;
  };
  return { calls, restore: () => (globalThis.fetch = original) };
}

describe('faults: 429 storm', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(() => clearFaults(user));

  it('every element recovers after Retry-After, and the client honours it without a retry storm', async () => {
    const before = await requestStats();
    await fault({ rateLimit: { count: STORM, retryAfterSeconds: 1 } }, user);
    const recorder = recordApiCalls();
    try {
      const session = await sessionFixture(DASHBOARD, { user });
      await allShowData(session, 20_000);
    } finally {
      recorder.restore();
    }
    const { calls } = recorder;
    const limited = calls.filter((c) => c.status === 429);
    expect(limited.length, 'the storm was hit').to.be.greaterThan(0);
    expect(limited.length).to.be.at.most(STORM);

    // After a 429 the same resource is not asked again before Retry-After (1 s) has passed.
    for (const refused of limited) {
      const next = calls.find((c) => c.key === refused.key && c.at > refused.at);
      if (next) expect(next.at - refused.at, `${refused.key} retried early`).to.be.at.least(900);
    }

    // At the sandbox: each of this user's account resources was requested at most once more
    // than the 429s it got (one refetch from a stream event allowed), never in a loop.
    const after = await requestStats();
    expect(after.rateLimited - before.rateLimited).to.be.at.least(limited.length);
    const account = `/api/v1.0/accounts/${user.accountIds[0]}/`;
    for (const [url, count] of Object.entries(after.byUrl)) {
      if (!url.includes(account)) continue;
      const earlier = before.byUrl[url] ?? 0;
      const refusedHere = limited.filter((c) => c.key === url).length;
      expect(count - earlier, `${url} requests`).to.be.at.most(refusedHere + 2);
    }
  }).timeout(40_000);
});

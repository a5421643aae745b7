/**
 * The Shareworks bridge when Shareworks fails: down (the sandbox answers the bridge's API client
 * 503) or unreachable (nothing listens). The browser gets a plain 502 either way, with no
 * Shareworks wording.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  startShareworksSandbox,
  startShareworksSite,
  type ShareworksSandbox,
} from './test-support.ts';

let sandbox: ShareworksSandbox;

before(async () => {
  sandbox = await startShareworksSandbox();
});
after(() => sandbox.server.close());

describe('Shareworks bridge: Shareworks failing', () => {
  it('answers 502 upstream_error while Shareworks answers 503, and reads again once it is back', async () => {
    const site = await startShareworksSite(sandbox);
    try {
      const down = await sandbox.control(`/api-keys/${sandbox.clientId}`, { unavailable: true });
      assert.equal(down.status, 204);
      const failed = await site.read('/shareworks/me/grants', 'dana');
      assert.equal(failed.status, 502);
      const body = (await failed.json()) as Record<string, unknown>;
      assert.equal(body.error, 'upstream_error');
      assert.doesNotMatch(JSON.stringify(body), /temporarily unavailable/);
      assert.deepEqual(
        site.upstream.map((u) => `${u.method} ${u.path} ${u.status}`),
        ['POST /auth/tokens 503'],
      );

      await sandbox.control(`/api-keys/${sandbox.clientId}`, { unavailable: false });
      const read = await site.read('/shareworks/me/grants', 'dana');
      assert.equal(read.status, 200);
    } finally {
      await sandbox.control(`/api-keys/${sandbox.clientId}`, { unavailable: false });
      await site.close();
    }
  });

  it('answers 502 server_unreachable when Shareworks cannot be reached', async () => {
    const site = await startShareworksSite(sandbox, { apiUrl: 'http://127.0.0.1:9/shareworks' });
    try {
      const answer = await site.read('/shareworks/me/grants', 'dana');
      assert.equal(answer.status, 502);
      const body = (await answer.json()) as Record<string, unknown>;
      assert.equal(body.error, 'server_unreachable');
    } finally {
      await site.close();
    }
  });
});

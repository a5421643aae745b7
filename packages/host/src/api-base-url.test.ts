/**
 * The bridge's API contract: it is configured with the API base URL its tokens are for and
 * hands it to the page with every token (`api_base_url`, `api_origin`), so `<as-session>` can
 * refuse to send the token anywhere else.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SandboxServer } from '@autoshares/sandbox/node';
import { createTokenBridge } from './bridge.ts';
import {
  Browser,
  COOKIE_SECRET,
  DEMO_CLIENT,
  signIn,
  startOAuthSandbox,
  startPartnerSite,
  type PartnerSite,
} from './test-support.ts';

describe('apiBaseUrl', () => {
  const base = {
    issuer: 'https://auth.example',
    ...DEMO_CLIENT,
    cookieSecret: COOKIE_SECRET,
    redirectUri: 'https://site.example/autoshares/callback',
  };

  it('is required, and must be https: (http: only on localhost)', () => {
    assert.throws(
      () => createTokenBridge({ ...base } as unknown as Parameters<typeof createTokenBridge>[0]),
      /apiBaseUrl` is required/,
    );
    for (const apiBaseUrl of [
      'http://api.example/api',
      'javascript:alert(1)',
      'ftp://api.example',
    ]) {
      assert.throws(
        () => createTokenBridge({ ...base, apiBaseUrl }),
        /apiBaseUrl must be an https/,
      );
    }
    assert.throws(() => createTokenBridge({ ...base, apiBaseUrl: '/api' }), /absolute URL/);
    createTokenBridge({ ...base, apiBaseUrl: 'http://127.0.0.1:4010/api' });
    createTokenBridge({ ...base, apiBaseUrl: 'https://api.example/api' });
  });

  describe('the token route', () => {
    let sandbox: SandboxServer;
    let site: PartnerSite;
    before(async () => {
      ({ server: sandbox } = await startOAuthSandbox());
      site = await startPartnerSite(sandbox.url, { apiBaseUrl: `${sandbox.apiUrl}/` });
    });
    after(async () => {
      await site.close();
      await sandbox.close();
    });

    it('says which API the token is for', async () => {
      const browser = new Browser();
      assert.equal((await signIn(browser, site, sandbox.url)).status, 303);
      const response = await browser.fetch(`${site.origin}/autoshares/token`, {
        site: 'same-origin',
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as Record<string, unknown>;
      assert.equal(body.api_base_url, sandbox.apiUrl, 'without a trailing slash');
      assert.equal(body.api_origin, new URL(sandbox.apiUrl).origin);
      assert.equal(typeof body.access_token, 'string');
    });
  });
});

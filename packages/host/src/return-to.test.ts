/**
 * `return_to` can only bring the browser back to the site's own origin: every way a path can
 * turn protocol-relative (tabs and newlines browsers drop, backslashes they read as `/`, control
 * characters, encoded forms decoded from the query) falls back to `/`. Checked on the function
 * and end to end, through the bridge's sign-out and sign-in redirects.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SandboxServer } from '@autoshares/sandbox/node';
import { safeReturnTo } from './return-to.ts';
import {
  authorizeUntilCallback,
  Browser,
  startOAuthSandbox,
  startPartnerSite,
  type PartnerSite,
} from './test-support.ts';

const SITE = 'https://partner.example';

/** Values that must not leave the site (as the bridge reads them, i.e. already decoded). */
const HOSTILE = [
  '//127.0.0.1:9999/phish',
  '/\t/127.0.0.1:9999/phish',
  '/\n/127.0.0.1:9999/phish',
  '/\r/127.0.0.1:9999/phish',
  '\t//127.0.0.1:9999/phish',
  '/\\127.0.0.1:9999/phish',
  '\\\\127.0.0.1:9999/phish',
  '/\\/127.0.0.1:9999/phish',
  '/\x00/127.0.0.1:9999/phish',
  '/\x0b/127.0.0.1:9999/phish',
  '/\x0c/127.0.0.1:9999/phish',
  '/\x7f/127.0.0.1:9999/phish',
  ' //127.0.0.1:9999/phish',
  '/ /127.0.0.1:9999/phish',
  'https://127.0.0.1:9999/phish',
  'https:127.0.0.1:9999/phish',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'phish',
  '',
];

/** The same values as they arrive in a URL's query (the bridge's `URLSearchParams` decodes them). */
const encoded = (value: string) => encodeURIComponent(value);

describe('safeReturnTo', () => {
  it('keeps a path of the site, with its query and fragment', () => {
    assert.equal(safeReturnTo('/portfolio', SITE), '/portfolio');
    assert.equal(safeReturnTo('/a/b?tab=1&x=%2F%2Fy#top', SITE), '/a/b?tab=1&x=%2F%2Fy#top');
    assert.equal(safeReturnTo('/%2F%2Fhost/x', SITE), '/%2F%2Fhost/x');
  });

  it('falls back to / for every value that could reach another origin', () => {
    for (const value of HOSTILE) {
      const result = safeReturnTo(value, SITE);
      assert.equal(result, '/', JSON.stringify(value));
    }
    assert.equal(safeReturnTo(null, SITE), '/');
  });

  it('returns only what WHATWG URL parsing resolves to the site’s own origin', () => {
    const candidates = [...HOSTILE, '/portfolio', '/a?b=c', '/%09/x', '/./x', '/../x', '/x#//y'];
    for (const value of candidates) {
      const result = safeReturnTo(value, SITE);
      assert.equal(new URL(result, SITE).origin, SITE, JSON.stringify(value));
      // A browser resolves the Location against the current page, which may be any page of the site.
      assert.equal(new URL(result, `${SITE}/deep/page?q`).origin, SITE, JSON.stringify(value));
    }
  });
});

describe('bridge redirects with return_to', () => {
  let sandbox: SandboxServer;
  let site: PartnerSite;
  before(async () => {
    ({ server: sandbox } = await startOAuthSandbox());
    site = await startPartnerSite(sandbox.url);
  });
  after(async () => {
    await site.close();
    await sandbox.close();
  });

  it('sign-out sends the browser only to a path of the site', async () => {
    for (const value of HOSTILE) {
      const browser = new Browser();
      const response = await browser.fetch(
        `${site.origin}/autoshares/logout?return_to=${encoded(value)}`,
        { method: 'POST', site: 'same-origin' },
      );
      assert.equal(response.status, 303);
      const location = response.headers.get('Location')!;
      assert.equal(location, '/', JSON.stringify(value));
      assert.equal(new URL(location, site.origin).origin, site.origin);
    }
    const kept = await new Browser().fetch(`${site.origin}/autoshares/logout?return_to=/news`, {
      method: 'POST',
      site: 'same-origin',
    });
    assert.equal(kept.headers.get('Location'), '/news');
  });

  it('sign-in ends on the site, not on the host of /%09/127.0.0.1:9999/phish', async () => {
    const browser = new Browser();
    const callbackUrl = await authorizeUntilCallback(browser, site, sandbox.url, {
      loginQuery: '?return_to=/%09/127.0.0.1:9999/phish',
    });
    const callback = await browser.fetch(callbackUrl);
    assert.equal(callback.status, 303);
    const location = callback.headers.get('Location')!;
    assert.equal(location, '/');
    assert.equal(new URL(location, callbackUrl).origin, site.origin);
  });
});

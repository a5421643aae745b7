/**
 * The token bridge against the sandbox's authorization server, over real HTTP on 127.0.0.1:
 * a partner site (the bridge) on one port, the sandbox on another, and a hand-driven browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OAuthAuthorizationServer } from '../../sandbox/src/oauth/index.ts';
import type { SandboxServer } from '@autoshares/sandbox/node';
import {
  authorizeUntilCallback,
  Browser,
  signIn,
  startOAuthSandbox,
  startPartnerSite,
  userInfo,
  waitFor,
  type PartnerSite,
} from './test-support.ts';

/**
 * Short enough to watch expire in a test, long enough that a token just handed out still works
 * for the next request on a loaded machine.
 */
const ACCESS_TOKEN_LIFETIME_MS = 3000;
/** Checks (every 100 ms) for a token to be refused: twice its lifetime. */
const EXPIRY_CHECKS = 60;

let sandbox: SandboxServer;
let oauth: OAuthAuthorizationServer;
let site: PartnerSite;

/** `GET token` as a same-origin page script would call it. */
function getToken(browser: Browser, init: RequestInit & { site?: string } = {}): Promise<Response> {
  return browser.fetch(`${site.origin}/autoshares/token`, {
    site: 'same-origin',
    headers: { Accept: 'application/json' },
    ...init,
  });
}

async function tokenOf(browser: Browser): Promise<{ access_token: string; expires_at: number }> {
  const response = await getToken(browser);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as { access_token: string; expires_at: number };
}

/** A browser with a finished sign-in. */
async function signedInBrowser(): Promise<Browser> {
  const browser = new Browser();
  const callback = await signIn(browser, site, sandbox.url);
  assert.equal(callback.status, 303);
  assert.ok(browser.cookies.has('as_session'));
  return browser;
}

async function assertSignedOut(browser: Browser): Promise<void> {
  assert.ok(!browser.cookies.has('as_session'), 'no session cookie is kept');
  const response = await getToken(browser);
  assert.equal(response.status, 401);
  const body = (await response.json()) as Record<string, unknown>;
  assert.equal(body.access_token, undefined);
  assert.equal(body.error, 'login_required');
}

/** The readable message of the bridge's error page. */
async function alertOf(response: Response): Promise<string> {
  const html = await response.text();
  const message = /<p role="alert">([^<]+)<\/p>/.exec(html)?.[1];
  assert.ok(message, `no error message in:\n${html}`);
  return message;
}

before(async () => {
  ({ server: sandbox, oauth } = await startOAuthSandbox({
    accessTokenLifetimeMs: ACCESS_TOKEN_LIFETIME_MS,
  }));
  site = await startPartnerSite(sandbox.url, { refreshMarginMs: 0 });
});

after(async () => {
  await site.close();
  await sandbox.close();
});

describe('token bridge: sign-in, token, refresh', () => {
  it('signs in through the sandbox, hands a working token to the page, and refreshes it after expiry', async () => {
    const browser = new Browser();
    const login = await browser.fetch(`${site.origin}/autoshares/login?return_to=/portfolio`);
    const authorize = new URL(Browser.location(login));
    assert.equal(authorize.origin + authorize.pathname, `${sandbox.url}/authorize`);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(
      authorize.searchParams.get('client_secret'),
      null,
      'the secret key never reaches the browser',
    );
    const loginCookie = login.headers.getSetCookie().find((c) => c.startsWith('as_login='));
    assert.match(loginCookie ?? '', /HttpOnly/i);
    assert.match(loginCookie ?? '', /SameSite=Lax/i);
    assert.match(loginCookie ?? '', /Path=\/autoshares/);
    assert.doesNotMatch(
      loginCookie ?? '',
      /Secure/,
      'plain http: no Secure flag, or the browser would drop it',
    );

    const callbackUrl = await authorizeUntilCallback(browser, site, sandbox.url, {
      loginQuery: '?return_to=/portfolio',
    });
    const signingIn = Date.now();
    const callback = await browser.fetch(callbackUrl);
    assert.equal(callback.status, 303);
    assert.equal(callback.headers.get('Location'), '/portfolio');
    assert.ok(browser.cookies.has('as_session'));
    assert.ok(!browser.cookies.has('as_login'), 'the sign-in cookie is spent');

    const first = await tokenOf(browser);
    // Unix seconds, for a token issued by this sign-in (however long the steps took)
    assert.ok(first.expires_at * 1000 > signingIn - 1000);
    const info = await userInfo(sandbox.url, first.access_token);
    assert.equal(info.status, 200);
    assert.equal(
      ((await info.json()) as { Login?: string; UserName?: string }).Login ?? 'demo',
      'demo',
    );
    for (const url of browser.visited)
      assert.ok(!url.includes(first.access_token), 'no token in any URL');
    for (const [, value] of browser.cookies)
      assert.ok(!value.includes(first.access_token), 'the cookie is sealed');

    // The access token expires on AutoShares' side …
    assert.ok(
      await waitFor(
        async () => (await userInfo(sandbox.url, first.access_token)).status === 401,
        EXPIRY_CHECKS,
      ),
    );
    // … and the page's next call to the bridge gets a fresh one, refreshed behind the scenes
    // (once the bridge's own clock, started when it received the token, says it expired).
    let second!: { access_token: string; expires_at: number };
    assert.ok(
      await waitFor(
        async () => (second = await tokenOf(browser)).access_token !== first.access_token,
        EXPIRY_CHECKS,
      ),
      'the bridge refreshed the token',
    );
    assert.ok(second.expires_at >= first.expires_at);
    assert.equal((await userInfo(sandbox.url, second.access_token)).status, 200);
  });

  it('refreshes at once on POST, for a page whose token the API has just refused', async () => {
    const browser = await signedInBrowser();
    const { access_token: refused } = await tokenOf(browser);
    const response = await getToken(browser, { method: 'POST' });
    assert.equal(response.status, 200);
    const fresh = (await response.json()) as { access_token: string };
    assert.notEqual(fresh.access_token, refused);
    assert.equal((await userInfo(sandbox.url, fresh.access_token)).status, 200);
  });

  it('treats a tampered session cookie as signed out', async () => {
    const browser = await signedInBrowser();
    const sealed = browser.cookies.get('as_session') ?? '';
    browser.cookies.set(
      'as_session',
      sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
    );
    const response = await getToken(browser);
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { access_token?: string }).access_token, undefined);
  });

  it('answers 401 login_required to a browser that never signed in', async () => {
    await assertSignedOut(new Browser());
  });

  it('in popup mode, tells the opener (same origin only) and closes', async () => {
    const browser = new Browser();
    const callback = await browser.fetch(
      await authorizeUntilCallback(browser, site, sandbox.url, { loginQuery: '?popup=1' }),
    );
    assert.equal(callback.status, 200);
    const html = await callback.text();
    assert.ok(html.includes(`window.opener.postMessage(message, "${site.origin}")`));
    assert.ok(html.includes('"type":"autoshares:sign-in","ok":true'));
    const nonce = /script-src 'nonce-([^']+)'/.exec(
      callback.headers.get('Content-Security-Policy') ?? '',
    )?.[1];
    assert.ok(nonce && html.includes(`<script nonce="${nonce}">`));
    assert.ok(browser.cookies.has('as_session'));
  });

  it('signs out', async () => {
    const browser = await signedInBrowser();
    const out = await browser.fetch(`${site.origin}/autoshares/logout`, {
      method: 'POST',
      site: 'same-origin',
    });
    assert.equal(out.status, 204);
    await assertSignedOut(browser);
  });
});

describe('token bridge: bad input ends in a clear error and no session', () => {
  it('refuses a callback whose state does not match the sign-in started in this browser', async () => {
    const browser = new Browser();
    const url = new URL(await authorizeUntilCallback(browser, site, sandbox.url));
    url.searchParams.set('state', 'forged-state');
    const callback = await browser.fetch(url.href);
    assert.equal(callback.status, 400);
    assert.match(await alertOf(callback), /state mismatch/);
    await assertSignedOut(browser);
  });

  it('refuses a replayed code and the tokens issued from it stop working', async () => {
    const browser = new Browser();
    const callbackUrl = await authorizeUntilCallback(browser, site, sandbox.url);
    const loginCookie = browser.cookies.get('as_login') ?? '';
    assert.equal((await browser.fetch(callbackUrl)).status, 303);
    const stolen = await tokenOf(browser);
    assert.equal((await userInfo(sandbox.url, stolen.access_token)).status, 200);

    browser.cookies.set('as_login', loginCookie);
    const replay = await browser.fetch(callbackUrl);
    assert.equal(replay.status, 401);
    assert.match(await alertOf(replay), /already used/);
    await assertSignedOut(browser);
    assert.equal((await userInfo(sandbox.url, stolen.access_token)).status, 401);
  });

  it('refuses an expired code', async () => {
    const lifetime = oauth.codeLifetimeMs;
    oauth.codeLifetimeMs = 0;
    try {
      const browser = new Browser();
      const callback = await signIn(browser, site, sandbox.url);
      assert.equal(callback.status, 401);
      assert.match(await alertOf(callback), /expired/);
      await assertSignedOut(browser);
    } finally {
      oauth.codeLifetimeMs = lifetime;
    }
  });

  it('never redirects to an unregistered redirect_uri', async () => {
    const misconfigured = await startPartnerSite(sandbox.url, { basePath: '/not-registered' });
    try {
      const browser = new Browser();
      const login = await browser.fetch(`${misconfigured.origin}/not-registered/login`);
      const page = await browser.fetch(Browser.location(login));
      assert.equal(page.status, 400);
      assert.equal(page.headers.get('Location'), null);
      assert.match(await page.text(), /is not registered/);
    } finally {
      await misconfigured.close();
    }
  });

  it('refuses a code presented with another redirect_uri', async () => {
    const browser = new Browser();
    const code =
      new URL(await authorizeUntilCallback(browser, site, sandbox.url)).searchParams.get('code') ??
      '';
    const response = await fetch(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'http://127.0.0.1:1/autoshares/callback',
        client_id: 'autoshares-demo-client',
        client_secret: 'autoshares-demo-secret',
      }),
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: string; error_description: string };
    assert.equal(body.error, 'invalid_grant');
    assert.match(body.error_description, /redirect_uri/);
  });

  it('reports a wrong client secret as a site misconfiguration', async () => {
    const wrongSecret = await startPartnerSite(sandbox.url, { clientSecret: 'not-the-secret' });
    try {
      const browser = new Browser();
      const callback = await signIn(browser, wrongSecret, sandbox.url);
      assert.equal(callback.status, 502);
      assert.match(await alertOf(callback), /client credentials/);
      assert.ok(!browser.cookies.has('as_session'));
    } finally {
      await wrongSecret.close();
    }
  });

  it('ends the session when the refresh token was revoked', async () => {
    const browser = await signedInBrowser();
    const { access_token } = await tokenOf(browser);
    const revoke = await fetch(`${sandbox.url}/__sandbox/oauth/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: 'autoshares-demo-client' }),
    });
    assert.ok(((await revoke.json()) as { revoked: number }).revoked >= 1);
    assert.ok(
      await waitFor(
        async () => (await userInfo(sandbox.url, access_token)).status === 401,
        EXPIRY_CHECKS,
      ),
    );
    // The bridge goes by its own clock, from when it received the token: it may hand the token
    // out a moment longer than AutoShares accepts it, then finds the refresh revoked.
    let response!: Response;
    assert.ok(
      await waitFor(async () => (response = await getToken(browser)).status === 401, EXPIRY_CHECKS),
      `the bridge still answers ${response?.status}`,
    );
    const body = (await response.json()) as {
      error: string;
      error_description: string;
      access_token?: string;
    };
    assert.equal(body.access_token, undefined);
    assert.equal(body.error, 'login_required');
    assert.match(body.error_description, /sign-in has ended/);
    await assertSignedOut(browser);
  });

  it('gives no token to another origin', async () => {
    const browser = await signedInBrowser();
    const foreign: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'http://evil.example' },
    ];
    for (const headers of foreign) {
      const response = await browser.fetch(`${site.origin}/autoshares/token`, { headers });
      assert.equal(response.status, 403);
      const text = await response.text();
      assert.ok(!text.includes('access_token'));
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    }
    const out = await browser.fetch(`${site.origin}/autoshares/logout`, {
      method: 'POST',
      site: 'cross-site',
    });
    assert.equal(out.status, 403);
    assert.ok(browser.cookies.has('as_session'), 'another site cannot sign the user out');
  });

  it('in popup mode, tells the opener that sign-in failed and stays open with the message', async () => {
    const browser = new Browser();
    const callback = await browser.fetch(
      await authorizeUntilCallback(browser, site, sandbox.url, {
        loginQuery: '?popup=1',
        decision: 'deny',
      }),
    );
    assert.equal(callback.status, 403);
    const html = await callback.text();
    assert.ok(html.includes('"ok":false,"error":"access_denied"'));
    assert.ok(html.includes('if (message.ok) window.close();'));
    assert.match(html, /<p role="alert">Sign-in was cancelled/);
    await assertSignedOut(browser);
  });

  it('tells the user when they declined access', async () => {
    const browser = new Browser();
    const callback = await browser.fetch(
      await authorizeUntilCallback(browser, site, sandbox.url, { decision: 'deny' }),
    );
    assert.equal(callback.status, 403);
    assert.match(await alertOf(callback), /cancelled/);
    await assertSignedOut(browser);
  });
});

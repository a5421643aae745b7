/**
 * The Node adapter: the bridge's paths are answered, every other path goes to the site
 * (Express `next` or a plain fallback), and several cookies survive the trip.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createTokenBridge } from './bridge.ts';
import { toNodeHandler } from './node.ts';
import { COOKIE_SECRET, DEMO_CLIENT } from './test-support.ts';

let server: Server;
let origin: string;

before(async () => {
  const bridge = createTokenBridge({
    issuer: 'http://127.0.0.1:9/unused',
    ...DEMO_CLIENT,
    redirectUri: 'http://127.0.0.1/partner/auth/callback',
    cookieSecret: COOKIE_SECRET,
    basePath: '/partner/auth',
    apiBaseUrl: 'http://127.0.0.1:9/api',
  });
  const middleware = toNodeHandler(bridge);
  // Express-style: the site's own handler is `next`.
  server = createServer((req, res) =>
    middleware(req, res, () => res.writeHead(200).end('site page')),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('toNodeHandler', () => {
  it('passes requests outside the bridge to the site', async () => {
    for (const path of ['/', '/partner/authx/login', '/partner']) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(await response.text(), 'site page', path);
    }
  });

  it('answers the bridge routes with every Set-Cookie header intact', async () => {
    const response = await fetch(`${origin}/partner/auth/callback?code=c&state=s`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /not started in this browser/);
    const cookies = response.headers.getSetCookie().map((c) => c.split('=')[0]);
    assert.deepEqual(cookies.sort(), ['as_login', 'as_session']);
  });

  it('redirects to the authorization server from login', async () => {
    const response = await fetch(`${origin}/partner/auth/login`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.match(
      response.headers.get('Location') ?? '',
      /^http:\/\/127\.0\.0\.1:9\/unused\/authorize\?/,
    );
  });

  it('refuses the wrong method with 405 and Allow', async () => {
    const response = await fetch(`${origin}/partner/auth/logout`);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('Allow'), 'POST');
  });
});

describe('createTokenBridge options', () => {
  const base = {
    issuer: 'https://auth.example',
    ...DEMO_CLIENT,
    cookieSecret: COOKIE_SECRET,
    apiBaseUrl: 'https://api.example/api',
  };
  it('rejects a short cookie secret and a redirect URI that is not its callback', () => {
    assert.throws(
      () =>
        createTokenBridge({
          ...base,
          redirectUri: 'https://site.example/autoshares/callback',
          cookieSecret: 'short',
        }),
      /cookieSecret/,
    );
    assert.throws(
      () => createTokenBridge({ ...base, redirectUri: 'https://site.example/elsewhere' }),
      /callback/,
    );
  });

  it('marks cookies Secure on an https site', async () => {
    const bridge = createTokenBridge({
      ...base,
      redirectUri: 'https://site.example/autoshares/callback',
    });
    const response = await bridge(new Request('https://site.example/autoshares/login'));
    assert.match(response.headers.get('Set-Cookie') ?? '', /; Secure/);
  });
});

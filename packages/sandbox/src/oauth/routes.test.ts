/**
 * The OAuth routes on the sandbox app, through its Web-standard fetch: RFC 6749 statuses and
 * bodies, pages that never leak into a redirect, and tokens the REST API accepts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createSandbox } from '../sandbox.ts';
import { APP_KEY, DEMO_2FA_USER, DEMO_USER, VERIFICATION_CODE } from '../world/users.ts';
import { DEMO_OAUTH_CLIENT } from './clients.ts';
import { registerOAuthRoutes } from './routes.ts';

const ORIGIN = 'http://sandbox.test';
const REDIRECT = 'http://127.0.0.1:8123/autoshares/callback';
const sandbox = createSandbox({ autoStart: false });
registerOAuthRoutes(sandbox.app, sandbox.world, { accessTokenLifetimeMs: 60_000 });
after(() => sandbox.close());

const call = (path: string, init?: RequestInit) =>
  sandbox.fetch(new Request(`${ORIGIN}${path}`, init));
const form = (
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields),
});
const hidden = (html: string) => /name="interaction" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** Authorize → sign in → allow; returns the code. */
async function code(
  user: { username: string; password: string; verification_code?: string } = DEMO_USER,
): Promise<string> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_OAUTH_CLIENT.clientId,
    redirect_uri: REDIRECT,
    state: 's',
  });
  const page = await call(`/authorize?${query}`);
  assert.equal(page.status, 200);
  const consent = await call(
    '/authorize/sign-in',
    form({ interaction: hidden(await page.text()), ...user }),
  );
  assert.equal(consent.status, 200);
  // Browsers apply form-action to the redirect after "Allow": the callback's origin must be allowed.
  assert.match(
    consent.headers.get('Content-Security-Policy') ?? '',
    /form-action 'self' http:\/\/127\.0\.0\.1:8123;/,
  );
  const back = await call(
    '/authorize/consent',
    form({ interaction: hidden(await consent.text()), decision: 'allow' }),
  );
  assert.equal(back.status, 302);
  const location = new URL(back.headers.get('Location') ?? '');
  assert.equal(location.searchParams.get('state'), 's');
  return location.searchParams.get('code') ?? '';
}

describe('sandbox OAuth routes', () => {
  it('issues tokens the REST API accepts like /token tokens', async () => {
    const basic =
      'Basic ' + btoa(`${DEMO_OAUTH_CLIENT.clientId}:${DEMO_OAUTH_CLIENT.clientSecret}`);
    const response = await call(
      '/oauth/token',
      form(
        { grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT },
        { Authorization: basic },
      ),
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const body = (await response.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
    };
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 60);
    const info = await call('/api/v1.0/users/@me/info', {
      headers: { Authorization: `Bearer ${body.access_token}`, 'Et-App-Key': APP_KEY },
    });
    assert.equal(info.status, 200);
  });

  it('asks a two-step user for the verification code', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: DEMO_OAUTH_CLIENT.clientId,
      redirect_uri: REDIRECT,
    });
    const page = await call(`/authorize?${query}`);
    const retry = await call(
      '/authorize/sign-in',
      form({ interaction: hidden(await page.text()), ...DEMO_2FA_USER }),
    );
    assert.equal(retry.status, 401);
    assert.match(await retry.text(), /verification code/);
    assert.ok(await code({ ...DEMO_2FA_USER, verification_code: VERIFICATION_CODE }));
  });

  it('answers RFC 6749 §5.2 errors with their statuses', async () => {
    const wrongSecret = await call(
      '/oauth/token',
      form({
        grant_type: 'authorization_code',
        code: 'x',
        redirect_uri: REDIRECT,
        client_id: DEMO_OAUTH_CLIENT.clientId,
        client_secret: 'no',
      }),
    );
    assert.equal(wrongSecret.status, 401);
    assert.match(wrongSecret.headers.get('WWW-Authenticate') ?? '', /^Basic/);
    assert.equal(((await wrongSecret.json()) as { error: string }).error, 'invalid_client');

    const secret = {
      client_id: DEMO_OAUTH_CLIENT.clientId,
      client_secret: DEMO_OAUTH_CLIENT.clientSecret,
    };
    const unsupported = await call('/oauth/token', form({ grant_type: 'password', ...secret }));
    assert.equal(unsupported.status, 400);
    assert.equal(((await unsupported.json()) as { error: string }).error, 'unsupported_grant_type');

    const json = await call('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', ...secret }),
    });
    assert.equal(json.status, 400);
    assert.equal(((await json.json()) as { error: string }).error, 'invalid_request');
  });

  it('shows an escaped error page, without redirecting, for an unknown client', async () => {
    const page = await call(
      `/authorize?response_type=code&client_id=${encodeURIComponent('<script>x')}&redirect_uri=${REDIRECT}`,
    );
    assert.equal(page.status, 400);
    assert.equal(page.headers.get('Location'), null);
    const html = await page.text();
    assert.ok(html.includes('&lt;script&gt;x'));
    assert.ok(!html.includes('<script>x'));
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/);
  });

  it('revokes refresh tokens through the control route', async () => {
    const secret = {
      client_id: DEMO_OAUTH_CLIENT.clientId,
      client_secret: DEMO_OAUTH_CLIENT.clientSecret,
    };
    const tokens = (await (
      await call(
        '/oauth/token',
        form({
          grant_type: 'authorization_code',
          code: await code(),
          redirect_uri: REDIRECT,
          ...secret,
        }),
      )
    ).json()) as { refresh_token: string };
    const revoke = await call(
      '/__sandbox/oauth/revoke',
      form({ refresh_token: tokens.refresh_token }),
    );
    assert.deepEqual(await revoke.json(), { revoked: 1 });
    const refresh = await call(
      '/oauth/token',
      form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, ...secret }),
    );
    assert.equal(refresh.status, 400);
    assert.equal(((await refresh.json()) as { error: string }).error, 'invalid_grant');
  });
});

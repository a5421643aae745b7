import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OAuthAuthorizationServer, type OAuthWorld } from './authorization-server.ts';
import { DEMO_OAUTH_CLIENT, isRegisteredRedirectUri, type OAuthClient } from './clients.ts';
import { OAuthError } from './errors.ts';
import { s256Challenge } from './pkce.ts';

const REDIRECT = 'http://127.0.0.1:4000/autoshares/callback';
const VERIFIER = 'a'.repeat(20) + '-verifier-' + 'b'.repeat(20);

/** A world with one user (`demo`/`pw`, id 7) and a hand-moved clock. */
function fakeWorld() {
  let time = 1_000_000;
  const live = new Map<string, number>();
  let n = 0;
  const world: OAuthWorld = {
    now: () => time,
    authenticateUser: (u, p) =>
      u === 'demo' && p === 'pw' ? { userId: 7 } : { error: 'Wrong username or password.' },
    issueAccessToken: (userId, lifetimeMs) => {
      const token = `at-${++n}`;
      live.set(token, time + lifetimeMs);
      return token;
    },
    revokeAccessToken: (token) => void live.delete(token),
  };
  const isLive = (token: string) => (live.get(token) ?? 0) > time;
  return { world, isLive, advance: (ms: number) => (time += ms) };
}

function authorizeParams(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_OAUTH_CLIENT.clientId,
    redirect_uri: REDIRECT,
    state: 'st-1',
    ...extra,
  });
}

/** Runs /authorize → sign-in → consent and returns the redirect URL. */
async function codeRedirect(
  server: OAuthAuthorizationServer,
  extra: Record<string, string> = {},
): Promise<URL> {
  const start = server.authorize(authorizeParams(extra));
  assert.equal(start.type, 'sign-in');
  const signedIn = server.signIn(start.interaction.id, 'demo', 'pw');
  assert.equal(signedIn.type, 'consent');
  const done = server.consent(start.interaction.id, true);
  assert.equal(done.type, 'redirect');
  return new URL(done.location);
}

const secretPost = (form: Record<string, string>) =>
  new URLSearchParams({
    client_id: DEMO_OAUTH_CLIENT.clientId,
    client_secret: DEMO_OAUTH_CLIENT.clientSecret,
    ...form,
  });

async function rejects(promise: Promise<unknown>, code: string, status = 400): Promise<OAuthError> {
  const error = await promise.then(
    () => assert.fail('expected an OAuth error'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof OAuthError, String(error));
  assert.equal(error.code, code);
  assert.equal(error.status, status);
  assert.ok(error.description.length > 0);
  return error;
}

describe('OAuth authorization server', () => {
  it('accepts loopback redirect URIs on any port but only the registered path', () => {
    assert.ok(
      isRegisteredRedirectUri(DEMO_OAUTH_CLIENT, 'http://localhost:5173/autoshares/callback'),
    );
    assert.ok(isRegisteredRedirectUri(DEMO_OAUTH_CLIENT, 'http://127.0.0.1/autoshares/callback'));
    assert.ok(!isRegisteredRedirectUri(DEMO_OAUTH_CLIENT, 'http://127.0.0.1:5173/elsewhere'));
    assert.ok(
      !isRegisteredRedirectUri(DEMO_OAUTH_CLIENT, 'https://evil.example/autoshares/callback'),
    );
    assert.ok(
      !isRegisteredRedirectUri(
        DEMO_OAUTH_CLIENT,
        'http://127.0.0.1.evil.example/autoshares/callback',
      ),
    );
  });

  it('shows an error page and never redirects for an unknown client or unregistered redirect_uri', () => {
    const server = new OAuthAuthorizationServer(fakeWorld().world);
    const unknown = server.authorize(authorizeParams({ client_id: 'nobody' }));
    assert.equal(unknown.type, 'error-page');
    const foreign = server.authorize(authorizeParams({ redirect_uri: 'https://evil.example/cb' }));
    assert.equal(foreign.type, 'error-page');
    assert.match(foreign.type === 'error-page' ? foreign.message : '', /not registered/);
  });

  it('redirects RFC 6749 §4.1.2.1 errors back to the client with the state', () => {
    const server = new OAuthAuthorizationServer(fakeWorld().world);
    const cases: [Record<string, string>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge_method: 'S256' }, 'invalid_request'],
    ];
    for (const [extra, code] of cases) {
      const outcome = server.authorize(authorizeParams(extra));
      assert.equal(outcome.type, 'redirect');
      const url = new URL(outcome.type === 'redirect' ? outcome.location : '');
      assert.equal(url.searchParams.get('error'), code);
      assert.equal(url.searchParams.get('state'), 'st-1');
      assert.equal(url.origin + url.pathname, 'http://127.0.0.1:4000/autoshares/callback');
    }
  });

  it('keeps the sign-in form up with a message after wrong credentials', () => {
    const server = new OAuthAuthorizationServer(fakeWorld().world);
    const start = server.authorize(authorizeParams());
    assert.equal(start.type, 'sign-in');
    const wrong = server.signIn(start.interaction.id, 'demo', 'nope');
    assert.equal(wrong.type, 'sign-in');
    assert.equal(wrong.type === 'sign-in' ? wrong.message : '', 'Wrong username or password.');
  });

  it('redirects with access_denied when the user declines', async () => {
    const server = new OAuthAuthorizationServer(fakeWorld().world);
    const start = server.authorize(authorizeParams());
    assert.equal(start.type, 'sign-in');
    server.signIn(start.interaction.id, 'demo', 'pw');
    const denied = server.consent(start.interaction.id, false);
    assert.equal(denied.type, 'redirect');
    assert.equal(
      new URL(denied.type === 'redirect' ? denied.location : '').searchParams.get('error'),
      'access_denied',
    );
  });

  it('exchanges a PKCE-bound code once, with client_secret_post or Basic, then refreshes', async () => {
    const { world, isLive } = fakeWorld();
    const server = new OAuthAuthorizationServer(world, { accessTokenLifetimeMs: 60_000 });
    const back = await codeRedirect(server, {
      code_challenge: await s256Challenge(VERIFIER),
      code_challenge_method: 'S256',
    });
    assert.equal(back.searchParams.get('state'), 'st-1');
    const code = back.searchParams.get('code') ?? '';
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };
    await rejects(
      server.token(secretPost({ ...form, code_verifier: 'z'.repeat(43) }), null),
      'invalid_grant',
    );
    const basic =
      'Basic ' + btoa(`${DEMO_OAUTH_CLIENT.clientId}:${DEMO_OAUTH_CLIENT.clientSecret}`);
    const tokens = await server.token(
      new URLSearchParams({ ...form, code_verifier: VERIFIER }),
      basic,
    );
    assert.equal(tokens.token_type, 'Bearer');
    assert.equal(tokens.expires_in, 60);
    assert.ok(isLive(tokens.access_token));
    assert.ok(tokens.refresh_token);
    const refreshed = await server.token(
      secretPost({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
      null,
    );
    assert.notEqual(refreshed.access_token, tokens.access_token);
    assert.ok(isLive(refreshed.access_token));
  });

  it('refuses a replayed code and revokes every token issued from it', async () => {
    const { world, isLive } = fakeWorld();
    const server = new OAuthAuthorizationServer(world);
    const code = (await codeRedirect(server)).searchParams.get('code') ?? '';
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };
    const first = await server.token(secretPost(form), null);
    const refreshed = await server.token(
      secretPost({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' }),
      null,
    );
    const replay = await rejects(server.token(secretPost(form), null), 'invalid_grant');
    assert.match(replay.description, /already used/);
    assert.ok(!isLive(first.access_token));
    assert.ok(!isLive(refreshed.access_token));
    await rejects(
      server.token(
        secretPost({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' }),
        null,
      ),
      'invalid_grant',
    );
  });

  it('refuses an expired code, a wrong redirect_uri, and a missing verifier', async () => {
    const { world, advance } = fakeWorld();
    const server = new OAuthAuthorizationServer(world, { codeLifetimeMs: 1000 });
    const expired = (await codeRedirect(server)).searchParams.get('code') ?? '';
    advance(1000);
    const err = await rejects(
      server.token(
        secretPost({ grant_type: 'authorization_code', code: expired, redirect_uri: REDIRECT }),
        null,
      ),
      'invalid_grant',
    );
    assert.match(err.description, /expired/);
    const code = (await codeRedirect(server)).searchParams.get('code') ?? '';
    const other = 'http://127.0.0.1:4001/autoshares/callback';
    await rejects(
      server.token(
        secretPost({ grant_type: 'authorization_code', code, redirect_uri: other }),
        null,
      ),
      'invalid_grant',
    );
    const pkce = await codeRedirect(server, {
      code_challenge: await s256Challenge(VERIFIER),
      code_challenge_method: 'S256',
    });
    await rejects(
      server.token(
        secretPost({
          grant_type: 'authorization_code',
          code: pkce.searchParams.get('code') ?? '',
          redirect_uri: REDIRECT,
        }),
        null,
      ),
      'invalid_grant',
    );
  });

  it('answers client and grant-type errors per RFC 6749 §5.2', async () => {
    const limited: OAuthClient = {
      ...DEMO_OAUTH_CLIENT,
      clientId: 'no-refresh',
      grantTypes: ['authorization_code'],
    };
    const server = new OAuthAuthorizationServer(fakeWorld().world, {
      clients: [DEMO_OAUTH_CLIENT, limited],
    });
    const code = { grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT };
    await rejects(
      server.token(secretPost({ ...code, client_secret: 'wrong' }), null),
      'invalid_client',
      401,
    );
    await rejects(
      server.token(new URLSearchParams({ ...code, client_id: DEMO_OAUTH_CLIENT.clientId }), null),
      'invalid_client',
      401,
    );
    await rejects(server.token(new URLSearchParams(code), null), 'invalid_client', 401);
    await rejects(
      server.token(secretPost({ grant_type: 'password' }), null),
      'unsupported_grant_type',
    );
    await rejects(server.token(secretPost({}), null), 'invalid_request');
    await rejects(
      server.token(secretPost({ grant_type: 'authorization_code', redirect_uri: REDIRECT }), null),
      'invalid_request',
    );
    await rejects(
      server.token(
        new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: 'r',
          client_id: 'no-refresh',
          client_secret: limited.clientSecret,
        }),
        null,
      ),
      'unauthorized_client',
    );
    await rejects(
      server.token(secretPost({ grant_type: 'refresh_token', refresh_token: 'unknown' }), null),
      'invalid_grant',
    );
  });

  it('revokes refresh tokens on request', async () => {
    const { world } = fakeWorld();
    const server = new OAuthAuthorizationServer(world);
    const code = (await codeRedirect(server)).searchParams.get('code') ?? '';
    const tokens = await server.token(
      secretPost({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT }),
      null,
    );
    assert.equal(server.revokeRefreshTokens({ userId: 7 }), 1);
    await rejects(
      server.token(
        secretPost({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }),
        null,
      ),
      'invalid_grant',
    );
  });
});

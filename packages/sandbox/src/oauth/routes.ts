/**
 * The authorization server's HTTP face, at the sandbox root (as on AutoShares' Auth0 tenant):
 *
 * - `GET /authorize`: validates the request, shows the sign-in form;
 * - `POST /authorize/sign-in`: checks the credentials, shows the consent step;
 * - `POST /authorize/consent`: redirects to `redirect_uri?code=…&state=…` (or `error=access_denied`);
 * - `POST /oauth/token`: `authorization_code` and `refresh_token` grants (RFC 6749 §4.1.3, §6);
 * - `POST /__sandbox/oauth/revoke`: control route, revokes refresh tokens
 *   (JSON or form body: `{ refresh_token? , userId?, clientId? }`; none of them: all).
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../contract.ts';
import type { World } from '../world/world.ts';
import {
  OAuthAuthorizationServer,
  type AuthorizationServerOptions,
  type AuthorizeOutcome,
} from './authorization-server.ts';
import { OAuthError } from './errors.ts';
import { consentPage, errorPage, signInPage } from './pages.ts';
import { oauthWorldOf } from './world-port.ts';

/**
 * Pages must not be framed (consent click-jacking) nor cached. Browsers apply `form-action` to
 * the redirect that follows a form post too, so the consent page also allows the (already
 * validated) redirect URI's origin: otherwise "Allow" could never reach the client's callback.
 */
function pageHeaders(redirectUri?: string): Record<string, string> {
  const formAction = redirectUri ? `'self' ${new URL(redirectUri).origin}` : "'self'";
  return {
    'Cache-Control': 'no-store',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

const SIGN_IN_PATH = '/authorize/sign-in';
const CONSENT_PATH = '/authorize/consent';

/**
 * Mounts the OAuth routes on the sandbox app and returns the authorization server (for tests
 * and control: `revokeRefreshTokens`, lifetimes).
 */
export function registerOAuthRoutes(
  app: Hono<SandboxEnv>,
  world: World,
  options: AuthorizationServerOptions = {},
): OAuthAuthorizationServer {
  const server = new OAuthAuthorizationServer(oauthWorldOf(world), options);

  app.get('/authorize', (c) => respond(c, server.authorize(new URL(c.req.url).searchParams)));

  app.post(SIGN_IN_PATH, async (c) => {
    const form = await formOf(c);
    const outcome = server.signIn(
      form.get('interaction') ?? '',
      form.get('username') ?? '',
      form.get('password') ?? '',
      form.get('verification_code') || undefined,
    );
    return respond(c, outcome);
  });

  app.post(CONSENT_PATH, async (c) => {
    const form = await formOf(c);
    return respond(
      c,
      server.consent(form.get('interaction') ?? '', form.get('decision') === 'allow'),
    );
  });

  app.post('/oauth/token', async (c) => {
    const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
    try {
      if (!isForm(c)) {
        throw new OAuthError(
          'invalid_request',
          'The token request must be application/x-www-form-urlencoded.',
        );
      }
      const body = await server.token(await formOf(c), c.req.header('Authorization') ?? null);
      return c.json(body, 200, noStore);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      const headers: Record<string, string> = { ...noStore };
      if (error.status === 401) headers['WWW-Authenticate'] = 'Basic realm="autoshares-sandbox"';
      return c.json(error.toJSON(), error.status, headers);
    }
  });

  app.post('/__sandbox/oauth/revoke', async (c) => {
    const body = isForm(c)
      ? Object.fromEntries(await formOf(c))
      : ((await c.req.json().catch(() => ({}))) as Record<string, unknown>);
    const refreshToken = typeof body.refresh_token === 'string' ? body.refresh_token : undefined;
    const userId = body.userId === undefined ? undefined : Number(body.userId);
    const clientId = typeof body.clientId === 'string' ? body.clientId : undefined;
    const revoked = server.revokeRefreshTokens({
      refreshToken,
      userId: Number.isFinite(userId) ? userId : undefined,
      clientId,
    });
    return c.json({ revoked });
  });

  return server;
}

function respond(c: Context, outcome: AuthorizeOutcome): Response {
  switch (outcome.type) {
    case 'redirect':
      return c.redirect(outcome.location, 302);
    case 'error-page':
      return c.html(errorPage(outcome.message), outcome.status, pageHeaders());
    case 'sign-in':
      return c.html(
        signInPage(outcome.interaction, SIGN_IN_PATH, outcome.message),
        outcome.message ? 401 : 200,
        pageHeaders(),
      );
    case 'consent':
      return c.html(
        consentPage(outcome.interaction, CONSENT_PATH),
        200,
        pageHeaders(outcome.interaction.redirectUri),
      );
  }
}

function isForm(c: Context): boolean {
  return (c.req.header('Content-Type') ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
}

async function formOf(c: Context): Promise<URLSearchParams> {
  return new URLSearchParams(await c.req.text());
}

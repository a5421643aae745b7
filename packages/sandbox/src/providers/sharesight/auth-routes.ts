/**
 * The authorization routes of the simulated Sharesight (under its base path):
 *
 * - OAuth 2.0: `GET|POST /oauth2/authorize`, `POST /oauth2/token`, `POST /oauth2/revoke`,
 *   `GET /oauth2/token/info`;
 * - OAuth 1.0a (seed): `POST /oauth/request_token`, `GET|POST /oauth/authorize`,
 *   `POST /oauth/access_token`.
 */
import type { Context, Hono } from 'hono';
import { findUser } from './data.ts';
import { OAuth1Error, USER_DETAIL_PARAMS, type OAuth1Server } from './oauth1.ts';
import { parseOAuthHeader } from './oauth1-signature.ts';
import { OAuth2Error, type OAuth2Server } from './oauth2.ts';
import { grantPage, messagePage } from './pages.ts';
import type { SharesightEnv } from './env.ts';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

async function formOf(c: Context): Promise<URLSearchParams> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await c.req.text());
}

function basicAuth(c: Context): { id: string; secret: string } | null {
  const header = c.req.header('Authorization') ?? '';
  if (!/^Basic\s/i.test(header)) return null;
  const decoded = atob(header.replace(/^Basic\s+/i, ''));
  const at = decoded.indexOf(':');
  if (at < 0) return null;
  return {
    id: decodeURIComponent(decoded.slice(0, at)),
    secret: decodeURIComponent(decoded.slice(at + 1)),
  };
}

function oauth2ErrorResponse(c: Context, error: unknown): Response {
  if (!(error instanceof OAuth2Error)) throw error;
  return c.json(
    { error: error.error, error_description: error.description },
    error.status as 400,
    NO_STORE,
  );
}

/** What an OAuth 1.0a request says, for the verifier. */
export async function signedRequestOf(c: Context) {
  const form = [...(await formOf(c))];
  const header = parseOAuthHeader(c.req.header('Authorization'));
  const url = new URL(c.req.url);
  // Parameters may also travel in the query or the body (RFC 5849 §3.5.2–3).
  const oauthParams =
    header ?? [...url.searchParams, ...form].filter(([k]) => k.startsWith('oauth_'));
  const others = header ? form : form.filter(([k]) => !k.startsWith('oauth_'));
  if (!header) for (const [k] of oauthParams) url.searchParams.delete(k);
  return {
    method: c.req.method,
    url,
    authorization: c.req.header('Authorization') ?? null,
    form: others,
    oauthParams,
  };
}

export function oauth1ErrorResponse(c: Context, error: unknown): Response {
  if (!(error instanceof OAuth1Error)) throw error;
  return c.json({ error: error.problem, reason: error.reason }, error.status as 401);
}

const formEncoded = (c: Context, body: Record<string, string>) =>
  c.body(new URLSearchParams(body).toString(), 200, {
    ...NO_STORE,
    'Content-Type': 'application/x-www-form-urlencoded',
  });

export function registerSharesightAuthRoutes(
  app: Hono<SharesightEnv>,
  oauth2: OAuth2Server,
  oauth1: OAuth1Server,
  basePath: string,
): void {
  // OAuth 2.0 -----------------------------------------------------------------------------
  app.get('/oauth2/authorize', (c) => {
    const params = new URL(c.req.url).searchParams;
    try {
      oauth2.checkAuthorize(params);
    } catch (error) {
      if (error instanceof OAuth2Error)
        return c.html(messagePage('Sharesight: bad request', error.description), 400);
      throw error;
    }
    return c.html(
      grantPage({
        action: `${basePath}/oauth2/authorize`,
        hidden: [...params],
        details: [],
        email: '',
      }),
      200,
      NO_STORE,
    );
  });

  app.post('/oauth2/authorize', async (c) => {
    const form = await formOf(c);
    const params = new URLSearchParams(
      [...form].filter(([k]) => !['email', 'password', 'decision'].includes(k)),
    );
    try {
      oauth2.checkAuthorize(params);
    } catch (error) {
      if (error instanceof OAuth2Error)
        return c.html(messagePage('Sharesight: bad request', error.description), 400);
      throw error;
    }
    const redirect = new URL(params.get('redirect_uri') ?? '');
    const state = params.get('state');
    if (state !== null) redirect.searchParams.set('state', state);
    if (form.get('decision') !== 'allow') {
      redirect.searchParams.set('error', 'access_denied');
      return c.redirect(redirect.href, 302);
    }
    const user = findUser(form.get('email') ?? '');
    if (!user || user.password !== form.get('password'))
      return c.html(
        grantPage({
          action: `${basePath}/oauth2/authorize`,
          hidden: [...params],
          details: [],
          email: form.get('email') ?? '',
          error: 'Invalid e-mail or password.',
        }),
        401,
        NO_STORE,
      );
    redirect.searchParams.set('code', oauth2.issueCode(params, user.id));
    return c.redirect(redirect.href, 302);
  });

  app.post('/oauth2/token', async (c) => {
    try {
      return c.json(await oauth2.token(await formOf(c), basicAuth(c)), 200, NO_STORE);
    } catch (error) {
      return oauth2ErrorResponse(c, error);
    }
  });

  app.post('/oauth2/revoke', async (c) => {
    try {
      oauth2.revoke(await formOf(c), basicAuth(c));
      return c.json({}, 200, NO_STORE);
    } catch (error) {
      return oauth2ErrorResponse(c, error);
    }
  });

  app.get('/oauth2/token/info', (c) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    const grant = oauth2.lookup(bearer);
    if (typeof grant === 'string')
      return c.json(
        { error: 'invalid_token', error_description: `The access token is ${grant}` },
        401,
      );
    return c.json({
      resource_owner_id: grant.userId,
      scope: [],
      expires_in: oauth2.expiresIn(grant),
      application: { uid: grant.clientId },
      created_at: Math.floor(grant.createdAt / 1000),
    });
  });

  // OAuth 1.0a (seed) ---------------------------------------------------------------------
  app.post('/oauth/request_token', async (c) => {
    try {
      return formEncoded(c, await oauth1.requestToken(await signedRequestOf(c)));
    } catch (error) {
      return oauth1ErrorResponse(c, error);
    }
  });

  const authorizePage = (params: URLSearchParams, error?: string) =>
    grantPage({
      action: `${basePath}/oauth/authorize`,
      hidden: [['oauth_token', params.get('oauth_token') ?? '']],
      details: USER_DETAIL_PARAMS.flatMap((k) =>
        params.get(k) ? [[k, params.get(k) ?? '']] : [],
      ) as [string, string][],
      email: params.get('email') ?? '',
      error,
    });

  app.get('/oauth/authorize', (c) => {
    const params = new URL(c.req.url).searchParams;
    const country = params.get('country_code');
    if (country !== null && !/^[A-Za-z]{2}$/.test(country))
      return c.html(
        messagePage('Sharesight: bad request', 'country_code must be a two-letter code.'),
        400,
      );
    if (!oauth1.pendingRequestToken(params.get('oauth_token') ?? ''))
      return c.html(
        messagePage('Sharesight: bad request', 'The request token is unknown or already used.'),
        400,
      );
    return c.html(authorizePage(params), 200, NO_STORE);
  });

  app.post('/oauth/authorize', async (c) => {
    const form = await formOf(c);
    const token = form.get('oauth_token') ?? '';
    if (!oauth1.pendingRequestToken(token))
      return c.html(
        messagePage('Sharesight: bad request', 'The request token is unknown or already used.'),
        400,
      );
    if (form.get('decision') !== 'allow')
      return c.html(messagePage('Sharesight', 'Access was not granted.'), 403);
    const user = findUser(form.get('email') ?? '');
    if (!user || user.password !== form.get('password'))
      return c.html(authorizePage(form, 'Invalid e-mail or password.'), 401, NO_STORE);
    const outcome = oauth1.authorize(token, user.id);
    if (outcome.redirect) return c.redirect(outcome.redirect, 302);
    return c.html(messagePage('Sharesight', `Your verification code: ${outcome.verifier}`));
  });

  app.post('/oauth/access_token', async (c) => {
    try {
      return formEncoded(c, await oauth1.accessToken(await signedRequestOf(c)));
    } catch (error) {
      return oauth1ErrorResponse(c, error);
    }
  });
}

/**
 * The token bridge: a framework-free `(Request) => Promise<Response>` a partner mounts under a
 * path of its own site (default `/autoshares`). It signs the user in to AutoShares with the
 * Authorization Code flow (state + PKCE, secret key kept on the server), keeps the tokens in a
 * sealed httpOnly cookie, and hands the access token only to pages of the same site.
 *
 * Routes under `basePath`:
 * - `GET login[?return_to=/path][&popup=1]`: redirect to AutoShares' sign-in;
 * - `GET callback`: AutoShares' redirect back; checks state, exchanges the code;
 * - `GET token`: `{ access_token, token_type, expires_at, api_base_url, api_origin }`
 *   (`expires_at` in epoch seconds; the API the token is for) to same-origin
 *   callers, refreshing first when the access token is near expiry; 401 when signed out,
 *   403 for a cross-origin caller. `POST token` always refreshes (for a page whose token the
 *   API has just refused with 401);
 * - `POST logout`: forgets the session (204, or 303 to `return_to` for a form post).
 *
 * The bridge never reads a request body, never logs, and never puts a token in a URL.
 */
import { generateRandomNonce } from 'oauth4webapi';
import { BridgeError, OAuthClient } from './oauth-client.ts';
import { resolveOptions, type ResolvedOptions, type TokenBridgeOptions } from './options.ts';
import { callbackPage, pageHeaders, type SignInMessage } from './pages.ts';
import { safeReturnTo } from './return-to.ts';
import { isSameOriginRequest } from './same-origin.ts';
import {
  LOGIN_COOKIE,
  LOGIN_MAX_AGE_SECONDS,
  SealedCookies,
  SESSION_COOKIE,
  type LoginState,
  type SessionState,
} from './sealed-cookies.ts';

/** The bridge's request handler; `basePath` tells adapters which requests are its own. */
export interface TokenBridge {
  (request: Request): Promise<Response>;
  /** The normalised mount path, e.g. `/autoshares`. */
  readonly basePath: string;
}

/** What the `token` route answers. */
export interface BridgeTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  /** When the access token expires, seconds since the epoch. */
  expires_at: number;
  /**
   * The AutoShares API base URL this token is for (the bridge's `apiBaseUrl`). `<as-session>`
   * uses the token only when its `base-url` is this URL.
   */
  api_base_url: string;
  /** The origin of `api_base_url`: the only origin (with its streamers) the token may go to. */
  api_origin: string;
}

/** Headers of every JSON answer: never cached, never readable by another site. */
const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  Vary: 'Cookie, Origin, Sec-Fetch-Site',
};

/** Creates the bridge. Throws a TypeError at once for a misconfiguration. */
export function createTokenBridge(options: TokenBridgeOptions): TokenBridge {
  const resolved = resolveOptions(options);
  const cookies = new SealedCookies(resolved);
  const client = new OAuthClient(resolved);
  const routes: Record<string, (request: Request, url: URL) => Promise<Response>> = {
    login: (_request, url) => login(resolved, cookies, client, url),
    callback: (request, url) => callback(resolved, cookies, client, request, url),
    token: (request) => token(resolved, cookies, client, request),
    logout: (request, url) => logout(resolved, cookies, request, url),
  };
  const methods: Record<string, string[]> = {
    login: ['GET', 'HEAD'],
    callback: ['GET'],
    token: ['GET', 'POST'],
    logout: ['POST'],
  };

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const prefix = `${resolved.basePath}/`;
    const name = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
    if (!route)
      return json(
        { error: 'not_found', error_description: 'No such AutoShares bridge route.' },
        404,
      );
    if (!methods[name].includes(request.method)) {
      return json(
        { error: 'method_not_allowed', error_description: `Use ${methods[name].join(' or ')}.` },
        405,
        {
          Allow: methods[name].join(', '),
        },
      );
    }
    return route(request, url);
  };
  return Object.assign(handler, { basePath: resolved.basePath });
}

async function login(
  options: ResolvedOptions,
  cookies: SealedCookies,
  client: OAuthClient,
  url: URL,
): Promise<Response> {
  const { url: authorizeUrl, state, codeVerifier } = await client.startSignIn();
  const pending: LoginState = {
    state,
    codeVerifier,
    returnTo: safeReturnTo(url.searchParams.get('return_to'), options.origin),
    popup: url.searchParams.get('popup') === '1',
  };
  const headers = new Headers({
    Location: authorizeUrl.href,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  headers.append('Set-Cookie', await cookies.write(LOGIN_COOKIE, pending, LOGIN_MAX_AGE_SECONDS));
  return new Response(null, { status: 302, headers });
}

async function callback(
  options: ResolvedOptions,
  cookies: SealedCookies,
  client: OAuthClient,
  request: Request,
  url: URL,
): Promise<Response> {
  const pending = await cookies.read<LoginState>(request, LOGIN_COOKIE);
  const headers = new Headers();
  headers.append('Set-Cookie', cookies.clear(LOGIN_COOKIE));
  const nonce = generateRandomNonce();
  for (const [name, value] of Object.entries(pageHeaders(nonce))) headers.set(name, value);
  const page = (message: SignInMessage, status: number, popup: boolean, returnTo: string) =>
    new Response(callbackPage({ nonce, origin: options.origin, message, returnTo, popup }), {
      status,
      headers,
    });

  if (!pending) {
    // Drop any older session: a sign-in that cannot be completed must not leave one behind.
    headers.append('Set-Cookie', cookies.clear(SESSION_COOKIE));
    const error = new BridgeError(
      'login_expired',
      'This sign-in was not started in this browser, or took longer than 10 minutes. Start again.',
      400,
    );
    return page(failure(error), error.status, false, '/');
  }
  try {
    const session = await client.finishSignIn(url, pending);
    headers.append('Set-Cookie', await writeSession(options, cookies, session));
    if (!pending.popup) {
      headers.set('Location', pending.returnTo);
      return new Response(null, { status: 303, headers });
    }
    return page({ type: 'autoshares:sign-in', ok: true }, 200, true, pending.returnTo);
  } catch (error) {
    if (!(error instanceof BridgeError)) throw error;
    headers.append('Set-Cookie', cookies.clear(SESSION_COOKIE));
    return page(failure(error), error.status, pending.popup, pending.returnTo);
  }
}

async function token(
  options: ResolvedOptions,
  cookies: SealedCookies,
  client: OAuthClient,
  request: Request,
): Promise<Response> {
  if (!isSameOriginRequest(request, options.origin)) {
    return json(
      {
        error: 'forbidden',
        error_description: 'The AutoShares token is given only to pages of this site.',
      },
      403,
    );
  }
  let session = await cookies.read<SessionState>(request, SESSION_COOKIE);
  if (!session)
    return json(
      { error: 'login_required', error_description: 'Not signed in to AutoShares.' },
      401,
    );
  const headers = new Headers();
  // POST: "the API refused the token I have" (clocks disagree, revoked): refresh regardless.
  const force = request.method === 'POST';
  if (force || session.expiresAt - Date.now() <= options.refreshMarginMs) {
    if (session.refreshToken) {
      try {
        session = await client.refresh(session.refreshToken);
        headers.append('Set-Cookie', await writeSession(options, cookies, session));
      } catch (error) {
        if (!(error instanceof BridgeError)) throw error;
        if (error.status !== 401)
          return json({ error: error.code, error_description: error.message }, 502);
        headers.append('Set-Cookie', cookies.clear(SESSION_COOKIE));
        return json(
          {
            error: 'login_required',
            error_description: `Your AutoShares sign-in has ended. ${error.message}`,
          },
          401,
          headers,
        );
      }
    } else if (force || session.expiresAt <= Date.now()) {
      // No refresh token: an expired or refused access token ends the session.
      headers.append('Set-Cookie', cookies.clear(SESSION_COOKIE));
      return json(
        {
          error: 'login_required',
          error_description: 'Your AutoShares sign-in has expired. Sign in again.',
        },
        401,
        headers,
      );
    }
  }
  const body: BridgeTokenResponse = {
    access_token: session.accessToken,
    token_type: 'Bearer',
    expires_at: Math.floor(session.expiresAt / 1000),
    api_base_url: options.apiBaseUrl,
    api_origin: options.apiOrigin,
  };
  return json(body, 200, headers);
}

async function logout(
  options: ResolvedOptions,
  cookies: SealedCookies,
  request: Request,
  url: URL,
): Promise<Response> {
  if (!isSameOriginRequest(request, options.origin)) {
    return json(
      {
        error: 'forbidden',
        error_description: 'Sign-out is accepted only from pages of this site.',
      },
      403,
    );
  }
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', cookies.clear(SESSION_COOKIE));
  if (request.headers.get('Sec-Fetch-Mode') === 'navigate' || url.searchParams.has('return_to')) {
    headers.set('Location', safeReturnTo(url.searchParams.get('return_to'), options.origin));
    return new Response(null, { status: 303, headers });
  }
  return new Response(null, { status: 204, headers });
}

async function writeSession(
  options: ResolvedOptions,
  cookies: SealedCookies,
  session: SessionState,
): Promise<string> {
  const untilExpiry = Math.max(1, Math.ceil((session.expiresAt - Date.now()) / 1000));
  return cookies.write(
    SESSION_COOKIE,
    session,
    session.refreshToken ? options.sessionMaxAgeSeconds : untilExpiry,
  );
}

function failure(error: BridgeError): SignInMessage {
  return { type: 'autoshares:sign-in', ok: false, error: error.code, message: error.message };
}

function json(body: object, status: number, extra?: HeadersInit): Response {
  const headers = new Headers(extra);
  for (const [name, value] of Object.entries(JSON_HEADERS)) headers.set(name, value);
  return new Response(JSON.stringify(body), { status, headers });
}

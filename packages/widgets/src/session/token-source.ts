import { checkUrl } from '@autoshares/client';

/**
 * What a host's `tokenProvider` may return: a bare token, an OAuth-style token response
 * (`{ access_token, expires_at? | expires_in? }`), or null when the user is not signed in.
 */
export type TokenProviderResult =
  | string
  | { access_token: string; expires_at?: number | string; expires_in?: number }
  | null
  | undefined;

/**
 * Why the session asks for a token (the client's token manager decides): the first time,
 * shortly before a known expiry, or once after the API answered 401.
 */
export interface TokenRequest {
  reason: 'initial' | 'expiring' | 'unauthorized';
}

/**
 * The host's async callback the session calls whenever it needs a (fresh) token. After a 401
 * (`reason: 'unauthorized'`) it should return a token other than the refused one.
 */
export type TokenProvider = (request?: TokenRequest) => Promise<TokenProviderResult>;

/** A token and, when known, when it expires (epoch ms). */
export interface IssuedToken {
  token: string;
  expiresAt: number | undefined;
}

/** Normalise a provider result; null when it holds no token. */
export function readTokenResult(result: TokenProviderResult, now = Date.now()): IssuedToken | null {
  if (!result) return null;
  if (typeof result === 'string') return { token: result, expiresAt: undefined };
  if (typeof result.access_token !== 'string' || !result.access_token) return null;
  let expiresAt: number | undefined;
  if (typeof result.expires_at === 'number') {
    // seconds or ms since the epoch
    expiresAt = result.expires_at < 1e12 ? result.expires_at * 1000 : result.expires_at;
  } else if (typeof result.expires_at === 'string') {
    const parsed = Date.parse(result.expires_at);
    expiresAt = Number.isNaN(parsed) ? undefined : parsed;
  } else if (typeof result.expires_in === 'number') {
    expiresAt = now + result.expires_in * 1000;
  }
  return { token: result.access_token, expiresAt };
}

/**
 * The token endpoint refused this page (403): the page is not on the origin the sign-in
 * bridge serves, so no sign-in can help. A configuration mistake, not a signed-out user.
 */
export class TokenEndpointForbiddenError extends Error {
  override readonly name = 'TokenEndpointForbiddenError';
  constructor(endpoint: string, why: 'refused' | 'cross-origin') {
    super(
      `AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) ` +
        (why === 'refused' ? 'refused it (403)' : 'is on another origin') +
        `. Serve the page from the same origin as the sign-in bridge ` +
        `(the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
    );
  }
}

/**
 * The token endpoint's token is for another API than the session's `base-url` (or the endpoint
 * did not say which API it is for): it is not used, so markup cannot send the user's token to
 * an origin the sign-in bridge did not issue it for.
 */
export class TokenApiMismatchError extends Error {
  override readonly name = 'TokenApiMismatchError';
  constructor(endpoint: string, baseUrl: string, issuedFor: string | undefined) {
    super(
      issuedFor
        ? `The token from token-endpoint (${endpoint}) is for ${issuedFor}, not for base-url ${baseUrl}; ` +
            `it was not used. Set base-url to the API the sign-in bridge is configured with (apiBaseUrl).`
        : `The token-endpoint (${endpoint}) did not say which API its token is for (api_base_url); ` +
            `it was not used. Use @autoshares/host's bridge, configured with apiBaseUrl.`,
    );
  }
}

/** A base URL as compared: absolute, without trailing slashes. */
function comparableBase(url: string): string {
  return new URL(url, location.href).href.replace(/\/+$/, '');
}

/**
 * A provider that asks the host's own token endpoint (e.g. one served by `@autoshares/host`)
 * with the page's cookies, for the API at `baseUrl`. For pages with no script of their own
 * (`token-endpoint` attribute). `GET` normally; `POST` after the API refused the token (the
 * bridge refreshes at once). 200 → the token, when its `api_base_url` is `baseUrl` (else
 * {@link TokenApiMismatchError}); 401 → null (signed out); 403, or an endpoint on another origin
 * (whose answers a page cannot read) → {@link TokenEndpointForbiddenError}. An endpoint outside
 * the URL policy is refused with a `UrlPolicyError` before any request.
 */
export function endpointTokenProvider(endpoint: string, baseUrl: string): TokenProvider {
  return async (request) => {
    const url = checkUrl(endpoint, { name: 'token-endpoint' });
    if (url.origin !== location.origin)
      throw new TokenEndpointForbiddenError(endpoint, 'cross-origin');
    const response = await fetch(url, {
      method: request?.reason === 'unauthorized' ? 'POST' : 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (response.status === 403) throw new TokenEndpointForbiddenError(endpoint, 'refused');
    if (!response.ok) return null;
    const body = (await response.json()) as TokenProviderResult & { api_base_url?: unknown };
    const issuedFor = typeof body?.api_base_url === 'string' ? body.api_base_url : undefined;
    if (!issuedFor || comparableBase(issuedFor) !== comparableBase(baseUrl))
      throw new TokenApiMismatchError(endpoint, baseUrl, issuedFor);
    return body;
  };
}

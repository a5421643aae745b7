/**
 * The token source of pages without script of their own: `<as-session token-endpoint>`. Its
 * provider is asked like any other (the client's `TokenProvider`); what can go wrong with the
 * endpoint is a configuration mistake of the page, thrown as its own error.
 */
import { checkUrl, type TokenProvider, type TokenResponse } from '@autoshares/client';

/**
 * The token endpoint refused this page (403), or is on another origin (whose answers a page
 * cannot read): the page is not on the origin the sign-in bridge serves, so no sign-in can
 * help. A configuration mistake, not a signed-out user.
 */
export class TokenEndpointForbiddenError extends Error {
  override readonly name = 'TokenEndpointForbiddenError';
  /** `refused`: the endpoint answered 403; `cross-origin`: it is not on the page's origin. */
  readonly why: 'refused' | 'cross-origin';
  /** The token endpoint, as set. */
  readonly endpoint: string;
  constructor(endpoint: string, why: 'refused' | 'cross-origin') {
    super(
      `AutoShares sign-in is not set up for this page: the token endpoint (${endpoint}) ` +
        (why === 'refused' ? 'refused it (403)' : 'is on another origin') +
        `. Serve the page from the same origin as the sign-in bridge ` +
        `(the origin of @autoshares/host's redirectUri) and use a path such as /autoshares/token.`,
    );
    this.why = why;
    this.endpoint = endpoint;
  }
}

/**
 * The token endpoint's token is for another API than the session's `base-url` (or the endpoint
 * did not say which API it is for): it is not used, so markup cannot send the user's token to
 * an origin the sign-in bridge did not issue it for.
 */
export class TokenApiMismatchError extends Error {
  override readonly name = 'TokenApiMismatchError';
  readonly endpoint: string;
  readonly baseUrl: string;
  /** The API the endpoint said its token is for, if it said. */
  readonly issuedFor: string | undefined;
  constructor(endpoint: string, baseUrl: string, issuedFor: string | undefined) {
    super(
      issuedFor
        ? `The token from token-endpoint (${endpoint}) is for ${issuedFor}, not for base-url ${baseUrl}; ` +
            `it was not used. Set base-url to the API the sign-in bridge is configured with (apiBaseUrl).`
        : `The token-endpoint (${endpoint}) did not say which API its token is for (api_base_url); ` +
            `it was not used. Use @autoshares/host's bridge, configured with apiBaseUrl.`,
    );
    this.endpoint = endpoint;
    this.baseUrl = baseUrl;
    this.issuedFor = issuedFor;
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
      method: request.reason === 'unauthorized' ? 'POST' : 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (response.status === 403) throw new TokenEndpointForbiddenError(endpoint, 'refused');
    if (!response.ok) return null;
    const body = (await response.json()) as (TokenResponse & { api_base_url?: unknown }) | null;
    const issuedFor = typeof body?.api_base_url === 'string' ? body.api_base_url : undefined;
    if (!issuedFor || comparableBase(issuedFor) !== comparableBase(baseUrl))
      throw new TokenApiMismatchError(endpoint, baseUrl, issuedFor);
    return body;
  };
}

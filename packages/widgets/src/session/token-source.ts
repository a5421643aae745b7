/**
 * The token source of pages without script of their own: `<as-session token-endpoint>`. Its
 * provider is asked like any other (the client's `TokenProvider`); what can go wrong with the
 * endpoint is a configuration mistake of the page, thrown as its own error.
 */
import { checkUrl, type TokenProvider, type TokenResponse } from '@autoshares/client';

/** The mistakes' classes, loaded when one is thrown. */
const mistakes = () => import('./token-errors.ts');

/** A base URL as compared: absolute, without trailing slashes. */
function comparableBase(url: string): string {
  return new URL(url, location.href).href.replace(/\/+$/, '');
}

/**
 * A provider that asks the host's own token endpoint (e.g. one served by `@autoshares/host`)
 * with the page's cookies, for the API at `baseUrl`. For pages with no script of their own
 * (`token-endpoint` attribute). `GET` normally; `POST` after the API refused the token (the
 * bridge refreshes at once). 200 → the token, when its `api_base_url` is `baseUrl` (else
 * `TokenApiMismatchError`); 401 → null (signed out); 403, or an endpoint on another origin
 * (whose answers a page cannot read) → `TokenEndpointForbiddenError`. An endpoint outside
 * the URL policy is refused with a `UrlPolicyError` before any request.
 */
export function endpointTokenProvider(endpoint: string, baseUrl: string): TokenProvider {
  return async (request) => {
    const url = checkUrl(endpoint, { name: 'token-endpoint' });
    if (url.origin !== location.origin)
      throw new (await mistakes()).TokenEndpointForbiddenError(endpoint, 'cross-origin');
    const response = await fetch(url, {
      method: request.reason === 'unauthorized' ? 'POST' : 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (response.status === 403)
      throw new (await mistakes()).TokenEndpointForbiddenError(endpoint, 'refused');
    if (!response.ok) return null;
    const body = (await response.json()) as (TokenResponse & { api_base_url?: unknown }) | null;
    const issuedFor = typeof body?.api_base_url === 'string' ? body.api_base_url : undefined;
    if (!issuedFor || comparableBase(issuedFor) !== comparableBase(baseUrl))
      throw new (await mistakes()).TokenApiMismatchError(endpoint, baseUrl, issuedFor);
    return body;
  };
}

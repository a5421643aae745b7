/**
 * What a host's `tokenProvider` may return: a bare token, an OAuth-style token response
 * (`{ access_token, expires_at? | expires_in? }`), or null when the user is not signed in.
 */
export type TokenProviderResult =
  | string
  | { access_token: string; expires_at?: number | string; expires_in?: number }
  | null
  | undefined;

/** The host's async callback the session calls whenever it needs a (fresh) token. */
export type TokenProvider = () => Promise<TokenProviderResult>;

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
 * A provider that asks the host's own token endpoint (e.g. one served by `@autoshares/host`)
 * with the page's cookies. For pages with no script of their own (`token-endpoint` attribute).
 */
export function endpointTokenProvider(endpoint: string): TokenProvider {
  return async () => {
    const response = await fetch(endpoint, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    return (await response.json()) as TokenProviderResult;
  };
}

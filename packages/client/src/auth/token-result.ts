/**
 * What a token provider is asked and may answer. The client's one way to a token: it asks its
 * provider (see `TokenManager`); a host that holds the token itself answers with it.
 */

/** Why the client asks for a token. */
export interface TokenRequest {
  /**
   * `'initial'`: a request needs a token and the client holds none (first use, or after
   * `tokenChanged()`); `'expiring'`: the token held expires within the refresh margin;
   * `'unauthorized'`: the API refused the token held (401): return another one.
   */
  reason: 'initial' | 'expiring' | 'unauthorized';
}

/** A token and, when known, when it expires (epoch ms or a `Date`). */
export interface IssuedToken {
  token: string;
  expiresAt?: number | Date;
}

/**
 * An OAuth-style token response, as a token endpoint sends it: `expires_at` in epoch seconds or
 * ms (or an ISO date), or `expires_in` seconds from now.
 */
export interface TokenResponse {
  access_token: string;
  expires_at?: number | string;
  expires_in?: number;
}

/** What a provider may return: a token, with its expiry if known, or nothing (signed out). */
export type TokenResult = string | IssuedToken | TokenResponse | null | undefined;

/**
 * The host's callback the client asks whenever it needs a token (see {@link TokenRequest}).
 * After `'unauthorized'` it should return a token other than the refused one.
 */
export type TokenProvider = (request: TokenRequest) => TokenResult | Promise<TokenResult>;

/** A provider's answer, normalised: the token and its expiry in epoch ms; null when none. */
export function readTokenResult(
  result: TokenResult,
  now = Date.now(),
): { token: string; expiresAt: number | undefined } | null {
  if (!result) return null;
  if (typeof result === 'string') return { token: result, expiresAt: undefined };
  if ('token' in result) {
    if (typeof result.token !== 'string' || !result.token) return null;
    const at = result.expiresAt;
    return { token: result.token, expiresAt: at instanceof Date ? at.getTime() : at };
  }
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

/** A provider that always answers `token` (null: signed out): a token held by the host's script. */
export function fixedToken(
  token: string | null | undefined,
  expiresAt?: number | Date,
): TokenProvider {
  return () => (token ? { token, expiresAt } : null);
}

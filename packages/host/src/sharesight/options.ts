/** Options of the Sharesight bridge and what it stores per person. */

/** Sharesight grants the bridge keeps for a person (never sent to the browser). */
export type SharesightGrant =
  | { kind: 'oauth2'; accessToken: string; refreshToken?: string; expiresAt: number }
  | { kind: 'oauth1'; token: string; tokenSecret: string };

/**
 * Where grants live, keyed by the host's own user id. The default keeps them in memory; a
 * real site stores them encrypted in its database (OAuth 1.0a tokens never expire).
 */
export interface SharesightGrantStore {
  get(userId: string): Promise<SharesightGrant | undefined> | SharesightGrant | undefined;
  set(userId: string, grant: SharesightGrant): Promise<void> | void;
  delete(userId: string): Promise<void> | void;
}

/** The user details the OAuth 1.0a authorize URL may carry (Sharesight Connect, all optional). */
export interface SharesightUserDetails {
  first_name?: string;
  last_name?: string;
  portfolio_name?: string;
  email?: string;
  country_code?: string;
}

export interface SharesightBridgeOptions {
  /** Sharesight's origin and path prefix, e.g. `https://api.sharesight.com` (sandbox: `…/sharesight`). */
  sharesightUrl: string;
  /** `oauth2` (default): authorization code with 1800 s tokens; `oauth1`: Sharesight Connect. */
  flow?: 'oauth2' | 'oauth1';
  /** OAuth 2.0 client id, or the OAuth 1.0a consumer key. */
  clientId: string;
  /** OAuth 2.0 client secret, or the OAuth 1.0a consumer secret. Stays on this server. */
  clientSecret: string;
  /** This site's callback, `https://site/sharesight/callback` (under `basePath`). */
  redirectUri: string;
  /** Where the bridge is mounted (default `/sharesight`). */
  basePath?: string;
  /** The site's signed-in person (its own user id), or null. Only that person's grant is used. */
  userOf(request: Request): Promise<string | null> | string | null;
  /** OAuth 1.0a only: details to prefill Sharesight's sign-up page for this person. */
  userDetailsOf?(userId: string): Promise<SharesightUserDetails> | SharesightUserDetails;
  /** Grant storage (default: in memory). */
  store?: SharesightGrantStore;
  /** Where the callback sends the person afterwards (a same-site path, default `/`). */
  afterConnect?: string;
  /** How long to hold requests after Sharesight's 403 rate answer, ms (default 60 000). */
  rateLimitBackoffMs?: number;
  /** At most this many Sharesight requests at once (default 3: its report concurrency). */
  maxConcurrent?: number;
  /** Allow `http:` Sharesight URLs (tests and the sandbox only). */
  allowInsecureRequests?: boolean;
  /** The fetch used for Sharesight (default global fetch). */
  fetch?: typeof fetch;
}

/** A grant store in memory. */
export function memoryGrantStore(): SharesightGrantStore {
  const grants = new Map<string, SharesightGrant>();
  return {
    get: (userId) => grants.get(userId),
    set: (userId, grant) => void grants.set(userId, grant),
    delete: (userId) => void grants.delete(userId),
  };
}

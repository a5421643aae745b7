/**
 * The options of {@link createTokenBridge} and their resolved, validated form.
 */

export interface TokenBridgeOptions {
  /**
   * The authorization server's base URL (AutoShares' Auth0 tenant, or the sandbox origin). The
   * authorize and token URLs default to `<issuer>/authorize` and `<issuer>/oauth/token`.
   */
  issuer?: string;
  /** The authorization endpoint (default `<issuer>/authorize`). */
  authorizeUrl?: string;
  /** The token endpoint (default `<issuer>/oauth/token`). */
  tokenUrl?: string;
  /** The partner application's client id (the publishable key). */
  clientId: string;
  /** The partner application's secret server-side key. Never sent to a browser. */
  clientSecret: string;
  /** How the secret is sent to the token endpoint (default `client_secret_post`). */
  clientAuthMethod?: 'client_secret_post' | 'client_secret_basic';
  /**
   * The absolute URL of this bridge's `callback` route, exactly as registered with AutoShares,
   * e.g. `https://partner.example/autoshares/callback`. Its origin is the only origin the
   * `token` route answers.
   */
  redirectUri: string;
  /** At least 32 characters of secret; seals the cookies. Rotate it to sign everyone out. */
  cookieSecret: string;
  /** The path the bridge is mounted under (default `/autoshares`). */
  basePath?: string;
  /**
   * The AutoShares API base URL the tokens are for, e.g. `https://api.autoshares.example/api`
   * (https; http only on localhost). Handed to the page with each token as `api_base_url` (and
   * its origin as `api_origin`); `<as-session token-endpoint>` refuses to use a token for any
   * other `base-url`, so markup on the page cannot send the user's token elsewhere.
   */
  apiBaseUrl: string;
  /** OAuth scope to ask for (none by default). */
  scope?: string;
  /** Refresh when the access token has less than this left, ms (default 60 s). */
  refreshMarginMs?: number;
  /** How long a signed-in session lasts when refresh tokens are issued, s (default 30 days). */
  sessionMaxAgeSeconds?: number;
  /**
   * Allow `http:` authorization-server URLs. Default: only on loopback hosts (a local sandbox).
   */
  allowInsecureRequests?: boolean;
  /** The `fetch` used to reach the token endpoint (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

/** {@link TokenBridgeOptions} with defaults applied. */
export interface ResolvedOptions {
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  clientAuthMethod: 'client_secret_post' | 'client_secret_basic';
  redirectUri: string;
  /** The site's own origin (from `redirectUri`). */
  origin: string;
  cookieSecret: string;
  basePath: string;
  /** `apiBaseUrl` without a trailing slash. */
  apiBaseUrl: string;
  /** The origin of `apiBaseUrl`. */
  apiOrigin: string;
  scope: string | undefined;
  refreshMarginMs: number;
  sessionMaxAgeSeconds: number;
  allowInsecureRequests: boolean;
  /** Cookies are `Secure` when the site is served over https. */
  secureCookies: boolean;
  fetch: typeof fetch;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The one transport check of the bridge's URLs: https:, or http: only on this machine (a local
 * sandbox). The same rule as the client's URL policy (`checkUrl` in `@autoshares/client`), which
 * this server-side package does not depend on.
 */
function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

function absolute(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new TypeError(`@autoshares/host: ${name} must be an absolute URL, got "${value}".`);
  }
}

/** Applies defaults and checks the options; throws a readable TypeError on a mistake. */
export function resolveOptions(options: TokenBridgeOptions): ResolvedOptions {
  const issuer = options.issuer?.replace(/\/+$/, '');
  const authorizeUrl = options.authorizeUrl ?? (issuer ? `${issuer}/authorize` : undefined);
  const tokenUrl = options.tokenUrl ?? (issuer ? `${issuer}/oauth/token` : undefined);
  if (!authorizeUrl || !tokenUrl) {
    throw new TypeError('@autoshares/host: give `issuer`, or both `authorizeUrl` and `tokenUrl`.');
  }
  const authorize = absolute('authorizeUrl', authorizeUrl);
  const token = absolute('tokenUrl', tokenUrl);
  const redirect = absolute('redirectUri', options.redirectUri);
  if (!options.clientId) throw new TypeError('@autoshares/host: `clientId` is required.');
  if (!options.clientSecret) throw new TypeError('@autoshares/host: `clientSecret` is required.');
  if (!options.cookieSecret || options.cookieSecret.length < 32) {
    throw new TypeError(
      '@autoshares/host: `cookieSecret` must be at least 32 characters of secret.',
    );
  }
  const basePath = '/' + (options.basePath ?? '/autoshares').replace(/^\/+|\/+$/g, '');
  if (redirect.pathname !== `${basePath}/callback`) {
    throw new TypeError(
      `@autoshares/host: redirectUri must point at this bridge's callback route (${basePath}/callback), got "${redirect.pathname}".`,
    );
  }
  if (!options.apiBaseUrl) throw new TypeError('@autoshares/host: `apiBaseUrl` is required.');
  const api = absolute('apiBaseUrl', options.apiBaseUrl);
  if (!isSecureOrLoopback(api)) {
    throw new TypeError(
      `@autoshares/host: apiBaseUrl must be an https: URL (http: only on localhost), got "${api.href}".`,
    );
  }
  const insecureIsLocal = [authorize, token].every(isSecureOrLoopback);
  return {
    issuer: issuer ?? authorize.origin,
    authorizeUrl: authorize.href,
    tokenUrl: token.href,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    clientAuthMethod: options.clientAuthMethod ?? 'client_secret_post',
    redirectUri: redirect.href,
    origin: redirect.origin,
    cookieSecret: options.cookieSecret,
    basePath,
    apiBaseUrl: api.href.replace(/\/+$/, ''),
    apiOrigin: api.origin,
    scope: options.scope,
    refreshMarginMs: options.refreshMarginMs ?? 60_000,
    sessionMaxAgeSeconds: options.sessionMaxAgeSeconds ?? 30 * 24 * 60 * 60,
    allowInsecureRequests: options.allowInsecureRequests ?? insecureIsLocal,
    secureCookies: redirect.protocol === 'https:',
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
  };
}

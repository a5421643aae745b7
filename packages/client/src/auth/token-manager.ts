/**
 * Token lifecycle. The host owns login; the client gets either a static `token` or an async
 * `tokenProvider`. The provider is asked:
 * - `'initial'`: the first time a request needs a token and none was given;
 * - `'expiring'`: before a request, when the token's expiry is known (a `{ token, expiresAt }`
 *   result, or a JWT `exp`) and is less than `refreshMarginMs` away;
 * - `'unauthorized'`: once after a 401; concurrent 401s share ONE call. If it yields no new
 *   token, the callers get `unauthorized` and the `auth-required` listeners fire (once per
 *   rejected token). `setToken()` recovers.
 */

/** What a provider may return: a token, a token with its expiry, or nothing (signed out). */
export type TokenResult = string | { token: string; expiresAt?: number | Date } | null | undefined;

export interface TokenRequest {
  reason: 'initial' | 'expiring' | 'unauthorized';
}

/** The host's callback that yields a fresh token (e.g. from its own token endpoint). */
export type TokenProvider = (request: TokenRequest) => TokenResult | Promise<TokenResult>;

/** Why the session needs a sign-in. */
export interface AuthRequiredEvent {
  reason: 'no_token' | 'token_rejected';
}
export type AuthRequiredListener = (event: AuthRequiredEvent) => void;

export interface TokenManagerOptions {
  token?: string;
  tokenProvider?: TokenProvider;
  /** Refresh this long before a known expiry (default 60 s). */
  refreshMarginMs?: number;
}

/** Reads `exp` (epoch s) from a JWT, if the token is one. */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = atob(parts[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export class TokenManager {
  private token: string | undefined;
  private expiresAt: number | undefined;
  private readonly provider: TokenProvider | undefined;
  private readonly marginMs: number;
  private inflight: Promise<string | undefined> | undefined;
  private inflightReason: TokenRequest['reason'] | undefined;
  private readonly listeners = new Set<AuthRequiredListener>();
  private readonly announced = new Set<string>();
  /** Every token this manager has held, so errors and logs can be scrubbed of them. */
  private readonly seen = new Set<string>();

  constructor(options: TokenManagerOptions = {}) {
    this.provider = options.tokenProvider;
    this.marginMs = options.refreshMarginMs ?? 60_000;
    if (options.token) this.set(options.token);
  }

  /** Replaces the token (null/empty signs out). A known expiry may be given. */
  set(token: string | null | undefined, expiresAt?: number | Date): void {
    this.token = token || undefined;
    this.expiresAt =
      expiresAt instanceof Date
        ? expiresAt.getTime()
        : (expiresAt ?? (token ? jwtExpiry(token) : undefined));
    this.announced.clear();
    if (this.token) this.seen.add(this.token);
  }

  /** Whether a provider exists (so a 401 can be recovered from). */
  get canRefresh(): boolean {
    return this.provider !== undefined;
  }

  /** The token to send now; asks the provider first when there is none or it is about to expire. */
  async get(): Promise<string | undefined> {
    if (!this.provider) return this.token;
    if (!this.token) return this.ask('initial');
    if (this.expiresAt !== undefined && Date.now() >= this.expiresAt - this.marginMs) {
      const fresh = await this.ask('expiring');
      if (fresh) return fresh;
      return this.expiresAt > Date.now() ? this.token : undefined;
    }
    return this.token;
  }

  /**
   * After a 401 for a request sent with `rejected`: a token to replay with, or undefined when no
   * fresh one can be had (then `auth-required` has fired).
   */
  async refreshAfterUnauthorized(rejected: string | undefined): Promise<string | undefined> {
    if (this.token && this.token !== rejected) return this.token;
    // A refresh already under way for another reason ('expiring') may hand back the very token
    // the API just refused; then ask once more, saying why, so the host can force a refresh.
    const joinedOther = this.inflight !== undefined && this.inflightReason !== 'unauthorized';
    let fresh = this.provider ? await this.ask('unauthorized', rejected) : undefined;
    if (joinedOther && (!fresh || fresh === rejected))
      fresh = await this.ask('unauthorized', rejected);
    if (fresh && fresh !== rejected) return fresh;
    this.announce('token_rejected', rejected ?? '');
    return undefined;
  }

  /** Fires `auth-required` once per missing/rejected token. */
  announce(reason: AuthRequiredEvent['reason'], forToken = ''): void {
    const key = `${reason}:${forToken}`;
    if (this.announced.has(key)) return;
    this.announced.add(key);
    for (const listener of [...this.listeners]) {
      try {
        listener({ reason });
      } catch {
        // a listener's failure must not break the request path
      }
    }
  }

  onAuthRequired(listener: AuthRequiredListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tokens to scrub from anything that leaves the client (errors, logs). */
  secrets(): string[] {
    return [...this.seen];
  }

  private ask(reason: TokenRequest['reason'], rejected?: string): Promise<string | undefined> {
    if (this.inflight) return this.inflight;
    const provider = this.provider!;
    this.inflightReason = reason;
    this.inflight = (async () => {
      try {
        const result = await provider({ reason });
        const token = typeof result === 'string' ? result : result?.token;
        if (!token || token === rejected) return undefined;
        this.set(token, typeof result === 'object' && result ? result.expiresAt : undefined);
        return token;
      } catch {
        return undefined;
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }
}

/**
 * Token lifecycle. The client has ONE way to a token: it asks its provider (a static `token`
 * option is a provider that always answers it). The provider is asked:
 * - `'initial'`: when a request needs a token and none is held (first use, or after
 *   {@link TokenManager.changed}, which the client's `tokenChanged()` calls);
 * - `'expiring'`: before a request, when the token's expiry is known (from the provider's
 *   answer, or a JWT `exp`) and is less than `refreshMarginMs` away;
 * - `'unauthorized'`: once after a 401; concurrent 401s share ONE call. If it yields no other
 *   token, the callers get `unauthorized` and the `auth-required` listeners fire (once per
 *   rejected token), as they do (`'no-token'`) when a request finds no token at all.
 */
import {
  AuthRequiredEvent,
  type AuthRequiredListener,
  type AuthRequiredReason,
} from './auth-required.ts';
import {
  fixedToken,
  readTokenResult,
  type TokenProvider,
  type TokenRequest,
} from './token-result.ts';

export type { TokenProvider, TokenRequest, TokenResult } from './token-result.ts';

export interface TokenManagerOptions {
  /**
   * A token to start with. Alone it is the only one (a provider that always answers it); with
   * a `tokenProvider` it is held until it nears expiry or is refused, then the provider is asked.
   */
  token?: string;
  /** Asked for a token whenever one is needed (see the module docs). */
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
  #token: string | undefined;
  #expiresAt: number | undefined;
  readonly #provider: TokenProvider;
  readonly #marginMs: number;
  #inflight: Promise<string | undefined> | undefined;
  #inflightReason: TokenRequest['reason'] | undefined;
  /** Bumped by {@link changed}: an answer to an older question is not held. */
  #generation = 0;
  readonly #listeners = new Set<AuthRequiredListener>();
  readonly #announced = new Set<string>();
  /** Every token this manager has held, so errors and logs can be scrubbed of them. */
  readonly #seen = new Set<string>();

  constructor(options: TokenManagerOptions = {}) {
    this.#provider = options.tokenProvider ?? fixedToken(options.token);
    this.#marginMs = options.refreshMarginMs ?? 60_000;
    if (options.token) this.set(options.token);
  }

  /**
   * Holds `token` as the provider's latest answer (what {@link get} hands out until it nears
   * expiry or is refused). A known expiry may be given; else a JWT's `exp` is used.
   */
  set(token: string | null | undefined, expiresAt?: number | Date): void {
    this.#token = token || undefined;
    this.#expiresAt =
      expiresAt instanceof Date
        ? expiresAt.getTime()
        : (expiresAt ?? (token ? jwtExpiry(token) : undefined));
    this.#announced.clear();
    if (this.#token) this.#seen.add(this.#token);
  }

  /**
   * The provider has a new token: the one held is dropped and the next request asks the
   * provider again (`'initial'`); `auth-required` may fire again.
   */
  changed(): void {
    this.#generation++;
    this.#token = undefined;
    this.#expiresAt = undefined;
    this.#inflight = undefined;
    this.#inflightReason = undefined;
    this.#announced.clear();
  }

  /** The token to send now; asks the provider first when there is none or it is about to expire. */
  async get(): Promise<string | undefined> {
    if (!this.#token) return this.#ask('initial');
    if (this.#expiresAt !== undefined && Date.now() >= this.#expiresAt - this.#marginMs) {
      const fresh = await this.#ask('expiring');
      if (fresh) return fresh;
      return this.#expiresAt !== undefined && this.#expiresAt > Date.now()
        ? this.#token
        : undefined;
    }
    return this.#token;
  }

  /**
   * After a 401 for a request sent with `rejected`: a token to replay with, or undefined when no
   * other one can be had (then `auth-required` has fired).
   */
  async refreshAfterUnauthorized(rejected: string | undefined): Promise<string | undefined> {
    if (this.#token && this.#token !== rejected) return this.#token;
    // A refresh already under way for another reason ('expiring') may hand back the very token
    // the API just refused; then ask once more, saying why, so the host can force a refresh.
    const joinedOther = this.#inflight !== undefined && this.#inflightReason !== 'unauthorized';
    let fresh = await this.#ask('unauthorized', rejected);
    if (joinedOther && (!fresh || fresh === rejected))
      fresh = await this.#ask('unauthorized', rejected);
    if (fresh && fresh !== rejected) return fresh;
    this.announce('token-rejected', rejected ?? '');
    return undefined;
  }

  /** Fires `auth-required` once per missing/rejected token. */
  announce(reason: AuthRequiredReason, forToken = ''): void {
    const key = `${reason}:${forToken}`;
    if (this.#announced.has(key)) return;
    this.#announced.add(key);
    const event = new AuthRequiredEvent(reason);
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // a listener's failure must not break the request path
      }
    }
  }

  onAuthRequired(listener: AuthRequiredListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tokens to scrub from anything that leaves the client (errors, logs). */
  secrets(): string[] {
    return [...this.#seen];
  }

  /** Asks the provider, one question at a time (callers meanwhile share its answer). */
  #ask(reason: TokenRequest['reason'], rejected?: string): Promise<string | undefined> {
    if (this.#inflight) return this.#inflight;
    const asked = this.#askProvider(reason, rejected);
    this.#inflight = asked;
    this.#inflightReason = reason;
    void asked.finally(() => {
      if (this.#inflight !== asked) return;
      this.#inflight = undefined;
      this.#inflightReason = undefined;
    });
    return asked;
  }

  async #askProvider(
    reason: TokenRequest['reason'],
    rejected: string | undefined,
  ): Promise<string | undefined> {
    const generation = this.#generation;
    try {
      const issued = readTokenResult(await this.#provider({ reason }));
      if (!issued || issued.token === rejected) return undefined;
      if (generation === this.#generation) this.set(issued.token, issued.expiresAt);
      else this.#seen.add(issued.token);
      return issued.token;
    } catch {
      // The provider's failure may carry anything (even a token): it is not surfaced.
      return undefined;
    }
  }
}

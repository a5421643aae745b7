/**
 * The one place the widgets construct their API client, and the identity load every session
 * does first. Elements take types and helpers from `@autoshares/client`'s public entry.
 */
import {
  AutoSharesClient,
  isAutoSharesError,
  userInfoQuery,
  type AuthRequiredReason,
  type LimitsOption,
  type TokenProvider,
  type UserAccountModel,
  type UserInfoModel,
} from '@autoshares/client';

export interface SessionClientOptions {
  baseUrl: string;
  appKey: string;
  /**
   * The client's one way to a token: asked at first use (and after `tokenChanged()`), shortly
   * before a known expiry, once after a 401. null = none can be had.
   */
  tokenProvider: TokenProvider;
  /** Request budgets per category (default: the documented AutoShares per-minute limits). */
  limits?: LimitsOption;
  /** Per-attempt request timeout in ms (default: the client's, 15 000). */
  timeoutMs?: number;
}

export function createSessionClient(options: SessionClientOptions): AutoSharesClient {
  return new AutoSharesClient({
    baseUrl: options.baseUrl,
    appKey: options.appKey,
    tokenProvider: options.tokenProvider,
    limits: options.limits,
    timeoutMs: options.timeoutMs,
  });
}

/** The session's token was refused (401) or is missing. */
export function isAuthError(error: unknown): boolean {
  return isAutoSharesError(error) && error.code === 'unauthorized';
}

/** Why an auth error happened: refused by the API (a 401), or no token to send at all. */
export function authErrorReason(error: unknown): AuthRequiredReason {
  return isAutoSharesError(error) && error.status === 401 ? 'token-rejected' : 'no-token';
}

/**
 * The client of a session whose `base-url` is refused: it exists only so the session's elements
 * get a session to show the mistake in. Its base is a reserved name that never resolves
 * (`.invalid`) and its `fetch` refuses everything, so nothing can leave the page.
 */
export function createRefusedClient(): AutoSharesClient {
  return new AutoSharesClient({
    baseUrl: 'https://refused.invalid/api',
    appKey: 'refused',
    fetch: () => Promise.reject(new TypeError('base-url is refused: nothing is sent')),
    tokenProvider: () => null,
  });
}

/** Load who is signed in and their accounts. */
export async function loadIdentity(
  client: AutoSharesClient,
): Promise<{ user: UserInfoModel; accounts: UserAccountModel[] }> {
  const [user, accounts] = await Promise.all([
    client.queries.fetch(userInfoQuery(client)),
    client.api.users.accounts(),
  ]);
  return { user, accounts };
}

/**
 * The one place the widgets construct their API client, and the identity load every session
 * does first. Elements take types and helpers from `@autoshares/client`'s public entry.
 */
import { AutoSharesClient, isAutoSharesError, type LimitsOption } from '@autoshares/client';
import type { UserAccount, UserInfo } from './session.ts';
import type { IssuedToken, TokenRequest } from './token-source.ts';

export interface WidgetClientOptions {
  baseUrl: string;
  appKey: string;
  /**
   * Called by the client's token manager whenever it needs a (fresh) token: at first use,
   * shortly before a known expiry, once after a 401. null = none can be had.
   */
  tokenProvider: (request: TokenRequest) => Promise<IssuedToken | null>;
  /** Request budgets per category (default: the documented AutoShares per-minute limits). */
  limits?: LimitsOption;
  /** Per-attempt request timeout in ms (default: the client's, 15 000). */
  timeoutMs?: number;
}

export function createWidgetClient(options: WidgetClientOptions): AutoSharesClient {
  return new AutoSharesClient({
    baseUrl: options.baseUrl,
    appKey: options.appKey,
    tokenProvider: async (request) => {
      const issued = await options.tokenProvider(request);
      return issued ? { token: issued.token, expiresAt: issued.expiresAt } : null;
    },
    limits: options.limits,
    timeoutMs: options.timeoutMs,
  });
}

/** The session's token was refused (401) or is missing. */
export function isAuthError(error: unknown): boolean {
  return isAutoSharesError(error) && error.code === 'unauthorized';
}

/** Load who is signed in and their accounts. */
export async function loadIdentity(
  client: AutoSharesClient,
): Promise<{ user: UserInfo; accounts: UserAccount[] }> {
  const [user, accounts] = await Promise.all([
    client.queries.fetch(client.resources.userInfo()),
    client.api.users.accounts(),
  ]);
  return { user: user as UserInfo, accounts: accounts as UserAccount[] };
}

/**
 * The slice of `@autoshares/client` the widgets use, in one place: the client type, the
 * stream and query types, and the only place a client is constructed.
 */
import {
  AutoSharesClient,
  isAutoSharesError,
  type LimitsOption,
  type QueryDef,
  type QueryKey,
  type QueryState,
  type StreamEntity,
  type StreamPayloads,
  type StreamQuote,
} from '@autoshares/client';
import type { UserAccount, UserInfo } from './session.ts';
import type { IssuedToken, TokenRequest } from './token-source.ts';

/** The session's API client. */
export type WidgetClient = AutoSharesClient;
/** A live quote from the quote store (numbers as numbers; fields present when known). */
export type LiveQuote = StreamQuote;
export type { LimitsOption, QueryDef, QueryKey, StreamEntity, StreamPayloads };
/** What a query subscriber sees (the client's `QueryState`). */
export type QuerySnapshot<T> = QueryState<T>;

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

export function createWidgetClient(options: WidgetClientOptions): WidgetClient {
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
  client: WidgetClient,
): Promise<{ user: UserInfo; accounts: UserAccount[] }> {
  const [user, accounts] = await Promise.all([
    client.queries.fetch(client.resources.userInfo()),
    client.api.users.accounts(),
  ]);
  return { user: user as UserInfo, accounts: accounts as UserAccount[] };
}

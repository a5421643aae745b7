import type { AutoSharesClient, UserAccountModel, UserInfoModel } from '@autoshares/client';
import type { ConfigProblem } from './config-error.ts';
import type { ProviderSource } from './providers/provider-source.ts';

/** Where the session is with its token. */
export type AuthState = 'pending' | 'signed-in' | 'signed-out';

/** An explicit theme; unset means follow the page's colour scheme. */
export type ThemeName = 'light' | 'dark';

/**
 * What `<as-session>` provides to its elements. Immutable: every change (token arrives,
 * accounts load, account switched, locale or theme changed) provides a NEW object, so a
 * consumer re-renders on change and can compare fields (`client`, `accountId`) by identity.
 */
export interface Session {
  /** The one API client of this session (shared cache, one streamer connection). */
  readonly client: AutoSharesClient;
  readonly authState: AuthState;
  /** The signed-in user, once loaded. */
  readonly user: UserInfoModel | null;
  readonly userId: number | null;
  /** The user's accounts, once loaded. */
  readonly accounts: readonly UserAccountModel[];
  /** Selected account: the `account-id` attribute, else the first enabled account. */
  readonly accountId: number | null;
  /** BCP 47 locale for `Intl`; undefined = the browser's. */
  readonly locale: string | undefined;
  readonly theme: ThemeName | undefined;
  /** Elements drop their surface background. */
  readonly transparent: boolean;
  /** Increases with every new session object. */
  readonly revision: number;
  /** Why the last sign-in through `login-url` failed, in words for the user; null otherwise. */
  readonly signInError: string | null;
  /**
   * A configuration mistake of the page no sign-in can fix (a refused `base-url` or
   * `token-endpoint`, a token endpoint on another origin or answering 403, a token for another
   * API than `base-url`, a refused `login-url` while signed out); every element shows it
   * instead of its content. null otherwise.
   */
  readonly configError: ConfigProblem | null;
  /**
   * Sign the user in. With `login-url`: opens the sign-in popup (call it from a click handler)
   * or navigates there; otherwise asks the token provider again, and fires `as-auth-required`
   * from the session element when there is none.
   */
  requestSignIn(): void;
  /**
   * The other providers the page declares with `<as-provider>` inside the session (Shareworks,
   * Sharesight), by name; each reads its data through the host's bridge, with its own sign-in.
   */
  readonly providers: Readonly<Record<string, ProviderSource>>;
  /**
   * True while the session has found `<as-provider>` declarations and is still reading them
   * (their code loads with the first one): `providers` is empty until then.
   */
  readonly providersPending: boolean;
}

/** The first enabled account, or the first account. */
export function defaultAccountId(accounts: readonly UserAccountModel[]): number | null {
  const enabled = accounts.find((a) => a.Enabled !== false && a.Id != null);
  return enabled?.Id ?? accounts[0]?.Id ?? null;
}

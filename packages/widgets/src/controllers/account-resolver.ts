/**
 * Which account an account-scoped element shows: its `account-id`, else the session's selected
 * account, else (when the session could not load the user's accounts, e.g. a 5xx at sign-in)
 * the first enabled account from the shared accounts query. While that query is what the
 * account depends on, it is one of the element's state sources, so its error shows with a
 * Retry that recovers.
 */
import type { UserAccountModel } from '@autoshares/client';
import { accountsQuery } from '@autoshares/client';
import { defaultAccountId, type Session } from '../session/session.ts';
import type { StateSource } from './state-source.ts';
import { QueryController, type SessionHost } from './query-controller.ts';

export interface AccountHost extends SessionHost {
  readonly accountId: number | undefined;
}

export class AccountResolver {
  /** The user's accounts, fetched only when the session has none selected. */
  readonly accounts: QueryController<UserAccountModel[]>;

  constructor(private readonly host: AccountHost) {
    this.accounts = new QueryController(host, (session) =>
      this.#needsLookup(session) ? accountsQuery(session.client) : null,
    );
  }

  #explicit(): number | null {
    const id = this.host.accountId;
    return id != null && !Number.isNaN(id) ? id : null;
  }

  #needsLookup(session: Session): boolean {
    return this.#explicit() == null && session.accountId == null;
  }

  /** The account in effect for a session, or null when none is known (yet). */
  accountId(session: Session | undefined): number | null {
    if (!session) return null;
    return (
      this.#explicit() ?? session.accountId ?? defaultAccountId(this.accounts.data ?? []) ?? null
    );
  }

  /** The user's accounts: the session's, else the looked-up ones. */
  list(session: Session | undefined): readonly UserAccountModel[] {
    if (session?.accounts.length) return session.accounts;
    return this.accounts.data ?? [];
  }

  /** State sources to add to `renderState` (the accounts query while the account depends on it). */
  get sources(): StateSource[] {
    const session = this.host.session;
    return session && this.#needsLookup(session) ? [this.accounts] : [];
  }
}

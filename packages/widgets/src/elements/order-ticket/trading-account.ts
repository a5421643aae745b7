import type { UserAccountModel } from '@autoshares/client';
import type { AccountResolver } from '../../controllers/account-resolver.ts';
import type { Session } from '../../session/session.ts';
import { msg } from '../../locale/msg.ts';

/** The account the ticket trades in, as the session (or the accounts query) describes it. */
export function tradingAccount(
  account: AccountResolver,
  session: Session | undefined,
): UserAccountModel | undefined {
  const id = account.accountId(session);
  return account.list(session).find((a) => a.Id === id);
}

/** Sell short is offered unless the account is a cash account. */
export const canShort = (model: UserAccountModel | undefined): boolean =>
  model?.MarginType !== 'Cash';

/** Why the ticket cannot place orders in this account at all, if it cannot. */
export function tradingBlocker(
  account: AccountResolver,
  session: Session | undefined,
): string | undefined {
  if (!session || session.authState !== 'signed-in') return undefined;
  if (account.accountId(session) == null) return msg('No trading account is available.');
  const model = tradingAccount(account, session);
  if (model?.AccessType === 'ReadOnly')
    return msg('This account is read-only: it cannot place orders.');
  if (model?.Enabled === false) return msg('This account is disabled: it cannot place orders.');
  return undefined;
}

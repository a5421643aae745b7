/**
 * What `<as-funding>` does to linked bank accounts, each through `client.writes.funding` and the
 * element's `MutationController` (busy per link, a specific failure, an announcement): link,
 * verify with the micro-deposits, make default, rename, remove.
 */
import type { AutoSharesClient } from '@autoshares/client';
import type { MutationController, MutationOptions } from '../../controllers/mutation-controller.ts';
import { msg, str } from '../../locale/msg.ts';
import { linkName, type Link } from './bank-link.ts';
import type { BankDraft } from './funding-validation.ts';

export interface BankLinkHost {
  accountId(): number | null;
  /** Runs `fn` with the element's locale in scope (for its messages). */
  localized<T>(fn: () => T): T;
  /** A form's write succeeded: back to the transfer form. */
  done(): void;
}

/** Where focus goes once a form's write is done (the form itself is gone). */
const AFTER_FORM = '[data-kind="add"]';

export class BankLinkActions {
  constructor(
    private readonly mutation: MutationController,
    private readonly host: BankLinkHost,
  ) {}

  /** The mutation target of a link's row actions. */
  static target = (link: Link): string => `link:${link.Id}`;

  /** Runs a write on the account shown (nothing without one); `options` in the element's locale. */
  private run(
    write: (client: AutoSharesClient, accountId: number) => Promise<unknown>,
    options: () => MutationOptions<unknown>,
  ): Promise<boolean> {
    const accountId = this.host.accountId();
    if (accountId == null) return Promise.resolve(false);
    return this.mutation.run((client) => write(client, accountId), this.host.localized(options));
  }

  /** Links a bank account (micro-deposits follow). */
  create(draft: BankDraft): Promise<boolean> {
    const { owner, routing, account, type, name } = draft;
    return this.run(
      (client, accountId) =>
        client.writes.funding.createLink(accountId, {
          AccountOwnerName: owner.trim(),
          RoutingNumber: routing.trim(),
          AccountNumber: account.trim(),
          BankAccountType: type,
          ...(name.trim() ? { Name: name.trim() } : {}),
        }),
      () => ({
        failure: msg('Could not link the bank account.'),
        announce: msg('Bank account linked. Two small deposits are on their way to verify it.'),
        onSuccess: () => this.host.done(),
        focus: AFTER_FORM,
        focusOnError: '[data-kind="save-bank"]',
      }),
    );
  }

  /** Approves a link with its two micro-deposits (dollars). */
  verify(link: Link, amounts: { Amount1: number; Amount2: number }): Promise<boolean> {
    return this.run(
      (client, accountId) => client.writes.funding.approveLink(accountId, link.Id!, amounts),
      () => ({
        failure: msg('Could not verify the bank account.'),
        announce: msg(str`Verified ${linkName(link)}.`),
        onSuccess: () => this.host.done(),
        focus: AFTER_FORM,
        focusOnError: '[data-field="first"]',
      }),
    );
  }

  /** Makes a link the account's default. */
  makeDefault(link: Link): Promise<boolean> {
    return this.run(
      (client, accountId) => client.writes.funding.setDefaultLink(accountId, link.Id!),
      () => ({
        target: BankLinkActions.target(link),
        failure: msg('Could not make it the default bank account.'),
        announce: msg(str`${linkName(link)} is now the default bank account.`),
      }),
    );
  }

  /** Gives a link a new nickname. */
  rename(link: Link, name: string): Promise<boolean> {
    return this.run(
      (client, accountId) => client.writes.funding.renameLink(accountId, link.Id!, name.trim()),
      () => ({
        failure: msg('Could not rename the bank account.'),
        announce: msg(str`Renamed ${linkName(link)} to ${name.trim()}.`),
        onSuccess: () => this.host.done(),
        focus: AFTER_FORM,
        focusOnError: '[data-field="name"]',
      }),
    );
  }

  /** Unlinks a bank account. */
  remove(link: Link): Promise<boolean> {
    return this.run(
      (client, accountId) =>
        client.writes.funding.deleteLink(accountId, link.Id!, 'Removed by the customer'),
      () => ({
        failure: msg('Could not remove the bank account.'),
        announce: msg(str`Removed ${linkName(link)}.`),
        onSuccess: () => this.host.done(),
        focus: AFTER_FORM,
      }),
    );
  }
}

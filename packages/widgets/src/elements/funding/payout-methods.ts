/**
 * The other ways a withdrawal can be paid out (the spec's `/transfers/wire` and
 * `/transfers/check`): a wire to a bank account (domestic or international) and a check in the
 * mail (standard or overnight). What the form holds, its checks with specific messages, and the
 * request bodies.
 */
import type {
  CheckRequestEditableResource,
  WireTransferEditableResource,
} from '@autoshares/client';
import { msg } from '../../locale/msg.ts';
import { accountNumberError, routingNumberError } from './funding-validation.ts';

/** How money moves: an ACH transfer over a linked bank account, a wire, or a check. */
export type Mechanism = 'ACH' | 'Wire' | 'Check';

/** A wire's details as typed. */
export interface WireDraft {
  /** The beneficiary (account holder) name. */
  name: string;
  bankName: string;
  /** ABA routing number (domestic wires). */
  routing: string;
  account: string;
  international: boolean;
}

/** A check request's details as typed. */
export interface CheckDraft {
  /** `Standard` or `Overnight`. */
  delivery: string;
  memo: string;
}

export const blankWire = (): WireDraft => ({
  name: '',
  bankName: '',
  routing: '',
  account: '',
  international: false,
});

export const blankCheck = (): CheckDraft => ({ delivery: 'Standard', memo: '' });

/** The check delivery methods the API takes. */
export const DELIVERY_METHODS = ['Standard', 'Overnight'] as const;

/** The most characters of a check memo (one line on the check). */
export const MEMO_LIMIT = 60;

type Errors = Partial<Record<string, string>>;

const only = (errors: Record<string, string | undefined>): Errors =>
  Object.fromEntries(Object.entries(errors).filter(([, v]) => v));

/** A wire's messages by field (empty when it can be sent). */
export function wireErrors(wire: WireDraft): Errors {
  const account = wire.account.trim();
  return only({
    name: wire.name.trim() ? undefined : msg('Enter the name on the receiving account.'),
    bankName: wire.bankName.trim() ? undefined : msg('Enter the name of the receiving bank.'),
    routing: wire.international ? undefined : routingNumberError(wire.routing),
    account: wire.international
      ? /^[A-Za-z0-9 ]{5,34}$/.test(account)
        ? undefined
        : msg('Enter the account number or IBAN: 5 to 34 letters and digits.')
      : accountNumberError(account),
  });
}

/** A check request's messages by field. */
export function checkErrors(check: CheckDraft): Errors {
  return only({
    delivery: (DELIVERY_METHODS as readonly string[]).includes(check.delivery)
      ? undefined
      : msg('Choose how the check is delivered.'),
    memo:
      check.memo.trim().length > MEMO_LIMIT ? msg('A memo has at most 60 characters.') : undefined,
  });
}

/** The wire request's body (without amount and IRA part). */
export function wireBody(wire: WireDraft): WireTransferEditableResource {
  return {
    IsDomesticWire: !wire.international,
    Name: wire.name.trim(),
    BankName: wire.bankName.trim(),
    AccountNumber: wire.account.trim(),
    ...(wire.international ? {} : { RoutingNumber: wire.routing.trim() }),
  };
}

/** The check request's body (without amount and IRA part). */
export function checkBody(check: CheckDraft): CheckRequestEditableResource {
  const memo = check.memo.trim();
  return { DeliveryMethod: check.delivery, ...(memo ? { Memos: [memo] } : {}) };
}

/** Only the last four characters of a wire's account number. */
export const maskedWireAccount = (account: string): string =>
  `****${account.replace(/\s/g, '').slice(-4)}`;

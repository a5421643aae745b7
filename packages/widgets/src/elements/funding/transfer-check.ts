/**
 * The transfer form checked before its review: the amount (and, for a withdrawal, the
 * withdrawable cash), where the money goes or comes from (a verified bank account, a wire's
 * bank, a check's delivery), and a retirement account's answers.
 */
import type { AllowedIraConstraintsResource } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';
import type { Link } from './bank-link.ts';
import type { FieldErrors } from './form-fields.ts';
import { checkAmount, TRANSFER_LIMIT } from './funding-validation.ts';
import { iraPart, type IraAnswers } from './ira-questions.ts';
import {
  checkErrors,
  wireErrors,
  type CheckDraft,
  type Mechanism,
  type WireDraft,
} from './payout-methods.ts';
import type { Direction, TransferDraft } from './transfer-flow.ts';

/** The fields of each way to move money, in the order they show (the first with a message gets focus). */
const METHOD_FIELDS: Record<Mechanism, readonly string[]> = {
  ACH: ['link'],
  Wire: ['name', 'bankName', 'routing', 'account'],
  Check: ['delivery', 'memo'],
};

/** The transfer form's fields for a mechanism, in the order they show. */
export const transferFields = (mechanism: Mechanism): readonly string[] => [
  ...METHOD_FIELDS[mechanism],
  'amount',
  'contribution',
  'year',
  'reason',
];

export interface TransferInput {
  direction: Direction;
  /** ACH for a deposit; a withdrawal may also go by wire or check. */
  mechanism: Mechanism;
  link: Link | undefined;
  wire: WireDraft;
  check: CheckDraft;
  amountText: string;
  /** The account's withdrawable cash, if known. */
  withdrawable: number | undefined;
  /** What a retirement account asks; undefined while still loading. */
  rules: AllowedIraConstraintsResource | undefined;
  ira: IraAnswers;
  locale: string | undefined;
}

/** The draft to review, or the messages by field. */
export function checkTransfer(
  input: TransferInput,
  now = Date.now(),
): { draft?: TransferDraft; errors: FieldErrors } {
  const { direction, link, rules } = input;
  const mechanism = direction === 'deposit' ? 'ACH' : input.mechanism;
  const errors: FieldErrors = {};
  const checked = checkAmount(input.amountText, {
    withdrawable: direction === 'withdraw' ? (input.withdrawable ?? 0) : undefined,
    locale: input.locale,
    // Only ACH has a per-transfer limit here; a wire or check is limited by the withdrawable cash.
    limit: mechanism === 'ACH' ? TRANSFER_LIMIT : Number.POSITIVE_INFINITY,
  });
  if (checked.error) errors.amount = checked.error;
  if (mechanism === 'ACH' && !link) errors.link = msg('Link and verify a bank account first.');
  if (mechanism === 'Wire') Object.assign(errors, wireErrors(input.wire));
  if (mechanism === 'Check') Object.assign(errors, checkErrors(input.check));
  const ira = iraPart(rules, direction === 'deposit', input.ira);
  Object.assign(errors, ira.errors);
  if (!rules) errors.amount ??= msg('Still loading the account: try again in a moment.');
  if (checked.amount === undefined || Object.keys(errors).length > 0 || !ira.body || !rules)
    return { errors };
  return {
    draft: {
      direction,
      mechanism,
      ...(mechanism === 'ACH' ? { link } : {}),
      ...(mechanism === 'Wire' ? { wire: input.wire } : {}),
      ...(mechanism === 'Check' ? { check: input.check } : {}),
      amount: checked.amount,
      ira: ira.body,
      at: now,
    },
    errors,
  };
}

/**
 * The transfer form checked before its review: the amount (and, for a withdrawal, the
 * withdrawable cash), a verified bank account, and a retirement account's answers.
 */
import type { AllowedIraConstraintsResource } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';
import type { Link } from './bank-link.ts';
import type { FieldErrors } from './form-fields.ts';
import { checkAmount } from './funding-validation.ts';
import { iraPart, type IraAnswers } from './ira-questions.ts';
import type { Direction, TransferDraft } from './transfer-flow.ts';

/** The transfer form's fields, in the order they show (the first with a message gets focus). */
export const TRANSFER_FIELDS = ['link', 'amount', 'contribution', 'year', 'reason'] as const;

export interface TransferInput {
  direction: Direction;
  link: Link | undefined;
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
  const errors: FieldErrors = {};
  const checked = checkAmount(input.amountText, {
    withdrawable: direction === 'withdraw' ? (input.withdrawable ?? 0) : undefined,
    locale: input.locale,
  });
  if (checked.error) errors.amount = checked.error;
  if (!link) errors.link = msg('Link and verify a bank account first.');
  const ira = iraPart(rules, direction === 'deposit', input.ira);
  Object.assign(errors, ira.errors);
  if (!rules) errors.amount ??= msg('Still loading the account: try again in a moment.');
  if (checked.amount === undefined || !link || !ira.body || !rules) return { errors };
  return { draft: { direction, link, amount: checked.amount, ira: ira.body, at: now }, errors };
}

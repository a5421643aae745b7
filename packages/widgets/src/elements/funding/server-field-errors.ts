/**
 * The server's 422 validation messages (`ModelState`, keyed `model.RoutingNumber`,
 * `model.IraContribution.Type`, …) on the funding forms' own fields.
 */
import { isAutoSharesError } from '@autoshares/client';
import type { FieldErrors } from './form-fields.ts';

/** The server's field paths (after `model.`) → the forms' fields. */
const SERVER_FIELDS: Record<string, string> = {
  RoutingNumber: 'routing',
  AccountNumber: 'account',
  AccountOwnerName: 'owner',
  Name: 'name',
  BankAccountType: 'type',
  Amount: 'amount',
  AchRelationshipId: 'link',
  'IraContribution.Type': 'contribution',
  'IraContribution.ContributionYear': 'year',
  IraContribution: 'contribution',
  'IraDistribution.Reason': 'reason',
  IraDistribution: 'reason',
  BankName: 'bankName',
  DeliveryMethod: 'delivery',
};

/**
 * The messages of a refusal per form field, for the fields in `fields` (others are left to the
 * form's own failure line). Empty when the error carries none.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!isAutoSharesError(error)) return errors;
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
    const field = SERVER_FIELDS[path.replace(/^model\./i, '')];
    if (field && fields.includes(field) && messages.length)
      errors[field] = [errors[field], ...messages].filter(Boolean).join(' ');
  }
  return errors;
}

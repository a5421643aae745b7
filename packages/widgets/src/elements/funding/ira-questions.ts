/**
 * The questions a transfer to or from a retirement account must answer (the server's
 * `ira_constraints`): for a deposit the contribution type and tax year, for a withdrawal the
 * reason for the distribution. Labels in the locale in scope; checks with specific messages.
 */
import type {
  AllowedIraConstraintsResource,
  AchTransferEditableResource,
} from '@autoshares/client';
import { msg } from '../../locale/msg.ts';

/** What the user answered (empty strings: not yet). */
export interface IraAnswers {
  contribution: string;
  year: string;
  reason: string;
}

export const NO_IRA_ANSWERS: IraAnswers = { contribution: '', year: '', reason: '' };

/** A contribution type's label ("Regular", "Rollover", "Transfer"; others as sent). */
export function contributionLabel(type: string): string {
  switch (type) {
    case 'Regular':
      return msg('Regular contribution');
    case 'Rollover':
      return msg('Rollover from a retirement plan');
    case 'Transfer':
      return msg('Transfer from another IRA');
    default:
      return type;
  }
}

/** A distribution reason's label. */
export function reasonLabel(reason: string): string {
  switch (reason) {
    case 'Normal':
      return msg('Normal distribution (age 59½ or older)');
    case 'Premature':
      return msg('Early distribution (before age 59½)');
    case 'Disability':
      return msg('Disability');
    case 'Death':
      return msg('Death of the account owner');
    default:
      return reason;
  }
}

/** The tax years a contribution of `type` may be for (this year; last year when allowed). */
export function contributionYears(
  constraints: AllowedIraConstraintsResource,
  type: string,
  now = Date.now(),
): number[] {
  const year = new Date(now).getUTCFullYear();
  const c = constraints.ContributionConstraints;
  const previous =
    !c?.OnlyAllowCurrentYearContribution &&
    !!c?.ValidContributions?.find((v) => v.Reason === type)?.PreviousYearContributionAllowed;
  return previous ? [year, year - 1] : [year];
}

/**
 * The IRA part of a transfer body, or the messages of what is missing. Accounts that are not
 * retirement accounts need nothing.
 */
export function iraPart(
  constraints: AllowedIraConstraintsResource | undefined,
  isDeposit: boolean,
  answers: IraAnswers,
): { body?: Partial<AchTransferEditableResource>; errors: Record<string, string> } {
  if (!constraints?.IsRetirementAccount) return { body: {}, errors: {} };
  if (isDeposit) {
    const errors: Record<string, string> = {};
    if (!answers.contribution) errors.contribution = msg('Choose the type of contribution.');
    const years = contributionYears(constraints, answers.contribution);
    const year = Number(answers.year) || years[0]!;
    if (!years.includes(year)) errors.year = msg('Choose the tax year of the contribution.');
    if (Object.keys(errors).length) return { errors };
    return {
      body: { IraContribution: { Type: answers.contribution, ContributionYear: year } },
      errors,
    };
  }
  if (!answers.reason) return { errors: { reason: msg('Choose the reason for the withdrawal.') } };
  return { body: { IraDistribution: { Reason: answers.reason } }, errors: {} };
}

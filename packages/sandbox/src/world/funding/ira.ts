/**
 * IRA transfer rules (`GET A/transfers/ira_constraints/{mechanism}/{isDeposit}` and the checks on
 * a transfer into or out of a retirement account). The spec types the reasons as strings; the
 * sandbox's values are listed in the README ("Funding").
 */
import { validationError } from '../../http/errors.ts';
import type { AccountState } from '../broker/types.ts';
import { prop } from './ach-relationships.ts';
import type { AllowedIraConstraintsResource } from './types.ts';

/** Contribution reasons an IRA deposit may give (`IraContribution.Type`). */
export const CONTRIBUTION_TYPES = ['Regular', 'Rollover', 'Transfer'] as const;
/** Distribution reasons an IRA withdrawal may give (`IraDistribution.Reason`). */
export const DISTRIBUTION_REASONS = ['Normal', 'Premature', 'Disability', 'Death'] as const;
/** Withholding choices (`FederalTaxType`, `StateTaxType`). */
export const TAX_TYPES = ['NoWithholding', 'Percentage', 'Amount'] as const;
/** The fee to close an IRA. */
export const IRA_CLOSING_FEE = 50;

export const isRetirement = (account: AccountState): boolean =>
  (account.model.OwnerType ?? '').startsWith('IRA');

/** A previous-year contribution is allowed until April 15 (New York calendar, roughly). */
function previousYearAllowed(now: number): boolean {
  const d = new Date(now);
  return d.getUTCMonth() < 3 || (d.getUTCMonth() === 3 && d.getUTCDate() <= 15);
}

/** The constraints of a transfer (`isDeposit`) into or out of the account. */
export function iraConstraints(
  account: AccountState,
  isDeposit: boolean,
  now: number,
): AllowedIraConstraintsResource {
  if (!isRetirement(account)) return { IsRetirementAccount: false };
  if (isDeposit) {
    const previous = previousYearAllowed(now);
    return {
      IsRetirementAccount: true,
      ContributionConstraints: {
        OnlyAllowCurrentYearContribution: !previous,
        ValidContributions: CONTRIBUTION_TYPES.map((Reason) => ({
          Reason,
          PreviousYearContributionAllowed: Reason === 'Regular' && previous,
        })),
      },
    };
  }
  return {
    IsRetirementAccount: true,
    DistributionConstraints: {
      TotalDistributionAllowed: true,
      ClosingFee: {
        Type: 'IraClosing',
        CustomerDebitAmount: IRA_CLOSING_FEE,
        FirmCreditAmount: IRA_CLOSING_FEE,
        CorrespondentNetAmount: 0,
      },
      ValidDistributionReasons: Object.fromEntries(
        DISTRIBUTION_REASONS.map((r) => [
          r,
          { WithholdingEnabled: true, StateWithholdingEnabled: r !== 'Death' },
        ]),
      ),
    },
  };
}

const oneOf = (list: readonly string[], v: unknown): v is string =>
  typeof v === 'string' && list.includes(v);

/**
 * Checks the IRA part of a transfer body: a deposit into an IRA needs `IraContribution`
 * (`Type`, `ContributionYear`), a withdrawal `IraDistribution` (`Reason`, tax choices). A
 * problem is a 422 with a ModelState entry per field. Non-retirement accounts skip the check.
 */
export function checkIraFields(
  account: AccountState,
  isDeposit: boolean,
  body: unknown,
  now: number,
): void {
  if (!isRetirement(account)) return;
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[`model.${key}`] ??= []).push(message);
  if (isDeposit) {
    const c = prop(body, 'IraContribution');
    if (c === undefined || c === null) {
      add('IraContribution', 'A deposit to a retirement account needs IraContribution.');
    } else {
      if (!oneOf(CONTRIBUTION_TYPES, prop(c, 'Type')))
        add('IraContribution.Type', `Type must be one of ${CONTRIBUTION_TYPES.join(', ')}.`);
      const year = prop(c, 'ContributionYear');
      const current = new Date(now).getUTCFullYear();
      const allowed = previousYearAllowed(now) ? [current, current - 1] : [current];
      if (typeof year !== 'number' || !allowed.includes(year))
        add(
          'IraContribution.ContributionYear',
          `ContributionYear must be ${allowed.join(' or ')}.`,
        );
    }
  } else {
    const d = prop(body, 'IraDistribution');
    if (d === undefined || d === null) {
      add('IraDistribution', 'A withdrawal from a retirement account needs IraDistribution.');
    } else {
      if (!oneOf(DISTRIBUTION_REASONS, prop(d, 'Reason')))
        add('IraDistribution.Reason', `Reason must be one of ${DISTRIBUTION_REASONS.join(', ')}.`);
      for (const key of ['FederalTaxType', 'StateTaxType']) {
        const v = prop(d, key);
        if (v !== undefined && v !== null && !oneOf(TAX_TYPES, v))
          add(`IraDistribution.${key}`, `${key} must be one of ${TAX_TYPES.join(', ')}.`);
      }
    }
  }
  if (Object.keys(errors).length > 0) throw validationError(errors, 422);
}

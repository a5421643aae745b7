/**
 * Linked bank accounts (ACH relationships) of one trading account, with micro-deposit
 * verification (sandbox rules, README "Funding"):
 * - created `Pending`: two micro-deposits (1–99 cents) are on their way; they arrive with the
 *   next ACH batch (business day after the request, 09:00 New York), the status becomes
 *   `PendingApproval`;
 * - approving with both amounts (any order; `Amount3` is not used) makes it `Approved`; a wrong
 *   pair is a 409 and counts as an attempt; the third wrong attempt cancels the relationship;
 * - removing cancels it (`Canceled`, `CancelDate`, `CancelReason`).
 */
import { conflict, validationError } from '../../http/errors.ts';
import { round } from '../broker/money.ts';
import type { AccountState } from '../broker/types.ts';
import { accountNumberProblem, maskAccountNumber, routingNumberProblem } from './bank-numbers.ts';
import { settlesAt } from './business-days.ts';
import {
  uuidFrom,
  type AchRelationshipResource,
  type ApproveAchRelationshipResource,
  type CreateAchRelationshipResource,
  type FundingHost,
} from './types.ts';

/** ACH relationship statuses (the spec's `status` filter values). */
export type AchStatus = NonNullable<AchRelationshipResource['Status']> &
  ('Pending' | 'Approved' | 'Canceled' | 'Error' | 'PendingCancel' | 'PendingApproval');

/** Wrong micro-deposit attempts allowed before the relationship is canceled. */
export const MAX_APPROVAL_ATTEMPTS = 3;
/** Approval methods the sandbox knows (the spec types `ApprovalMethod` as a string). */
export const APPROVAL_METHODS = ['MicroDeposit'] as const;
/** Bank account types the sandbox knows (the spec types `BankAccountType` as a string). */
export const BANK_ACCOUNT_TYPES = ['Checking', 'Savings'] as const;
/** Longest nickname (`Name`) accepted. */
export const MAX_NAME_LENGTH = 50;

export interface AchRecord {
  resource: AchRelationshipResource;
  account: AccountState;
  /** The two micro-deposits, in cents-exact dollars. */
  microDeposits: [number, number];
  failedAttempts: number;
  /** When the micro-deposits arrive (`Pending` → `PendingApproval`). */
  arrivesAt: number;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** Reads a property case-insensitively (Json.NET binds that way). */
export function prop(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (obj as Record<string, unknown>)[key];
}

export class AchRelationships {
  private readonly records = new Map<string, AchRecord>();

  constructor(private readonly host: FundingHost) {}

  /** The account's relationships, oldest first. */
  of(account: AccountState): AchRecord[] {
    return [...this.records.values()].filter((r) => r.account.id === account.id);
  }

  /** One relationship of the account, or undefined. */
  get(account: AccountState, id: string): AchRecord | undefined {
    const record = this.records.get(id.toLowerCase());
    return record && record.account.id === account.id ? record : undefined;
  }

  /** Relationships still waiting for their micro-deposits. */
  pending(): AchRecord[] {
    return [...this.records.values()].filter((r) => r.resource.Status === 'Pending');
  }

  /** `POST A/ach-relationships`: validates the body (422 with a ModelState per problem), then links. */
  create(account: AccountState, body: CreateAchRelationshipResource): AchRelationshipResource {
    const errors: Record<string, string[]> = {};
    const add = (key: string, message: string | null) => {
      if (message) (errors[`model.${key}`] ??= []).push(message);
    };
    add('RoutingNumber', routingNumberProblem(prop(body, 'RoutingNumber')));
    add('AccountNumber', accountNumberProblem(prop(body, 'AccountNumber')));
    const owner = text(prop(body, 'AccountOwnerName'));
    add('AccountOwnerName', owner ? null : 'The AccountOwnerName field is required.');
    const name = text(prop(body, 'Name'));
    if (name && name.length > MAX_NAME_LENGTH)
      add('Name', `The Name must be at most ${MAX_NAME_LENGTH} characters.`);
    const method = text(prop(body, 'ApprovalMethod')) ?? 'MicroDeposit';
    if (!(APPROVAL_METHODS as readonly string[]).includes(method))
      add('ApprovalMethod', `ApprovalMethod must be one of ${APPROVAL_METHODS.join(', ')}.`);
    const type = text(prop(body, 'BankAccountType')) ?? 'Checking';
    if (!(BANK_ACCOUNT_TYPES as readonly string[]).includes(type))
      add('BankAccountType', `BankAccountType must be one of ${BANK_ACCOUNT_TYPES.join(', ')}.`);
    if (Object.keys(errors).length > 0) throw validationError(errors, 422);

    const routing = String(prop(body, 'RoutingNumber')).trim();
    const number = String(prop(body, 'AccountNumber')).trim();
    const duplicate = this.of(account).find(
      (r) =>
        r.resource.Status !== 'Canceled' &&
        r.resource.RoutingNumber === routing &&
        r.resource.AccountNumber === number,
    );
    if (duplicate) {
      throw conflict(
        `Failed to create a new ACH relationship: bank account ${maskAccountNumber(number)} is already linked (${duplicate.resource.Id}).`,
      );
    }
    const now = this.host.now();
    const random = this.host.random;
    const cents = () => random.int(1, 99) / 100;
    const id = uuidFrom(random);
    const record: AchRecord = {
      account,
      microDeposits: [cents(), cents()],
      failedAttempts: 0,
      arrivesAt: settlesAt(now, 1),
      resource: {
        Id: id,
        AccountId: account.id,
        ExternalId: `ACH${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        RoutingNumber: routing,
        AccountNumber: number,
        DisplayAccountNumber: maskAccountNumber(number),
        AccountOwnerName: owner,
        Name: name ?? `${type} ${maskAccountNumber(number)}`,
        Status: 'Pending',
        CreatedAt: new Date(now).toISOString(),
        CancelDate: '0001-01-01T00:00:00Z',
        CancelReason: '',
        ApprovalMethod: method,
        Default: false,
        BankAccountType: type,
      },
    };
    this.records.set(id, record);
    return structuredClone(record.resource);
  }

  /** The micro-deposits have arrived: `Pending` → `PendingApproval`. */
  arrive(record: AchRecord): void {
    if (record.resource.Status === 'Pending') record.resource.Status = 'PendingApproval';
  }

  /** `POST A/ach-relationships/{id}/approve` with the two micro-deposit amounts. */
  approve(record: AchRecord, body: ApproveAchRelationshipResource): AchRelationshipResource {
    const status = record.resource.Status;
    if (status === 'Pending')
      throw conflict(
        'Failed to approve the ACH relationship: the micro-deposits have not arrived yet.',
      );
    if (status !== 'PendingApproval')
      throw conflict(`Failed to approve the ACH relationship: it is ${status}.`);
    const amounts = ['Amount1', 'Amount2'].map((k) => prop(body, k));
    if (!amounts.every((a) => typeof a === 'number' && Number.isFinite(a) && a > 0 && a < 1)) {
      throw validationError(
        {
          model: [
            'Amount1 and Amount2 must be the two micro-deposits, each between 0.01 and 0.99.',
          ],
        },
        422,
      );
    }
    const given = (amounts as number[]).map((a) => Math.round(a * 100)).sort((a, b) => a - b);
    const expected = record.microDeposits.map((a) => Math.round(a * 100)).sort((a, b) => a - b);
    if (given[0] === expected[0] && given[1] === expected[1]) {
      record.resource.Status = 'Approved';
      if (!this.of(record.account).some((r) => r.resource.Default)) record.resource.Default = true;
      return structuredClone(record.resource);
    }
    record.failedAttempts++;
    const left = MAX_APPROVAL_ATTEMPTS - record.failedAttempts;
    if (left <= 0) {
      this.cancel(record, 'Micro-deposit verification failed too many times');
      throw conflict(
        `Failed to approve the ACH relationship: the amounts do not match the micro-deposits. No attempts left: the relationship was canceled.`,
      );
    }
    throw conflict(
      `Failed to approve the ACH relationship: the amounts do not match the micro-deposits. ${left} attempt${left === 1 ? '' : 's'} left.`,
    );
  }

  /** `POST A/ach-relationships/{id}/default`: makes it the account's default. */
  setDefault(record: AchRecord): void {
    if (record.resource.Status === 'Canceled')
      throw conflict('Failed to set the default ACH relationship: it is canceled.');
    for (const r of this.of(record.account)) r.resource.Default = r === record;
  }

  /** The account's default relationship, or undefined. */
  defaultOf(account: AccountState): AchRecord | undefined {
    return this.of(account).find((r) => r.resource.Default);
  }

  /** `PUT A/ach-relationships/{id}`: a new nickname. */
  rename(record: AchRecord, name: unknown): AchRelationshipResource {
    const value = text(name);
    if (!value) throw validationError({ 'model.Name': ['The Name field is required.'] }, 422);
    if (value.length > MAX_NAME_LENGTH)
      throw validationError(
        { 'model.Name': [`The Name must be at most ${MAX_NAME_LENGTH} characters.`] },
        422,
      );
    if (record.resource.Status === 'Canceled')
      throw conflict('Failed to update the ACH relationship: it is canceled.');
    record.resource.Name = value;
    return structuredClone(record.resource);
  }

  /** `DELETE A/ach-relationships/{id}?reason=`: unlinks (cancels) it. */
  remove(record: AchRecord, reason: string): AchRelationshipResource {
    if (record.resource.Status === 'Canceled')
      throw conflict('Failed to remove the ACH relationship: it is already canceled.');
    this.cancel(record, reason);
    return structuredClone(record.resource);
  }

  private cancel(record: AchRecord, reason: string): void {
    record.resource.Status = 'Canceled';
    record.resource.CancelDate = new Date(this.host.now()).toISOString();
    record.resource.CancelReason = reason;
    record.resource.Default = false;
  }

  /** The micro-deposit amounts (for the control API: what the customer's bank statement shows). */
  microDeposits(record: AchRecord): { Amount1: number; Amount2: number } {
    return { Amount1: round(record.microDeposits[0]), Amount2: round(record.microDeposits[1]) };
  }
}

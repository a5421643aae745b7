/**
 * Deposits and withdrawals of one trading account (sandbox rules, README "Funding"):
 * - every transfer starts `Pending` and settles (`Completed`) with an ACH batch: ACH and wire
 *   one business day after the batch it joins (16:00 New York cut-off), a check three;
 * - a pending deposit shows in `pendingCash`; on settlement the cash arrives but stays on hold
 *   (`DaysToHoldFunds` business days, default 2), so it is not withdrawable yet;
 * - a withdrawal may take at most the withdrawable cash (`netCash`: cash less held deposits and
 *   pending withdrawals with their fees); it reserves the amount at once and leaves the cash on
 *   settlement;
 * - a pending transfer can be canceled (`Canceled`, the comment kept in `Comment`);
 * - fees (wire, check) are charged on settlement; each movement is a `Payment` transaction.
 */
import { conflict, validationError } from '../../http/errors.ts';
import { round } from '../broker/money.ts';
import { recordTransaction } from '../broker/transactions.ts';
import type { AccountState } from '../broker/types.ts';
import { prop, type AchRecord } from './ach-relationships.ts';
import { businessDaysAfter, settlesAt } from './business-days.ts';
import { checkIraFields } from './ira.ts';
import { uuidFrom, type FeeResource, type FundingHost, type TransferResource } from './types.ts';

/** Transfer mechanisms (the spec's `mechanism` path values). */
export type Mechanism = 'ACH' | 'Check' | 'Wire' | 'Zelle';
/** Transfer statuses the sandbox uses (the spec types `Status` as a string). */
export type TransferStatus = 'Pending' | 'Completed' | 'Canceled';

/** Largest ACH transfer, either way. */
export const ACH_LIMIT = 50_000;
/** Business days a settled ACH deposit stays on hold when the request does not say. */
export const DEFAULT_HOLD_DAYS = 2;
/** Most hold days a request may ask for. */
export const MAX_HOLD_DAYS = 10;
/** Business days from batch to settlement, per mechanism. */
const SETTLEMENT_DAYS: Record<Mechanism, number> = { ACH: 1, Wire: 1, Check: 3, Zelle: 0 };
/** The sandbox's fee schedule. */
export const FEES = { domesticWire: 25, internationalWire: 45, check: 5, overnightCheck: 25 };

export interface TransferRecord {
  resource: TransferResource;
  account: AccountState;
  fees: FeeResource[];
  /** When it settles (`Pending` → `Completed`). */
  settlesAt: number;
  holdDays: number;
  /** When a settled deposit's hold ends (undefined: no hold left). */
  releasesAt?: number;
  /** What the movement is called in the ledger. */
  description: string;
}

const fee = (type: string, amount: number): FeeResource => ({
  Type: type,
  CustomerDebitAmount: amount,
  FirmCreditAmount: amount,
  CorrespondentNetAmount: 0,
});

const feeTotal = (fees: FeeResource[]): number =>
  round(fees.reduce((sum, f) => sum + (f.CustomerDebitAmount ?? 0), 0));

/** Reads `Amount`: a positive number of dollars and cents; a 422 otherwise. */
function amountOf(body: unknown): number {
  const amount = prop(body, 'Amount');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0)
    throw validationError({ 'model.Amount': ['Amount must be a positive number.'] }, 422);
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6)
    throw validationError({ 'model.Amount': ['Amount must not have more than 2 decimals.'] }, 422);
  return round(amount);
}

/** The options every transfer body shares that the sandbox does not carry out. */
function refuseUnsupported(body: unknown, what: string): void {
  if (prop(body, 'CloseAccount') === true)
    throw conflict(
      `Failed to send the ${what}: closing an account is not available in the sandbox.`,
    );
  const exec = prop(body, 'ExecTimeType');
  if (exec !== undefined && exec !== null && exec !== 'Regular') {
    if (exec === 'Scheduled')
      throw conflict(
        `Failed to send the ${what}: scheduled transfers are not available in the sandbox.`,
      );
    throw validationError(
      { 'model.ExecTimeType': ['ExecTimeType must be Regular or Scheduled.'] },
      422,
    );
  }
}

export class Transfers {
  private readonly records = new Map<string, TransferRecord>();

  constructor(private readonly host: FundingHost) {}

  /** The account's transfers, oldest first. */
  of(account: AccountState): TransferRecord[] {
    return [...this.records.values()].filter((r) => r.account.id === account.id);
  }

  get(account: AccountState, id: string): TransferRecord | undefined {
    const record = this.records.get(id.toLowerCase());
    return record && record.account.id === account.id ? record : undefined;
  }

  /** Transfers with something still to happen (settlement or the end of a hold). */
  open(): TransferRecord[] {
    return [...this.records.values()].filter(
      (r) => r.resource.Status === 'Pending' || r.releasesAt !== undefined,
    );
  }

  /** Cash the account may withdraw now: cash less held deposits and pending withdrawals. */
  withdrawable(account: AccountState): number {
    return round(Math.max(0, account.cash - (account.unavailableCash ?? 0)));
  }

  /** `POST A/transfers/ach`: a deposit (`IsIncoming`) or withdrawal over an approved relationship. */
  sendAch(
    account: AccountState,
    body: unknown,
    relationship: AchRecord | undefined,
  ): TransferResource {
    const what = 'ACH transfer to the clearing firm';
    const incoming = prop(body, 'IsIncoming');
    if (typeof incoming !== 'boolean')
      throw validationError(
        { 'model.IsIncoming': ['IsIncoming (true = deposit) is required.'] },
        422,
      );
    const amount = amountOf(body);
    const hold = prop(body, 'DaysToHoldFunds');
    if (
      hold !== undefined &&
      hold !== null &&
      (!Number.isInteger(hold) || (hold as number) < 0 || (hold as number) > MAX_HOLD_DAYS)
    )
      throw validationError(
        {
          'model.DaysToHoldFunds': [
            `DaysToHoldFunds must be a whole number from 0 to ${MAX_HOLD_DAYS}.`,
          ],
        },
        422,
      );
    refuseUnsupported(body, what);
    checkIraFields(account, incoming, body, this.host.now());
    if (!relationship)
      throw conflict(`Failed to send the ${what}: the ACH relationship was not found.`);
    if (relationship.resource.Status !== 'Approved')
      throw conflict(
        `Failed to send the ${what}: the ACH relationship is ${relationship.resource.Status}, not Approved.`,
      );
    if (amount > ACH_LIMIT)
      throw conflict(
        `Failed to send the ${what}: the amount exceeds the ACH limit of $${ACH_LIMIT.toFixed(2)} per transfer.`,
      );
    const bank = `${relationship.resource.Name} (${relationship.resource.DisplayAccountNumber})`;
    return this.create(account, {
      mechanism: 'ACH',
      deposit: incoming,
      amount,
      fees: [],
      holdDays: incoming ? ((hold as number | undefined) ?? DEFAULT_HOLD_DAYS) : 0,
      description: incoming ? `ACH deposit from ${bank}` : `ACH withdrawal to ${bank}`,
      what,
    });
  }

  /** `POST A/transfers/wire`: an outgoing wire, recorded and settled with its fee. */
  sendWire(account: AccountState, body: unknown): TransferResource {
    const what = 'wire transfer to the clearing firm';
    const amount = amountOf(body);
    const errors: Record<string, string[]> = {};
    for (const key of ['BankName', 'AccountNumber', 'Name'])
      if (typeof prop(body, key) !== 'string' || String(prop(body, key)).trim() === '')
        errors[`model.${key}`] = [`The ${key} field is required.`];
    if (Object.keys(errors).length > 0) throw validationError(errors, 422);
    refuseUnsupported(body, what);
    checkIraFields(account, false, body, this.host.now());
    const domestic = prop(body, 'IsDomesticWire') !== false;
    const comment = prop(body, 'Comment');
    return this.create(account, {
      mechanism: 'Wire',
      deposit: false,
      amount,
      fees: [
        fee(
          domestic ? 'OutgoingWire' : 'OutgoingInternationalWire',
          domestic ? FEES.domesticWire : FEES.internationalWire,
        ),
      ],
      holdDays: 0,
      description: `Wire to ${String(prop(body, 'BankName')).trim()}`,
      comment: typeof comment === 'string' ? comment : '',
      what,
    });
  }

  /** `POST A/transfers/check`: a check request (a withdrawal mailed as a check). */
  sendCheck(account: AccountState, body: unknown): TransferResource {
    const what = 'check transfer to the clearing firm';
    const amount = amountOf(body);
    const delivery = prop(body, 'DeliveryMethod') ?? 'Standard';
    if (delivery !== 'Standard' && delivery !== 'Overnight')
      throw validationError(
        { 'model.DeliveryMethod': ['DeliveryMethod must be Standard or Overnight.'] },
        422,
      );
    refuseUnsupported(body, what);
    checkIraFields(account, false, body, this.host.now());
    const memos = prop(body, 'Memos');
    return this.create(account, {
      mechanism: 'Check',
      deposit: false,
      amount,
      fees: [
        delivery === 'Overnight'
          ? fee('OvernightCheck', FEES.overnightCheck)
          : fee('CheckRequest', FEES.check),
      ],
      holdDays: 0,
      description: `Check request (${String(delivery).toLowerCase()} delivery)`,
      comment: Array.isArray(memos) ? memos.filter((m) => typeof m === 'string').join('; ') : '',
      what,
    });
  }

  private create(
    account: AccountState,
    t: {
      mechanism: Mechanism;
      deposit: boolean;
      amount: number;
      fees: FeeResource[];
      holdDays: number;
      description: string;
      comment?: string;
      what: string;
    },
  ): TransferResource {
    const fees = feeTotal(t.fees);
    if (!t.deposit) {
      const available = this.withdrawable(account);
      const needed = round(t.amount + fees);
      if (needed > available) {
        throw conflict(
          `Failed to send the ${t.what}: the amount ($${needed.toFixed(2)} with fees) exceeds the withdrawable cash ($${available.toFixed(2)}).`,
        );
      }
    }
    const now = this.host.now();
    const random = this.host.random;
    const id = uuidFrom(random);
    const due = settlesAt(now, SETTLEMENT_DAYS[t.mechanism]);
    const record: TransferRecord = {
      account,
      fees: t.fees,
      settlesAt: due,
      holdDays: t.holdDays,
      description: t.description,
      resource: {
        Id: id,
        AccountId: account.id,
        ExternalId: `${t.mechanism.toUpperCase()}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        Mechanism: t.mechanism,
        IsDeposit: t.deposit,
        Status: 'Pending' satisfies TransferStatus,
        Comment: t.comment ?? '',
        Amount: t.amount,
        TotalAmount: t.deposit ? round(t.amount - fees) : round(t.amount + fees),
        TransferDate: new Date(due).toISOString(),
        CreatedAt: new Date(now).toISOString(),
        ClearingAccountNumber: account.model.ClearingAccount ?? '',
        CreatedBy: this.host.ownerLogin(account),
      },
    };
    this.records.set(id, record);
    this.adjustPending(record, +1);
    this.host.announceBalance(account);
    return structuredClone(record.resource);
  }

  /** `DELETE A/transfers/{id}?comment=`: cancels a pending transfer; 409 otherwise. */
  cancel(record: TransferRecord, comment: string): void {
    if (record.resource.Status !== 'Pending')
      throw conflict(
        `Failed to send the transfer cancellation request: the transfer is ${record.resource.Status}.`,
      );
    this.adjustPending(record, -1);
    record.resource.Status = 'Canceled' satisfies TransferStatus;
    record.resource.Comment = comment;
    this.host.announceBalance(record.account);
  }

  /** Settles a pending transfer: cash, fees and ledger; a deposit goes on hold. */
  settle(record: TransferRecord, at: number): void {
    if (record.resource.Status !== 'Pending') return;
    const { account, resource } = record;
    this.adjustPending(record, -1);
    const amount = resource.Amount ?? 0;
    const signed = resource.IsDeposit ? amount : -amount;
    account.cash = round(account.cash + signed);
    recordTransaction(account, this.host.nextTransactionId(), 'Payment', at, {
      Value: signed,
      Description: record.description,
      Code: resource.IsDeposit ? 'DEP' : 'WD',
    });
    for (const f of record.fees) {
      const value = f.CustomerDebitAmount ?? 0;
      account.cash = round(account.cash - value);
      recordTransaction(account, this.host.nextTransactionId(), 'Payment', at, {
        Value: -value,
        Description: `Fee: ${f.Type} (${resource.Mechanism} ${resource.ExternalId})`,
        Code: 'FEE',
        Fee: {
          Id: 0,
          CommissionId: f.Type,
          Value: value,
          Seizure: 'Order',
          Leverage: 1,
          ValueType: 'Absolute',
        },
      });
    }
    resource.Status = 'Completed' satisfies TransferStatus;
    resource.TransferDate = new Date(at).toISOString();
    if (resource.IsDeposit && record.holdDays > 0) {
      record.releasesAt = businessDaysAfter(record.settlesAt, record.holdDays);
      account.unavailableCash = round((account.unavailableCash ?? 0) + amount);
    }
    this.host.announceBalance(account);
  }

  /** A settled deposit's hold ends: the money becomes withdrawable. */
  release(record: TransferRecord): void {
    if (record.releasesAt === undefined) return;
    record.releasesAt = undefined;
    const { account } = record;
    account.unavailableCash = round(
      Math.max(0, (account.unavailableCash ?? 0) - (record.resource.Amount ?? 0)),
    );
    this.host.announceBalance(account);
  }

  /** Pending deposits count in `pendingCash`; pending withdrawals (with fees) also hold cash back. */
  private adjustPending(record: TransferRecord, sign: 1 | -1): void {
    const { account, resource } = record;
    const amount = resource.Amount ?? 0;
    if (resource.IsDeposit) {
      account.pendingCash = round((account.pendingCash ?? 0) + sign * amount);
    } else {
      const total = resource.TotalAmount ?? amount;
      account.pendingCash = round((account.pendingCash ?? 0) - sign * total);
      account.unavailableCash = round((account.unavailableCash ?? 0) + sign * total);
    }
  }
}

/** Transaction records (`TransactionMapModel`) for cash moves, executions and commissions. */
import { isoDate, round } from './money.ts';
import type { AccountState, TransactionMapModel } from './types.ts';

type Kind = NonNullable<TransactionMapModel['Type']>;

/** Appends a transaction to the account's ledger and returns it. */
export function recordTransaction(
  account: AccountState,
  id: number,
  kind: Kind,
  at: number,
  fields: Partial<TransactionMapModel>,
): TransactionMapModel {
  const t: TransactionMapModel = {
    Id: id,
    SecurityId: -1,
    OrderStateId: 0,
    AccountId: account.id,
    OrderId: 0,
    Date: isoDate(at),
    SettlementDate: isoDate(at + (kind === 'OrderExecution' ? 86_400_000 : 0)),
    Value: 0,
    Quantity: 0,
    LeavesQuantity: 0,
    Price: 0,
    Fee: {
      Id: 0,
      CommissionId: '',
      Value: 0,
      Seizure: 'Execution',
      Leverage: 1,
      ValueType: 'Absolute',
    },
    Type: kind,
    IsDayTrade: false,
    Description: '',
    Symbol: '',
    Code: kind === 'Payment' ? 'DEP' : kind === 'Commission' ? 'COM' : 'TRD',
    MarginType: account.isMargin ? 'Margin' : 'Cash',
    ...fields,
  };
  if (t.Value !== undefined) t.Value = round(t.Value);
  account.transactions.push(t);
  return t;
}

/**
 * The seeded year's income of an account, added to its ledger after its trades: quarterly cash
 * dividends on what it held (paid on the 15th of Feb/May/Aug/Nov, 12:00 New York, to holders
 * two weeks before) and monthly credit interest on a positive cash balance (first day of the
 * month, 0.5 % a year). Both are `Payment` transactions (`Code` `DIV` / `INT`; dividends have
 * `MarginType` `Dividend`) and both change the cash.
 */
import { round } from '../broker/money.ts';
import { recordTransaction } from '../broker/transactions.ts';
import type { AccountState, TransactionMapModel } from '../broker/types.ts';
import { easternDayStart, MS } from '../market/eastern-time.ts';

/** Quarterly dividend per share of the seeded symbols that pay one. */
export const QUARTERLY_DIVIDEND: Readonly<Record<string, number>> = {
  AAPL: 0.26,
  MSFT: 0.83,
  GOOGL: 0.2,
  META: 0.525,
  NVDA: 0.01,
  JPM: 1.4,
  KO: 0.51,
  XOM: 0.99,
  PFE: 0.43,
  DIS: 0.5,
  INTC: 0.125,
  COST: 1.16,
  SPY: 1.7,
  QQQ: 0.7,
  VTI: 0.9,
  TLT: 0.9,
  JNJ: 1.24,
};
/** Yearly rate paid on positive cash. */
export const CASH_INTEREST_RATE = 0.005;
const PAY_MONTHS = [1, 4, 7, 10];
const RECORD_LEAD = 14 * MS.DAY;

export interface IncomeContext {
  /** The seeding instant (today). */
  now: number;
  nextTransactionId(): number;
}

/** What the account held of a security at `at` (executions before it). */
function heldAt(ledger: TransactionMapModel[], securityId: number, at: number): number {
  let quantity = 0;
  for (const t of ledger) {
    if (t.Type !== 'OrderExecution' || t.SecurityId !== securityId || Date.parse(t.Date ?? '') > at)
      continue;
    quantity += (t.Value ?? 0) < 0 ? (t.Quantity ?? 0) : -(t.Quantity ?? 0);
  }
  return quantity;
}

/** Cash after every ledger entry dated before `at`. */
function cashAt(ledger: TransactionMapModel[], at: number): number {
  return ledger.reduce((sum, t) => (Date.parse(t.Date ?? '') < at ? sum + (t.Value ?? 0) : sum), 0);
}

/** Instants of the income events between `from` and `now` (UTC month arithmetic, noon New York). */
function monthStarts(from: number, now: number, day: number, months?: number[]): number[] {
  const out: number[] = [];
  const d = new Date(from);
  for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m++) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const at = easternDayStart(Date.UTC(y, m, day, 17)) + 12 * MS.HOUR;
    if (at >= now) break;
    if (at > from && (!months || months.includes(m))) out.push(at);
  }
  return out;
}

/** Adds the year's dividends and interest to the account's ledger and cash. */
export function seedIncome(ctx: IncomeContext, account: AccountState): void {
  const ledger = [...account.transactions];
  const events: { at: number; record: () => void }[] = [];
  const symbols = new Map<number, string>();
  for (const t of ledger)
    if (t.Type === 'OrderExecution' && t.SecurityId !== undefined && t.Symbol)
      symbols.set(t.SecurityId, t.Symbol);
  for (const at of monthStarts(account.historyStart, ctx.now, 15, PAY_MONTHS)) {
    for (const [securityId, symbol] of symbols) {
      const perShare = QUARTERLY_DIVIDEND[symbol];
      const quantity = perShare ? heldAt(ledger, securityId, at - RECORD_LEAD) : 0;
      if (quantity <= 0) continue;
      const value = round(quantity * perShare);
      events.push({
        at,
        record: () => {
          account.cash = round(account.cash + value);
          recordTransaction(account, ctx.nextTransactionId(), 'Payment', at, {
            SecurityId: securityId,
            Symbol: symbol,
            Quantity: quantity,
            Price: perShare,
            Value: value,
            Code: 'DIV',
            MarginType: 'Dividend',
            Description: `Cash dividend ${symbol}: ${quantity} shares at $${perShare}`,
          });
        },
      });
    }
  }
  for (const at of monthStarts(account.historyStart, ctx.now, 1)) {
    events.push({
      at,
      record: () => {
        const value = round((cashAt(account.transactions, at) * CASH_INTEREST_RATE) / 12);
        if (value < 0.01) return;
        account.cash = round(account.cash + value);
        recordTransaction(account, ctx.nextTransactionId(), 'Payment', at, {
          Value: value,
          Code: 'INT',
          Description: 'Credit interest on cash',
        });
      },
    });
  }
  events.sort((a, b) => a.at - b.at);
  for (const e of events) e.record();
}

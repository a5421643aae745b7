/**
 * Daily account values for `/accounts/{id}/history`: a seeded random walk bridged from the
 * opening deposit to today's live equity, one `{Date, Value}` per day in the asked range.
 */
import { round } from './money.ts';
import type { AccountState, AccountValueItem } from './types.ts';

const DAY = 86_400_000;

/** Values from `start` to `end` (epoch ms, inclusive) given today's equity. */
export function accountHistory(
  account: AccountState,
  start: number,
  end: number,
  equityNow: number,
  now: number,
): AccountValueItem[] {
  const shape = account.historyShape;
  const n = shape.length - 1;
  const from = account.historyStart;
  const out: AccountValueItem[] = [];
  const first = Math.max(start, from);
  const last = Math.min(end, now);
  const startValue = account.historyStartValue;
  const firstDay = Math.ceil((first - from) / DAY);
  for (let d = firstDay; from + d * DAY <= last && out.length < 5000; d++) {
    const i = Math.min(d, n);
    const t = n > 0 ? i / n : 1;
    const trend = startValue + (equityNow - startValue) * t;
    const wiggle = (shape[i] - t * shape[n]) * Math.max(startValue, equityNow);
    const value = i >= n ? equityNow : trend + wiggle;
    out.push({ Date: new Date(from + d * DAY).toISOString(), Value: round(Math.max(0, value)) });
  }
  return out;
}

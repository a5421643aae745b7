/**
 * An option chain laid out as a customer reads it: one row per strike with its call and its
 * put, the strike at the money, and where the underlying's price falls.
 */
import type { OptionResource } from '@autoshares/client';

/** One strike of an expiration: its call and put (either may be missing). */
export interface StrikeRow {
  strike: number;
  call: OptionResource | undefined;
  put: OptionResource | undefined;
}

/** Rows per strike, ascending, from an expiration's contracts (other kinds ignored). */
export function strikeRows(contracts: readonly OptionResource[]): StrikeRow[] {
  const byStrike = new Map<number, StrikeRow>();
  for (const contract of contracts) {
    const strike = contract.StrikePrice;
    if (strike == null || !Number.isFinite(strike)) continue;
    const row = byStrike.get(strike) ?? { strike, call: undefined, put: undefined };
    if (contract.OptionType === 'Call') row.call = contract;
    else if (contract.OptionType === 'Put') row.put = contract;
    else continue;
    byStrike.set(strike, row);
  }
  return [...byStrike.values()].sort((a, b) => a.strike - b.strike);
}

/** The index of the strike nearest `price` (the at-the-money row); -1 when there are none. */
export function atTheMoneyIndex(rows: readonly StrikeRow[], price: number): number {
  let best = -1;
  let distance = Infinity;
  rows.forEach((row, index) => {
    const d = Math.abs(row.strike - price);
    if (d < distance) {
      best = index;
      distance = d;
    }
  });
  return best;
}

/**
 * Where the underlying's price falls among the rows: the index of the first row whose strike
 * is above it (rows.length when none is), so a price line can be drawn before that row.
 */
export function priceLineIndex(rows: readonly StrikeRow[], price: number): number {
  const index = rows.findIndex((row) => row.strike > price);
  return index < 0 ? rows.length : index;
}

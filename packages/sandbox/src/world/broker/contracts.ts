/**
 * What makes an option contract different to the broker: its size (100 shares a contract, in
 * every cost, value and P&L), its commission, the margin a short contract needs, and the
 * underlying fields orders and positions show. Sandbox schedule (the spec is silent):
 * $0.65 a contract, at least $1; an uncovered short contract needs the CBOE minimum,
 * max(premium + 20 % of the underlying − the out-of-the-money amount, premium + 10 % of the
 * underlying (calls) or of the strike (puts)) × 100.
 */
import { easternDayStart, MS, SESSION } from '../market/eastern-time.ts';
import type { EquityResource } from './types.ts';
import { round } from './money.ts';

/** Is this security an option contract? */
export const isOption = (security: EquityResource | null | undefined): boolean =>
  security?.Type === 'Option';

/** Shares per unit: 100 for an option contract (its `ContractSize`), else 1. */
export const contractSize = (security: EquityResource | null | undefined): number =>
  isOption(security) ? security?.ContractSize || 100 : 1;

/** The sandbox's option commission: $0.65 a contract, at least $1. */
export const optionCommission = (contracts: number): number =>
  round(Math.max(1, 0.65 * Math.abs(contracts)));

/** The terms of a contract the margin rules need. */
export interface ContractTerms {
  type: 'Call' | 'Put';
  strike: number;
  underlying: string;
}

/** The terms of an option contract, or null for anything else. */
export function termsOf(security: EquityResource | null | undefined): ContractTerms | null {
  if (!isOption(security) || !security) return null;
  return {
    type: security.OptionType === 'Put' ? 'Put' : 'Call',
    strike: security.StrikePrice ?? 0,
    underlying: security.UnderlyingAssetSymbol ?? '',
  };
}

/** Margin one uncovered short contract needs (dollars), at `premium` with the underlying at `spot`. */
export function nakedRequirement(terms: ContractTerms, premium: number, spot: number): number {
  const outOfTheMoney =
    terms.type === 'Call' ? Math.max(0, terms.strike - spot) : Math.max(0, spot - terms.strike);
  const floor = 0.1 * (terms.type === 'Call' ? spot : terms.strike);
  return round(Math.max(premium + 0.2 * spot - outOfTheMoney, premium + floor) * 100);
}

/** One leg as the spread margin sees it: signed contracts (+ long, − short) and the premium. */
export interface LegPosition {
  terms: ContractTerms;
  contracts: number;
  premium: number;
  spot: number;
}

/**
 * Margin a set of option legs needs beyond its net premium: each short contract is covered by a
 * long contract of the same type and underlying when there is one left (the spread's width at
 * risk, 0 when the long side protects fully), and needs the uncovered minimum otherwise.
 */
export function shortLegsRequirement(legs: LegPosition[]): number {
  const longs = legs.filter((l) => l.contracts > 0).map((l) => ({ ...l, left: l.contracts }));
  let total = 0;
  for (const short of legs.filter((l) => l.contracts < 0)) {
    let uncovered = -short.contracts;
    for (const long of longs) {
      if (uncovered === 0) break;
      if (long.left === 0 || long.terms.type !== short.terms.type) continue;
      if (long.terms.underlying !== short.terms.underlying) continue;
      const covered = Math.min(uncovered, long.left);
      const width =
        short.terms.type === 'Call'
          ? long.terms.strike - short.terms.strike
          : short.terms.strike - long.terms.strike;
      total += Math.max(0, width) * 100 * covered;
      long.left -= covered;
      uncovered -= covered;
    }
    total += uncovered * nakedRequirement(short.terms, short.premium, short.spot);
  }
  return round(total);
}

/** Epoch ms of a contract's expiration date (UTC midnight of the date), or null. */
export function expirationOf(security: EquityResource | null | undefined): number | null {
  if (!isOption(security) || !security?.ExpirationDate) return null;
  const ms = Date.parse(security.ExpirationDate);
  return Number.isFinite(ms) ? ms : null;
}

/** Epoch ms of the 16:00 New York close on a contract's expiration date, or null. */
export function expiryCloseOf(security: EquityResource | null | undefined): number | null {
  const date = expirationOf(security);
  return date === null ? null : easternDayStart(date + 12 * MS.HOUR) + SESSION.close;
}

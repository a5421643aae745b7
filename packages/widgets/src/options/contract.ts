/**
 * Option contracts as a customer reads them: the OSI symbol parsed (`AAPL  250117C00230000`)
 * and described in the session's language ("AAPL 17 Jan 25 230 Call"), whether a contract is
 * in the money, and what a premium costs (contract size × price).
 */
import { formatNumber } from '../format/format.ts';
import { msg } from '../locale/msg.ts';
import type { SymbolSelection } from '../core/events.ts';

export type OptionKind = 'Call' | 'Put';

/** An option contract's terms. */
export interface ContractTerms {
  /** The underlying's ticker (the OSI root, trimmed). */
  underlying: string;
  /** The expiration day, UTC midnight (ms). */
  expiration: number;
  kind: OptionKind;
  strike: number;
}

/** A symbol that is not an OSI option symbol. */
export class InvalidOptionSymbolError extends Error {
  override readonly name = 'InvalidOptionSymbolError';
  constructor(readonly symbol: string) {
    super(`"${symbol}" is not an OSI option symbol (root, yymmdd, C or P, strike × 1000).`);
  }
}

/** The contract size of US equity options when the security does not say. */
export const STANDARD_CONTRACT_SIZE = 100;

// Root of 1–6 characters padded with spaces to 6 (some feeds drop the padding), yymmdd, C/P,
// the strike × 1000 in 8 digits.
const OSI = /^([A-Z0-9.]{1,6}) *(\d{2})(\d{2})(\d{2})([CP])(\d{8})$/;

/** The terms of an OSI symbol; throws {@link InvalidOptionSymbolError} for anything else. */
export function parseOsiSymbol(symbol: string): ContractTerms {
  const match = OSI.exec(symbol.trim().toUpperCase());
  if (!match) throw new InvalidOptionSymbolError(symbol);
  const [, root, yy, mm, dd, kind, strike] = match;
  const month = Number(mm);
  const day = Number(dd);
  const expiration = Date.UTC(2000 + Number(yy), month - 1, day);
  const date = new Date(expiration);
  if (month < 1 || month > 12 || date.getUTCDate() !== day) {
    throw new InvalidOptionSymbolError(symbol);
  }
  return {
    underlying: root!,
    expiration,
    kind: kind === 'C' ? 'Call' : 'Put',
    strike: Number(strike) / 1000,
  };
}

/** Whether `symbol` is an OSI option symbol (rather than a ticker). */
export function isOsiSymbol(symbol: string): boolean {
  try {
    parseOsiSymbol(symbol);
    return true;
  } catch {
    return false;
  }
}

/** The OSI symbol of a contract (root padded to 6, yymmdd, C/P, strike × 1000 in 8 digits). */
export function osiSymbol(terms: ContractTerms): string {
  const d = new Date(terms.expiration);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(d.getUTCFullYear() % 100)}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
  const strike = String(Math.round(terms.strike * 1000)).padStart(8, '0');
  return `${terms.underlying.padEnd(6, ' ')}${date}${terms.kind === 'Call' ? 'C' : 'P'}${strike}`;
}

/** "Call" or "Put" in the session's language. */
export function kindLabel(kind: OptionKind): string {
  return kind === 'Call' ? msg('Call') : msg('Put');
}

/** The expiration as a short date ("17 Jan 25", "17.01.25", "25/01/17"), read in UTC. */
export function formatExpiration(expiration: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(expiration);
}

/** "AAPL 17 Jan 25 230 Call": underlying, expiration, strike and kind, localised. */
export function describeContract(terms: ContractTerms, locale?: string): string {
  return [
    terms.underlying,
    formatExpiration(terms.expiration, locale),
    formatNumber(terms.strike, locale, 3),
    kindLabel(terms.kind),
  ].join(' ');
}

/** Whether exercising now would be worth something (a call below the price, a put above). */
export function inTheMoney(kind: OptionKind, strike: number, underlyingPrice: number): boolean {
  return kind === 'Call' ? strike < underlyingPrice : strike > underlyingPrice;
}

/**
 * What `contracts` contracts cost at `price` per share (premium × contract size), to a
 * hundredth of a cent (so 2.35 × 3 × 100 is 705, not 705.0000000000001).
 */
export function premiumCost(
  price: number,
  contracts: number,
  contractSize = STANDARD_CONTRACT_SIZE,
): number {
  return Math.round(price * contracts * contractSize * 1e4) / 1e4;
}

/** How a row names its security: an option contract in words, anything else by its ticker. */
export function displaySymbol(symbol: string, locale?: string): string {
  return isOsiSymbol(symbol) ? describeContract(parseOsiSymbol(symbol), locale) : symbol;
}

/**
 * What choosing a row puts in its link group: for an option contract its underlying (the
 * quote, chart and news of a group show the underlying), else the security itself.
 */
export function linkSelection(symbol: string, securityId: number | undefined): SymbolSelection {
  return isOsiSymbol(symbol)
    ? { symbol: parseOsiSymbol(symbol).underlying }
    : { symbol, securityId };
}

/**
 * Multi-leg option strategies (spreads): legs built from a chain's strike rows by preset
 * (verticals, straddle, strangle, iron condor) or chosen one by one, their net price per spread
 * from the legs' quotes, the checks the API's multi-leg order needs (2–4 legs, distinct
 * contracts of one underlying), and the order itself (root `Symbol` "", signed net `Price`).
 */
import type { CreateOrderResource, OptionResource } from '@autoshares/client';
import type { StrikeRow } from './chain.ts';
import type { ContractTerms, OptionKind } from './contract.ts';
import { msg } from '../locale/msg.ts';

/**
 * A leg's side as the API writes it for options: `Buy` to open, `SellShort` to open a short
 * (write), `Sell` to close a long, `BuyToCover` to close a short.
 */
export type LegSide = 'Buy' | 'SellShort' | 'Sell' | 'BuyToCover';
export const LEG_SIDES: readonly LegSide[] = ['Buy', 'SellShort', 'Sell', 'BuyToCover'];

/** One leg of a strategy: a contract, its side, and its contracts per spread. */
export interface StrategyLeg extends ContractTerms {
  /** The contract's OSI symbol. */
  symbol: string;
  /** AutoShares internal security id of the contract. */
  securityId: number;
  side: LegSide;
  /** Contracts of this leg in one spread (1 in every preset). */
  ratio: number;
}

/** Whether a leg buys (pays the ask) rather than sells (receives the bid). */
export const isBuyingLeg = (side: LegSide): boolean => side === 'Buy' || side === 'BuyToCover';

/** The opening side for a direction: buy to open, or sell to open. */
export const openingSide = (direction: 'Buy' | 'Sell'): LegSide =>
  direction === 'Buy' ? 'Buy' : 'SellShort';

/** The fewest and most legs of a multi-leg order. */
export const MIN_LEGS = 2;
export const MAX_LEGS = 4;

/**
 * `legs` with `leg` added: a contract already there takes the new side (choosing its other
 * price flips it), a new one is appended while there are fewer than {@link MAX_LEGS}.
 * Returns `legs` itself when it is full.
 */
export function withLeg(legs: readonly StrategyLeg[], leg: StrategyLeg): readonly StrategyLeg[] {
  const at = legs.findIndex((l) => l.securityId === leg.securityId);
  if (at >= 0) return legs.map((l, i) => (i === at ? { ...l, side: leg.side } : l));
  return legs.length < MAX_LEGS ? [...legs, leg] : legs;
}

/** The presets, each anchored at a strike. */
export const STRATEGY_PRESETS = [
  'call-debit-vertical',
  'call-credit-vertical',
  'put-debit-vertical',
  'put-credit-vertical',
  'straddle',
  'strangle',
  'iron-condor',
] as const;
export type StrategyPreset = (typeof STRATEGY_PRESETS)[number];

/** A preset's name in the locale in scope. */
export function presetLabel(preset: StrategyPreset): string {
  switch (preset) {
    case 'call-debit-vertical':
      return msg('Call debit vertical (bull call)');
    case 'call-credit-vertical':
      return msg('Call credit vertical (bear call)');
    case 'put-debit-vertical':
      return msg('Put debit vertical (bear put)');
    case 'put-credit-vertical':
      return msg('Put credit vertical (bull put)');
    case 'straddle':
      return msg('Long straddle');
    case 'strangle':
      return msg('Long strangle');
    case 'iron-condor':
      return msg('Short iron condor');
  }
}

/** A leg of `contract` (its terms read from the chain's resource); undefined when incomplete. */
export function legOf(
  contract: OptionResource | undefined,
  underlying: string,
  side: LegSide,
): StrategyLeg | undefined {
  const kind = contract?.OptionType;
  if (
    !contract?.Symbol ||
    contract.Id == null ||
    contract.StrikePrice == null ||
    typeof contract.ExpirationDate !== 'number' ||
    (kind !== 'Call' && kind !== 'Put')
  )
    return undefined;
  return {
    symbol: contract.Symbol,
    securityId: contract.Id,
    underlying,
    expiration: contract.ExpirationDate,
    kind,
    strike: contract.StrikePrice,
    side,
    ratio: 1,
  };
}

/** Leg specs of a preset: strike offset from the anchor (in rows), kind, side. */
type LegSpec = [offset: number, kind: OptionKind, side: LegSide];

function presetSpecs(preset: StrategyPreset, w: number): LegSpec[] {
  switch (preset) {
    case 'call-debit-vertical':
      return [
        [0, 'Call', 'Buy'],
        [w, 'Call', 'SellShort'],
      ];
    case 'call-credit-vertical':
      return [
        [0, 'Call', 'SellShort'],
        [w, 'Call', 'Buy'],
      ];
    case 'put-debit-vertical':
      return [
        [0, 'Put', 'Buy'],
        [-w, 'Put', 'SellShort'],
      ];
    case 'put-credit-vertical':
      return [
        [0, 'Put', 'SellShort'],
        [-w, 'Put', 'Buy'],
      ];
    case 'straddle':
      return [
        [0, 'Call', 'Buy'],
        [0, 'Put', 'Buy'],
      ];
    case 'strangle':
      return [
        [-w, 'Put', 'Buy'],
        [w, 'Call', 'Buy'],
      ];
    case 'iron-condor':
      return [
        [-2 * w, 'Put', 'Buy'],
        [-w, 'Put', 'SellShort'],
        [w, 'Call', 'SellShort'],
        [2 * w, 'Call', 'Buy'],
      ];
  }
}

/**
 * The legs of a preset anchored at the row nearest `anchorStrike`, its other strikes `width`
 * rows away (a vertical buys the anchor and sells `width` strikes further out of the money, an
 * iron condor sells `width` strikes each side and buys `2 × width`). Undefined when the rows do
 * not reach that far or a contract is missing.
 */
export function presetLegs(
  preset: StrategyPreset,
  rows: readonly StrikeRow[],
  anchorStrike: number,
  underlying: string,
  width = 1,
): StrategyLeg[] | undefined {
  if (!rows.length || !(width >= 1)) return undefined;
  let anchor = 0;
  rows.forEach((row, i) => {
    if (Math.abs(row.strike - anchorStrike) < Math.abs(rows[anchor]!.strike - anchorStrike))
      anchor = i;
  });
  const legs: StrategyLeg[] = [];
  for (const [offset, kind, side] of presetSpecs(preset, Math.round(width))) {
    const row = rows[anchor + offset];
    const leg = legOf(kind === 'Call' ? row?.call : row?.put, underlying, side);
    if (!leg) return undefined;
    legs.push(leg);
  }
  return legs;
}

/** Bid and ask of a leg's contract, when quoted. */
export type LegQuote = { Bid?: number | null; Ask?: number | null } | undefined;

/**
 * The net price of one spread per share, signed as the API's root `Price`: positive = a debit
 * (paid), negative = a credit (received). Buys at the ask, sells at the bid, by ratio.
 * Undefined while a leg has no price on its side.
 */
export function netPrice(
  legs: readonly StrategyLeg[],
  quoteOf: (leg: StrategyLeg) => LegQuote,
): number | undefined {
  let net = 0;
  for (const leg of legs) {
    const quote = quoteOf(leg);
    const price = isBuyingLeg(leg.side) ? quote?.Ask : quote?.Bid;
    if (price == null || !Number.isFinite(price) || price < 0) return undefined;
    net += (isBuyingLeg(leg.side) ? price : -price) * leg.ratio;
  }
  return legs.length ? Math.round(net * 1e4) / 1e4 : undefined;
}

/** A signed net price read as a customer does: a debit, a credit, or even. */
export function netKind(net: number): 'debit' | 'credit' | 'even' {
  return net > 0 ? 'debit' : net < 0 ? 'credit' : 'even';
}

/** What makes a set of legs no multi-leg order the API takes. */
export type StrategyProblem =
  'too-few-legs' | 'too-many-legs' | 'several-underlyings' | 'repeated-contract' | 'bad-ratio';

/** The problems of `legs` as one multi-leg order (none: it can be sent). */
export function strategyProblems(legs: readonly StrategyLeg[]): StrategyProblem[] {
  const problems: StrategyProblem[] = [];
  if (legs.length < MIN_LEGS) problems.push('too-few-legs');
  if (legs.length > MAX_LEGS) problems.push('too-many-legs');
  if (new Set(legs.map((l) => l.underlying.trim().toUpperCase())).size > 1)
    problems.push('several-underlyings');
  if (new Set(legs.map((l) => l.symbol.replace(/ /g, ''))).size < legs.length)
    problems.push('repeated-contract');
  if (legs.some((l) => !Number.isInteger(l.ratio) || l.ratio < 1)) problems.push('bad-ratio');
  return problems;
}

/** A problem as a sentence, in the locale in scope. */
export function strategyProblemMessage(problem: StrategyProblem): string {
  switch (problem) {
    case 'too-few-legs':
      return msg('A spread needs at least two legs.');
    case 'too-many-legs':
      return msg('A spread has at most four legs.');
    case 'several-underlyings':
      return msg('All legs of a spread must be options on one underlying.');
    case 'repeated-contract':
      return msg('Each contract can be in a spread only once.');
    case 'bad-ratio':
      return msg('Each leg needs a whole number of contracts per spread.');
  }
}

/** Legs that cannot make one multi-leg order (thrown by {@link strategyOrder}). */
export class InvalidStrategyError extends Error {
  override readonly name = 'InvalidStrategyError';
  constructor(readonly problems: readonly StrategyProblem[]) {
    super(`Not a valid multi-leg order: ${problems.join(', ')}.`);
  }
}

/** The terms of a multi-leg order beside its legs. */
export interface StrategyTerms {
  /** Number of spreads (the root `Quantity`; each leg trades ratio × spreads contracts). */
  spreads: number;
  type: 'Market' | 'Limit';
  /** The signed net limit per spread (positive debit, negative credit); Limit only. */
  price?: number;
  timeInForce: NonNullable<CreateOrderResource['TimeInforce']>;
}

/**
 * The multi-leg order of `legs` as the API takes it: root `Symbol` "", `Type`, signed `Price`
 * and time in force on the root, legs with only `Symbol`, `Quantity` and `Side`. Throws
 * {@link InvalidStrategyError} for legs that cannot be one order.
 */
export function strategyOrder(
  legs: readonly StrategyLeg[],
  terms: StrategyTerms,
): CreateOrderResource {
  const problems = strategyProblems(legs);
  if (problems.length) throw new InvalidStrategyError(problems);
  const order: CreateOrderResource = {
    Symbol: '',
    Type: terms.type,
    Quantity: terms.spreads,
    TimeInforce: terms.timeInForce,
    Legs: legs.map((leg) => ({
      Symbol: leg.symbol,
      Quantity: leg.ratio * terms.spreads,
      Side: leg.side,
    })),
  };
  if (terms.type === 'Limit' && terms.price !== undefined) order.Price = terms.price;
  return order;
}

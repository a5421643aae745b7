/**
 * Orders with legs (api-reference §4.2): their documented rules and what they cost.
 *
 * Multi-leg option orders (root `Type` `Market` or `Limit` with `Legs`):
 * - the root `Symbol` is `""`; `Type`, `Price` and the time in force sit on the root;
 * - each leg carries only `Symbol` (an OSI option symbol), `Quantity` and `Side`;
 * - sandbox rules where the spec is silent: 2 to 4 legs, distinct contracts of one underlying;
 *   a leg's `Quantity` is its number of contracts; the root `Quantity` is the number of spreads
 *   (default: the greatest common divisor of the legs' quantities) and divides every leg's;
 *   the root `Price` is the net price of one spread per share, signed: positive = a debit paid
 *   at most, negative = a credit received at least. The order fills at once, all legs
 *   together, when the legs' net market price (buys at the ask, sells at the bid) is at or
 *   below `Price`.
 *
 * Conditional orders (root `Symbol` `""`, every leg a full order):
 * - `OneTriggerOther`: 2 legs, the first is not a Market order; the second works once the
 *   first filled;
 * - `OneCancelOther`: 2 legs, not both Market orders; a fill of one cancels the other;
 * - `OneTriggerOneCancelOther`: 3 legs, an entry then a take-profit/stop-loss pair; the
 *   sandbox holds the entry to the OTO rule (not Market) and the pair to the OCO rule.
 *
 * A broken rule answers the documented verification body (`IsSuccessful:false`,
 * `ErrorDescription`, `ErrorDescriptionText`) on verify, and rejects the order on place.
 */
import type { QuoteModel } from '../../contract.ts';
import {
  contractSize,
  isOption,
  optionCommission,
  shortLegsRequirement,
  termsOf,
} from './contracts.ts';
import { round } from './money.ts';
import type { EquityResource, OrderInput, OrderPreviewResource, OrderType } from './types.ts';
import {
  checkSingle,
  estimatedPrice,
  money,
  optionBuyingPower,
  SUPPORTED_TYPES,
  type Rejection,
  type Verdict,
  type VerifyContext,
} from './verify.ts';

/** The conditional order types. */
export const CONDITIONAL_TYPES: ReadonlySet<OrderType> = new Set<OrderType>([
  'OneCancelOther',
  'OneTriggerOther',
  'OneTriggerOneCancelOther',
]);

/** Root types a multi-leg order may have. */
const MULTI_LEG_TYPES: ReadonlySet<OrderType> = new Set<OrderType>(['Market', 'Limit']);

/** The fields a multi-leg leg may carry (lower case). */
const LEG_FIELDS = new Set(['symbol', 'quantity', 'side']);

/** How many legs each conditional type has. */
const LEG_COUNT: Partial<Record<OrderType, number>> = {
  OneCancelOther: 2,
  OneTriggerOther: 2,
  OneTriggerOneCancelOther: 3,
};

/** Is this a multi-leg option order (legs under a Market or Limit root)? */
export const isMultiLeg = (input: OrderInput): boolean =>
  !!input.legs && MULTI_LEG_TYPES.has(input.type);

const greatestCommonDivisor = (a: number, b: number): number =>
  b === 0 ? a : greatestCommonDivisor(b, a % b);

/** The number of spreads of a multi-leg order (its root `Quantity`, else the legs' GCD). */
export function spreadsOf(input: OrderInput): number {
  if (input.quantity > 0) return input.quantity;
  return (input.legs ?? []).reduce(
    (g, leg) => greatestCommonDivisor(g, Math.max(0, Math.round(leg.quantity))),
    0,
  );
}

/** Did the body of this order or leg send the field (any casing)? */
const sent = (input: OrderInput, field: string): boolean =>
  [...(input.fields ?? [])].some((f) => f.toLowerCase() === field.toLowerCase());

const buys = (side: string): boolean => side === 'Buy' || side === 'BuyToCover';

/** The rules of an order with legs; null when it may be placed. */
export function checkCombo(input: OrderInput, ctx: VerifyContext): Rejection | null {
  if (input.symbol !== '') {
    return {
      code: 'InvalidSymbol',
      text: 'The root Symbol of a multi-leg or conditional order must be empty ("").',
    };
  }
  if (CONDITIONAL_TYPES.has(input.type)) return checkConditional(input, ctx);
  if (!MULTI_LEG_TYPES.has(input.type)) {
    return {
      code: 'InvalidOrderType',
      text: `A multi-leg order's Type must be Market or Limit, not ${input.type}.`,
    };
  }
  return checkMultiLeg(input, ctx);
}

function checkConditional(input: OrderInput, ctx: VerifyContext): Rejection | null {
  const legs = input.legs ?? [];
  const count = LEG_COUNT[input.type] ?? 0;
  if (legs.length !== count) {
    return {
      code: 'InvalidLegsCount',
      text: `A ${input.type} order has ${count} legs; this one has ${legs.length}.`,
    };
  }
  const market = (i: number) => legs[i]!.type === 'Market';
  if (input.type !== 'OneCancelOther' && market(0)) {
    return {
      code: 'InvalidOrderType',
      text: `The first leg of a ${input.type} order must not be a Market order.`,
    };
  }
  const pair = input.type === 'OneTriggerOneCancelOther' ? [1, 2] : [0, 1];
  if (input.type !== 'OneTriggerOther' && market(pair[0]!) && market(pair[1]!)) {
    return {
      code: 'InvalidOrderType',
      text:
        input.type === 'OneCancelOther'
          ? 'The two legs of a OneCancelOther order must not both be Market orders.'
          : 'The take-profit and stop-loss legs must not both be Market orders.',
    };
  }
  for (const [i, leg] of legs.entries()) {
    const at = `Leg ${i + 1}: `;
    if (leg.legs) {
      return { code: 'InvalidOrderType', text: `${at}a conditional leg cannot have legs.` };
    }
    if (!SUPPORTED_TYPES.has(leg.type) || !sent(leg, 'Type')) {
      return {
        code: 'InvalidOrderType',
        text: `${at}a conditional leg needs a Type of Market, Limit, Stop, StopLimit, TrailingStop or TrailingStopLimit.`,
      };
    }
    const dependent = input.type !== 'OneCancelOther' && i > 0;
    const security = leg.symbol ? ctx.market.security(leg.symbol) : null;
    const rejection = checkSingle(leg, ctx, security, { dependent });
    if (rejection) return { code: rejection.code, text: at + rejection.text };
  }
  return null;
}

/** A multi-leg order's legs with their contracts and quotes (null entries: unknown symbols). */
function resolveLegs(input: OrderInput, ctx: VerifyContext) {
  return (input.legs ?? []).map((leg) => {
    const security = leg.symbol ? ctx.market.security(leg.symbol) : null;
    const quote = security ? ctx.market.quote(security.Id ?? 0) : null;
    return { leg, security, quote };
  });
}

function checkMultiLeg(input: OrderInput, ctx: VerifyContext): Rejection | null {
  const legs = input.legs ?? [];
  if (legs.length < 2 || legs.length > 4) {
    return {
      code: 'InvalidLegsCount',
      text: `A multi-leg order has 2 to 4 legs; this one has ${legs.length}.`,
    };
  }
  for (const [i, leg] of legs.entries()) {
    const extra = [...(leg.fields ?? [])].filter((f) => !LEG_FIELDS.has(f.toLowerCase()));
    if (extra.length > 0) {
      return {
        code: 'InvalidLegField',
        text: `Leg ${i + 1}: a multi-leg leg carries only Symbol, Quantity and Side (not ${extra.join(', ')}); Type, Price and the time in force go on the root.`,
      };
    }
  }
  const resolved = resolveLegs(input, ctx);
  const underlyings = new Set<string>();
  const contracts = new Set<number>();
  for (const [i, { leg, security }] of resolved.entries()) {
    const at = `Leg ${i + 1}: `;
    if (!security) {
      return { code: 'SymbolNotFound', text: `${at}symbol "${leg.symbol}" was not found.` };
    }
    if (!isOption(security)) {
      return {
        code: 'InvalidLegs',
        text: `${at}${security.Symbol} is not an option contract; multi-leg orders trade options.`,
      };
    }
    underlyings.add(security.UnderlyingAssetSymbol ?? '');
    if (contracts.has(security.Id ?? 0)) {
      return { code: 'InvalidLegs', text: `${at}${security.Symbol} is in the order twice.` };
    }
    contracts.add(security.Id ?? 0);
  }
  if (underlyings.size > 1) {
    return {
      code: 'InvalidLegs',
      text: `The legs of a multi-leg order have one underlying; these have ${[...underlyings].join(', ')}.`,
    };
  }
  const spreads = spreadsOf(input);
  if (!(spreads > 0) || !Number.isInteger(spreads)) {
    return {
      code: 'InvalidQuantity',
      text: 'Quantity (the number of spreads) must be a positive whole number.',
    };
  }
  if (input.type === 'Limit' && input.price === undefined) {
    return {
      code: 'LimitPriceUndefined',
      text: 'A Limit multi-leg order needs a net Price (positive: debit, negative: credit).',
    };
  }
  if (input.type === 'Market' && !ctx.marketOpen) {
    return {
      code: 'MarketClosed',
      text: 'The market is closed; market orders are not accepted. Use a limit order.',
    };
  }
  if (input.timeInForce === 'GoodTillDate' && !(input.expireDate && input.expireDate > ctx.now)) {
    return {
      code: 'ExpireDateIsInvalid',
      text: 'A Good-Till-Date order needs an ExpireDate in the future.',
    };
  }
  for (const [i, { leg, security }] of resolved.entries()) {
    // The leg's own rules (contract, quantity, sell-to-open account); the price is the root's.
    const asLeg: OrderInput = { ...leg, type: 'Limit', price: 0.01 };
    const rejection = checkSingle(asLeg, ctx, security, { dependent: true });
    if (rejection) return { code: rejection.code, text: `Leg ${i + 1}: ${rejection.text}` };
    if (leg.quantity % spreads !== 0) {
      return {
        code: 'InvalidQuantity',
        text: `Leg ${i + 1}: its Quantity (${leg.quantity}) is not a multiple of the number of spreads (${spreads}).`,
      };
    }
    const held = ctx.account.positions.get(security!.Id ?? 0)?.quantity ?? 0;
    if (leg.side === 'Sell' && leg.quantity > Math.max(0, held)) {
      return {
        code: 'InsufficientShares',
        text: `Leg ${i + 1}: not enough contracts of ${security!.Symbol} to sell: ${Math.max(0, held)} held.`,
      };
    }
    if (leg.side === 'BuyToCover' && leg.quantity > Math.max(0, -held)) {
      return {
        code: 'InsufficientShares',
        text: `Leg ${i + 1}: only ${Math.max(0, -held)} contracts of ${security!.Symbol} are short to cover.`,
      };
    }
  }
  const { requirement, commission } = comboEstimate(input, ctx);
  const available = optionBuyingPower(ctx);
  if (requirement + commission > available) {
    return {
      code: 'DayTradingBuyingPowerExceeded',
      text: `Buying power exceeded: the order needs ${money(requirement + commission)} and ${money(available)} is available.`,
    };
  }
  return null;
}

/** The net market price of one spread per share (buys at the ask, sells at the bid). */
export function netPrice(
  legs: { side: string; quantity: number; quote: QuoteModel | null }[],
  spreads: number,
): number {
  let net = 0;
  for (const { side, quantity, quote } of legs) {
    const ratio = quantity / spreads;
    net += buys(side) ? (quote?.Ask ?? 0) * ratio : -(quote?.Bid ?? 0) * ratio;
  }
  return round(net, 4);
}

/** What an order with legs costs: signed premium (+ debit), commission, margin, quotes. */
export function comboEstimate(
  input: OrderInput,
  ctx: VerifyContext,
): { cost: number; commission: number; requirement: number; quotes: QuoteModel[] } {
  const resolved = resolveLegs(input, ctx);
  const quotes = resolved.flatMap(({ quote }) => (quote ? [quote] : []));
  if (!isMultiLeg(input)) {
    // Conditional: what the legs that can work at once (the entry, or either OCO leg) cost.
    const working = input.type === 'OneCancelOther' ? resolved : resolved.slice(0, 1);
    let cost = 0;
    let commission = 0;
    for (const { leg, security, quote } of working) {
      const size = contractSize(security);
      const value = leg.quantity * estimatedPrice(leg, quote) * size;
      cost = Math.max(cost, round(buys(leg.side) ? value : -value));
      commission = Math.max(commission, isOption(security) ? optionCommission(leg.quantity) : 1);
    }
    return { cost, commission, requirement: Math.max(0, cost), quotes };
  }
  const spreads = spreadsOf(input) || 1;
  const market = netPrice(
    resolved.map(({ leg, quote }) => ({ side: leg.side, quantity: leg.quantity, quote })),
    spreads,
  );
  const net = input.type === 'Limit' && input.price !== undefined ? input.price : market;
  const size = contractSize(resolved[0]?.security as EquityResource | null);
  const cost = round(net * spreads * size);
  const legs = resolved.flatMap(({ leg, security, quote }) => {
    const terms = termsOf(security);
    if (!terms) return [];
    const short = leg.side === 'SellShort' || leg.side === 'Sell';
    return [
      {
        terms,
        contracts: short ? -leg.quantity : leg.quantity,
        premium: (short ? quote?.Bid : quote?.Ask) ?? 0,
        spot: ctx.underlyingPrice?.(terms.underlying) ?? 0,
      },
    ];
  });
  // Closing legs (Sell, BuyToCover) take positions off: only opening short legs need margin.
  const opening = legs.filter((_, i) => (input.legs ?? [])[i]?.side !== 'Sell');
  const requirement = round(Math.max(0, cost + shortLegsRequirement(opening)));
  const commission = optionCommission(
    (input.legs ?? []).reduce((n, leg) => n + Math.max(0, leg.quantity), 0),
  );
  return { cost, commission, requirement, quotes };
}

/** The `OrderPreviewResource` of an order with legs (`Cost`: signed, + debit, − credit). */
export function previewCombo(
  input: OrderInput,
  ctx: VerifyContext,
  verdict: Verdict,
): OrderPreviewResource {
  const e = comboEstimate(input, ctx);
  return {
    ...verdict,
    Commission: e.commission,
    Commissions: { 'Per Contract Commission': e.commission },
    CommissionRates: { 'Per Contract': 0.65 },
    MaximumCommission: e.commission,
    MinimumCommission: 1,
    Cost: e.cost,
    NetCost: round(e.cost + e.commission),
    TotalCost: round(e.cost + e.commission),
    Quotes: e.quotes,
    MarginChange: e.requirement,
    InitialMarginRate: 1,
    MaintenanceMarginRate: 1,
    MarginRate: 1,
    CurrencyRate: 1,
    BasketCurrencyRates: '',
  };
}

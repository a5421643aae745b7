/**
 * The ticket's spread form as typed (`SpreadDraft`) and its checks before anything is sent:
 * the legs as one multi-leg order, the number of spreads, the net limit as a debit or a credit.
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber } from '../../../format/format.ts';
import { isOnTick, parseNumberInput } from '../../../format/number-input.ts';
import { msg, str } from '../../../locale/msg.ts';
import {
  netKind,
  strategyOrder,
  strategyProblemMessage,
  strategyProblems,
  type StrategyLeg,
} from '../../../options/strategies.ts';
import { MAX_ORDER_QUANTITY } from '../order-validation.ts';

export const SPREAD_TYPES = ['Market', 'Limit'] as const;
export const SPREAD_TIMES_IN_FORCE = ['Day', 'GoodTillCancel'] as const;
export type SpreadType = (typeof SPREAD_TYPES)[number];
export type SpreadTimeInForce = (typeof SPREAD_TIMES_IN_FORCE)[number];
/** Whether the net limit is paid (debit) or received (credit). */
export type NetDirection = 'debit' | 'credit';

/** The spread form's values, as typed. */
export interface SpreadDraft {
  legs: StrategyLeg[];
  /** Number of spreads (the root quantity). */
  spreads: string;
  type: SpreadType;
  /** The net limit per spread, unsigned, as typed. */
  price: string;
  direction: NetDirection;
  timeInForce: SpreadTimeInForce;
}

export type SpreadField = 'legs' | 'spreads' | 'price';
export type SpreadErrors = Partial<Record<SpreadField, string>>;
/** The fields in reading order (the first invalid one gets focus). */
export const SPREAD_FIELDS: readonly SpreadField[] = ['legs', 'spreads', 'price'];

/** Options trade in cents: the net limit's tick. */
const NET_TICK = 0.01;

/**
 * A new spread form for `legs`: one spread, a Limit at the net price when it is known (its
 * direction from its sign), else Market.
 */
export function spreadDraft(legs: readonly StrategyLeg[], net: number | undefined): SpreadDraft {
  const known = net !== undefined && Number.isFinite(net) && net !== 0;
  return {
    legs: [...legs],
    spreads: '1',
    type: known ? 'Limit' : 'Market',
    price: known ? Math.abs(net).toFixed(2) : '',
    direction: known && netKind(net) === 'credit' ? 'credit' : 'debit',
    timeInForce: 'Day',
  };
}

export interface SpreadCheck {
  errors: SpreadErrors;
  /** The multi-leg order to preview/place, when there are no errors. */
  order?: CreateOrderResource;
}

function checkSpreads(text: string, locale: string | undefined): string | number {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return msg('Enter the number of spreads.');
  if (parsed.kind === 'invalid' || !Number.isInteger(parsed.value) || parsed.value <= 0)
    return msg('Enter a whole number of spreads, e.g. 1.');
  if (parsed.value > MAX_ORDER_QUANTITY) {
    const max = formatNumber(MAX_ORDER_QUANTITY, locale);
    return msg(str`The quantity cannot exceed ${max} contracts in one order.`);
  }
  return parsed.value;
}

function checkNet(text: string): string | number {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return msg('Enter the net price of one spread.');
  if (parsed.kind === 'invalid') return msg('Enter the net price as a number, e.g. 1.25.');
  if (!(parsed.value > 0))
    return msg(
      'The net price must be greater than zero: choose Debit or Credit for its direction.',
    );
  if (!isOnTick(parsed.value, NET_TICK)) return msg('The net price must be a multiple of 0.01.');
  return parsed.value;
}

/**
 * Checks a spread draft (messages in the locale in scope): the legs as one order, writing
 * options needs a margin account, whole spreads, a net limit on the cent. Returns the order
 * when there is nothing to say.
 */
export function checkSpread(
  draft: SpreadDraft,
  ctx: { canShort: boolean; locale: string | undefined },
): SpreadCheck {
  const errors: SpreadErrors = {};
  const problem = strategyProblems(draft.legs)[0];
  if (problem) errors.legs = strategyProblemMessage(problem);
  else if (!ctx.canShort && draft.legs.some((l) => l.side === 'SellShort'))
    errors.legs = msg('Selling options to open needs a margin account.');
  const spreads = checkSpreads(draft.spreads, ctx.locale);
  if (typeof spreads === 'string') errors.spreads = spreads;
  let price: number | undefined;
  if (draft.type === 'Limit') {
    const net = checkNet(draft.price);
    if (typeof net === 'string') errors.price = net;
    else price = draft.direction === 'credit' ? -net : net;
  }
  if (Object.keys(errors).length > 0 || typeof spreads !== 'number') return { errors };
  const order = strategyOrder(draft.legs, {
    spreads,
    type: draft.type,
    price,
    timeInForce: draft.timeInForce,
  });
  return { errors, order };
}

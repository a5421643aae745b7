/**
 * Binding of the order bodies (`CreateOrderResource`, `ModifyOrderResource`) the way the real
 * API's model binder does it: case-insensitive keys (so both `TimeInforce` and `TimeInForce`
 * work), enum names matched case-insensitively, and a body that cannot bind answers the
 * documented validation error with `placeParams.<Field>` keys. The enum values are the contract's
 * (`@autoshares/client/contract`, in spec order: a number binds by its position).
 */
import {
  ORDER_SIDES,
  ORDER_TYPES,
  TIMES_IN_FORCE,
  TRAILING_AMOUNT_TYPES,
} from '@autoshares/client/contract';
import { validationError } from './errors.ts';
import type { ModifyInput, OrderInput } from '../world/broker/types.ts';

type Body = Record<string, unknown>;

/** Order types whose root carries no side or quantity of its own. */
const CONDITIONAL: readonly string[] = [
  'OneCancelOther',
  'OneTriggerOther',
  'OneTriggerOneCancelOther',
];

function lower(body: Body): Map<string, unknown> {
  return new Map(Object.entries(body).map(([k, v]) => [k.toLowerCase(), v]));
}

class Binder {
  constructor(
    readonly fields: Map<string, unknown>,
    private readonly prefix: string,
    readonly errors: Record<string, string[]> = {},
  ) {}

  fail(name: string): undefined {
    this.errors[`${this.prefix}.${name}`] = ['An error has occurred.'];
    return undefined;
  }

  raw(...names: string[]): unknown {
    for (const n of names)
      if (this.fields.has(n.toLowerCase())) return this.fields.get(n.toLowerCase());
    return undefined;
  }

  enumOf<T extends string>(
    name: string,
    values: readonly T[],
    aliases: string[] = [],
  ): T | undefined {
    const v = this.raw(name, ...aliases);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < values.length)
      return values[v];
    if (typeof v !== 'string') return this.fail(name);
    const found = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
    return found ?? this.fail(name);
  }

  number(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined || v === null) return undefined;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return this.fail(name);
    return n;
  }

  string(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') return this.fail(name);
    return String(v);
  }

  date(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined || v === null || v === '') return undefined;
    const ms =
      typeof v === 'number'
        ? v < 1e11
          ? v * 1000
          : v
        : typeof v === 'string'
          ? Date.parse(v)
          : NaN;
    if (!Number.isFinite(ms)) return this.fail(name);
    return ms;
  }

  require<T>(name: string, value: T | undefined): T | undefined {
    if (value === undefined && !this.errors[`${this.prefix}.${name}`]) return this.fail(name);
    return value;
  }

  done(): void {
    if (Object.keys(this.errors).length > 0) throw validationError(this.errors);
  }
}

/** Binds a `CreateOrderResource`; throws the documented 400 validation error when it cannot. */
export function bindCreateOrder(body: Body): OrderInput {
  const errors: Record<string, string[]> = {};
  const input = bindOrder(body, 'placeParams', errors);
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return input;
}

/**
 * One order or leg. `Legs` bind recursively (`placeParams.Legs[0].Side` in errors). An order
 * with legs may leave out `Quantity` and `Side` (a multi-leg root's legs carry them); whether its
 * legs follow the documented rules is a business rule, checked on verify and place.
 */
function bindOrder(body: Body, prefix: string, errors: Record<string, string[]>): OrderInput {
  const b = new Binder(lower(body), prefix, errors);
  const rawLegs = b.raw('Legs');
  let legs: OrderInput[] | undefined;
  if (Array.isArray(rawLegs) && rawLegs.length > 0) {
    legs = rawLegs.map((leg, i) =>
      leg !== null && typeof leg === 'object' && !Array.isArray(leg)
        ? bindOrder(leg as Body, `${prefix}.Legs[${i}]`, errors)
        : (b.fail(`Legs[${i}]`) as never),
    );
  } else if (rawLegs !== undefined && rawLegs !== null && !Array.isArray(rawLegs)) {
    b.fail('Legs');
  }
  const isLeg = prefix.includes('.Legs[');
  const type = isLeg
    ? b.enumOf('Type', ORDER_TYPES)
    : b.require('Type', b.enumOf('Type', ORDER_TYPES));
  // A root (legs, or a conditional type) has its sides and quantities on its legs.
  const root = legs !== undefined || (type !== undefined && CONDITIONAL.includes(type));
  const side = root
    ? b.enumOf('Side', ORDER_SIDES)
    : b.require('Side', b.enumOf('Side', ORDER_SIDES));
  const tif = b.enumOf('TimeInforce', TIMES_IN_FORCE, ['TimeInForce']);
  const quantity = root ? b.number('Quantity') : b.require('Quantity', b.number('Quantity'));
  return {
    symbol: (b.string('Symbol') ?? '').trim(),
    type: type ?? 'Market',
    side: side ?? 'Buy',
    timeInForce: tif ?? 'Day',
    quantity: quantity ?? 0,
    price: b.number('Price'),
    stopPrice: b.number('StopPrice'),
    expireDate: b.date('ExpireDate'),
    clientId: b.string('ClientId'),
    comment: b.string('Comment'),
    exchange: b.string('Exchange'),
    extendedHours: b.string('ExtendedHours'),
    trailingStopAmount: b.number('TrailingStopAmount'),
    trailingStopAmountType: b.enumOf('TrailingStopAmountType', TRAILING_AMOUNT_TYPES),
    trailingLimitAmount: b.number('TrailingLimitAmount'),
    trailingLimitAmountType: b.enumOf('TrailingLimitAmountType', TRAILING_AMOUNT_TYPES),
    legs,
    fields: new Set(
      Object.entries(body)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k]) => k),
    ),
  };
}

/** Binds a `ModifyOrderResource` (`Id` required). */
export function bindModifyOrder(body: Body): ModifyInput {
  const errors: Record<string, string[]> = {};
  const b = new Binder(lower(body), 'modifyParams', errors);
  const id = b.require('Id', b.number('Id'));
  const input: ModifyInput = {
    id: id ?? 0,
    type: b.enumOf('Type', ORDER_TYPES),
    quantity: b.number('Quantity'),
    price: b.number('Price'),
    stopPrice: b.number('StopPrice'),
    timeInForce: b.enumOf('TimeInForce', TIMES_IN_FORCE, ['TimeInforce']),
    expireDate: b.date('ExpireDate'),
    comment: b.string('Comment'),
    trailingStopAmount: b.number('TrailingStopAmount'),
    trailingStopAmountType: b.enumOf('TrailingStopAmountType', TRAILING_AMOUNT_TYPES),
    trailingLimitAmount: b.number('TrailingLimitAmount'),
    trailingLimitAmountType: b.enumOf('TrailingLimitAmountType', TRAILING_AMOUNT_TYPES),
  };
  b.done();
  return input;
}

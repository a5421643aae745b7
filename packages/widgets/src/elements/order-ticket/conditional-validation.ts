/**
 * Pure client-side checks of the ticket's trailing stops and conditional orders (bracket, OCO,
 * OTO), on top of `checkOrder`'s checks of the order itself. Each problem is a specific sentence
 * on the field it is about; the order to send is built only when there are none.
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatPrice } from '../../format/format.ts';
import { isOnTick, parseNumberInput, tickDecimals } from '../../format/number-input.ts';
import { msg, str } from '../../locale/msg.ts';
import { exitSide, isTrailing, type ConditionalDraft } from './conditional-draft.ts';
import {
  checkOrder,
  checkPrice,
  type OrderCheck,
  type OrderContext,
  type OrderDraft,
  type OrderErrors,
  type PriceWords,
} from './order-validation.ts';

const TAKE_PROFIT: PriceWords = {
  empty: () => msg('Enter a take-profit price.'),
  invalid: () => msg('Enter the take-profit price as a number, e.g. 12.50.'),
  notPositive: () => msg('The take-profit price must be greater than zero.'),
  offTick: (tick) => msg(str`The take-profit price must be a multiple of ${tick}.`),
};
const STOP_LOSS: PriceWords = {
  empty: () => msg('Enter a stop-loss price.'),
  invalid: () => msg('Enter the stop-loss price as a number, e.g. 12.50.'),
  notPositive: () => msg('The stop-loss price must be greater than zero.'),
  offTick: (tick) => msg(str`The stop-loss price must be a multiple of ${tick}.`),
};
const THEN_PRICE: PriceWords = {
  empty: () => msg('Enter the price of the order it triggers.'),
  invalid: () => msg('Enter the price of the order it triggers as a number, e.g. 12.50.'),
  notPositive: () => msg('The price of the order it triggers must be greater than zero.'),
  offTick: (tick) => msg(str`The price of the order it triggers must be a multiple of ${tick}.`),
};

const tickText = (ctx: OrderContext) => {
  const tick = ctx.security?.TickSize;
  return formatPrice(tick, ctx.locale, tickDecimals(tick));
};

/** The trail (money on tick, or a percent between 0 and 100), or a message. */
function checkTrail(draft: ConditionalDraft, ctx: OrderContext): string | number {
  const percent = draft.trailUnit === 'Persentage';
  const parsed = parseNumberInput(draft.trailAmount);
  if (parsed.kind === 'empty')
    return percent ? msg('Enter a trailing percent.') : msg('Enter a trailing amount.');
  if (parsed.kind === 'invalid')
    return percent
      ? msg('Enter the trailing percent as a number, e.g. 5.')
      : msg('Enter the trailing amount as a number, e.g. 1.50.');
  const value = parsed.value;
  if (percent)
    return value > 0 && value < 100
      ? value
      : msg('The trailing percent must be between 0 and 100.');
  if (!(value > 0)) return msg('The trailing amount must be greater than zero.');
  if (!isOnTick(value, ctx.security?.TickSize))
    return msg(str`The trailing amount must be a multiple of ${tickText(ctx)}.`);
  return value;
}

/** A trailing stop limit's offset of the limit from the stop (zero or more, on tick), or a message. */
function checkLimitOffset(draft: ConditionalDraft, ctx: OrderContext): string | number {
  const parsed = parseNumberInput(draft.trailLimitOffset);
  if (parsed.kind === 'empty') return msg('Enter the limit offset.');
  if (parsed.kind === 'invalid') return msg('Enter the limit offset as a number, e.g. 0.50.');
  if (parsed.value < 0) return msg('The limit offset cannot be negative.');
  if (!isOnTick(parsed.value, ctx.security?.TickSize))
    return msg(str`The limit offset must be a multiple of ${tickText(ctx)}.`);
  return parsed.value;
}

/** The trailing fields of a trailing order (errors go to `errors`). */
function trailingFields(
  draft: OrderDraft,
  ctx: OrderContext,
  errors: OrderErrors,
): Partial<CreateOrderResource> {
  const fields: Partial<CreateOrderResource> = {};
  const trail = checkTrail(draft, ctx);
  if (typeof trail === 'string') errors.trailAmount = trail;
  else
    Object.assign(fields, { TrailingStopAmount: trail, TrailingStopAmountType: draft.trailUnit });
  if (draft.type === 'TrailingStopLimit') {
    const offset = checkLimitOffset(draft, ctx);
    if (typeof offset === 'string') errors.trailLimitOffset = offset;
    else
      Object.assign(fields, { TrailingLimitAmount: offset, TrailingLimitAmountType: 'Absolute' });
  }
  return fields;
}

/** The price an entry is expected at (none for market and trailing entries). */
const entryPrice = (order: CreateOrderResource): number | undefined =>
  order.Type === 'Stop' ? (order.StopPrice ?? undefined) : (order.Price ?? undefined);

/** A price checked to be on the side of `reference` that an exit of `side` needs. */
function exitDirection(
  price: number,
  reference: number | undefined,
  wantAbove: boolean,
  words: { above: (p: string) => string; below: (p: string) => string },
  ctx: OrderContext,
): string | undefined {
  if (reference === undefined) return undefined;
  const text = formatPrice(reference, ctx.locale);
  if (wantAbove && !(price > reference)) return words.above(text);
  if (!wantAbove && !(price < reference)) return words.below(text);
  return undefined;
}

const ENTRY_WORDS = {
  takeProfit: {
    above: (p: string) => msg(str`The take profit must be above the entry price (${p}).`),
    below: (p: string) => msg(str`The take profit must be below the entry price (${p}).`),
  },
  stopLoss: {
    above: (p: string) => msg(str`The stop loss must be above the entry price (${p}).`),
    below: (p: string) => msg(str`The stop loss must be below the entry price (${p}).`),
  },
  thenPrice: {
    above: (p: string) =>
      msg(str`The price of the order it triggers must be above the entry price (${p}).`),
    below: (p: string) =>
      msg(str`The price of the order it triggers must be below the entry price (${p}).`),
  },
};

const PAIR_WORDS = {
  above: (p: string) => msg(str`The take profit must be above the stop loss (${p}).`),
  below: (p: string) => msg(str`The take profit must be below the stop loss (${p}).`),
};

/** A price field as a number, or its message in `errors`. */
function priceOf(
  text: string,
  words: PriceWords,
  field: 'takeProfit' | 'stopLoss' | 'thenPrice',
  ctx: OrderContext,
  errors: OrderErrors,
): number | undefined {
  const result = checkPrice(text, words, ctx);
  if (typeof result === 'number') return result;
  errors[field] = result;
  return undefined;
}

/** The exit orders (same symbol, quantity and time in force as the order they follow). */
function exitLeg(
  base: CreateOrderResource,
  side: CreateOrderResource['Side'],
  fields: Partial<CreateOrderResource>,
) {
  const { Symbol, Quantity, TimeInforce, ExpireDate } = base;
  const leg: CreateOrderResource = { Symbol, Side: side, Quantity, TimeInforce, ...fields };
  if (ExpireDate !== undefined) leg.ExpireDate = ExpireDate;
  return leg;
}

/** The conditional root around `legs`. */
const root = (
  type: CreateOrderResource['Type'],
  base: CreateOrderResource,
  legs: CreateOrderResource[],
): CreateOrderResource => ({
  Symbol: '',
  Type: type,
  TimeInforce: base.TimeInforce,
  Legs: legs,
});

/**
 * Checks a draft with what is attached to it and how it trails; returns the errors by field (in
 * the locale in scope), or the order to send when there are none: a single order, or a
 * conditional root (`OneTriggerOneCancelOther`, `OneCancelOther`, `OneTriggerOther`) with its legs.
 */
export function checkTicketOrder(draft: OrderDraft, ctx: OrderContext): OrderCheck {
  const attach = draft.attach;
  // An OCO pair sells (or covers) at its own two prices: the order type has no say.
  const base = checkOrder(attach === 'OCO' ? { ...draft, type: 'Market' } : draft, ctx);
  const errors: OrderErrors = { ...base.errors };
  const trailing = attach !== 'OCO' && isTrailing(draft.type);
  const trail = trailing ? trailingFields(draft, ctx, errors) : {};

  const opens = draft.side === 'Buy' || draft.side === 'SellShort';
  if ((attach === 'Bracket' || attach === 'OTO') && !errors.side && !opens)
    errors.side = msg(
      'A bracket or a one-triggers-other order opens a position: choose Buy or Sell short.',
    );
  if (attach === 'OCO' && !errors.side && opens)
    errors.side = msg('A one-cancels-other order exits a position: choose Sell or Buy to cover.');
  if ((attach === 'Bracket' || attach === 'OTO') && draft.type === 'Market')
    errors.type = msg(
      'The entry of a conditional order cannot be a market order: choose another type.',
    );

  const entry: CreateOrderResource | undefined = base.order
    ? { ...base.order, ...trail }
    : undefined;
  if (entry) delete entry.ExtendedHours;
  const reference = entry && !trailing ? entryPrice(entry) : undefined;

  let legs: CreateOrderResource[] = [];
  if (attach === 'Bracket' || attach === 'OCO') {
    const tp = priceOf(draft.takeProfit, TAKE_PROFIT, 'takeProfit', ctx, errors);
    const sl = priceOf(draft.stopLoss, STOP_LOSS, 'stopLoss', ctx, errors);
    if (attach === 'Bracket' && tp !== undefined && !errors.takeProfit) {
      const e = exitDirection(tp, reference, opensLong(draft), ENTRY_WORDS.takeProfit, ctx);
      if (e) errors.takeProfit = e;
    }
    if (attach === 'Bracket' && sl !== undefined && !errors.stopLoss) {
      const e = exitDirection(sl, reference, !opensLong(draft), ENTRY_WORDS.stopLoss, ctx);
      if (e) errors.stopLoss = e;
    }
    if (attach === 'OCO' && tp !== undefined && sl !== undefined && !errors.side) {
      const e = exitDirection(tp, sl, draft.side === 'Sell', PAIR_WORDS, ctx);
      if (e) errors.takeProfit = e;
    }
    if (entry && tp !== undefined && sl !== undefined) {
      const side = attach === 'OCO' ? draft.side : exitSide(draft.side);
      const exits = [
        exitLeg(entry, side, { Type: 'Limit', Price: tp }),
        exitLeg(entry, side, { Type: 'Stop', StopPrice: sl }),
      ];
      legs = attach === 'OCO' ? exits : [entry, ...exits];
    }
  } else if (attach === 'OTO') {
    const price = priceOf(draft.thenPrice, THEN_PRICE, 'thenPrice', ctx, errors);
    const limit = draft.thenType === 'Limit';
    if (price !== undefined && !errors.thenPrice) {
      const e = exitDirection(
        price,
        reference,
        limit === opensLong(draft),
        ENTRY_WORDS.thenPrice,
        ctx,
      );
      if (e) errors.thenPrice = e;
    }
    if (entry && price !== undefined)
      legs = [
        entry,
        exitLeg(
          entry,
          exitSide(draft.side),
          limit ? { Type: 'Limit', Price: price } : { Type: 'Stop', StopPrice: price },
        ),
      ];
  }

  if (Object.keys(errors).length > 0 || !entry) return { errors };
  if (attach === 'None') return { errors, order: entry };
  const type =
    attach === 'Bracket'
      ? 'OneTriggerOneCancelOther'
      : attach === 'OCO'
        ? 'OneCancelOther'
        : 'OneTriggerOther';
  return { errors, order: root(type, entry, legs) };
}

/** The entry opens a long position (Buy); otherwise a short one (Sell short). */
const opensLong = (draft: OrderDraft) => draft.side === 'Buy';

/**
 * The ticket's form values as typed (`OrderDraft`): a blank one, the presets its attributes
 * give (`side`, `quantity`, `type`, `limit-price`), and after New order or a trade request.
 */
import type { TradeRequest } from '../../core/events.ts';
import { blankConditional, renewedConditional } from './conditional-draft.ts';
import { ORDER_SIDES, ORDER_TYPES, type OrderDraft } from './order-validation.ts';

/** The option a preset names, case-insensitively ("sell" → "Sell"); undefined when unknown. */
export const optionOf = <T extends string>(options: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string'
    ? options.find((o) => o.toLowerCase() === value.trim().toLowerCase())
    : undefined;

/** The ticket's preset attributes (as set on the element). */
export interface TicketPresets {
  ticker: string | undefined;
  side: string | undefined;
  quantity: string | undefined;
  type: string | undefined;
  limitPrice: string | undefined;
}

/** An empty form: Buy, Market, Day. */
export const blankDraft = (): OrderDraft => ({
  symbol: '',
  side: 'Buy',
  type: 'Market',
  quantity: '',
  limitPrice: '',
  stopPrice: '',
  timeInForce: 'Day',
  expireDate: '',
  extendedHours: false,
  ...blankConditional(),
});

/** `draft` with the presets whose attribute changed (a preset that names no option is ignored). */
export function withPresets(
  draft: OrderDraft,
  presets: TicketPresets,
  changed: (name: 'symbol' | keyof Omit<TicketPresets, 'ticker'>) => boolean,
): OrderDraft {
  const next: Partial<OrderDraft> = {};
  if (changed('symbol')) next.symbol = presets.ticker ?? '';
  const side = optionOf(ORDER_SIDES, presets.side);
  const type = optionOf(ORDER_TYPES, presets.type);
  if (changed('side') && side) next.side = side;
  if (changed('type') && type) next.type = type;
  if (changed('quantity') && presets.quantity != null) next.quantity = String(presets.quantity);
  if (changed('limitPrice') && presets.limitPrice != null)
    next.limitPrice = String(presets.limitPrice);
  return Object.keys(next).length ? { ...draft, ...next } : draft;
}

/** A new order's form: keeps the symbol, side and type; quantity and limit back to the presets. */
export const renewedDraft = (draft: OrderDraft, presets: TicketPresets): OrderDraft => ({
  ...draft,
  quantity: presets.quantity != null ? String(presets.quantity) : '',
  limitPrice: presets.limitPrice != null ? String(presets.limitPrice) : '',
  stopPrice: '',
  expireDate: '',
  ...renewedConditional(),
});

/** The form for a trade request (symbol, side, quantity, and a limit price as a Limit order). */
export function requestedDraft(draft: OrderDraft, request: TradeRequest): OrderDraft {
  const side = optionOf(ORDER_SIDES, request.side);
  const limit = request.limitPrice;
  return {
    ...draft,
    symbol: request.symbol.trim().toUpperCase(),
    ...(side ? { side } : {}),
    ...(request.quantity != null ? { quantity: String(request.quantity) } : {}),
    ...(limit != null && Number.isFinite(limit) && limit > 0
      ? { type: 'Limit' as const, limitPrice: String(limit) }
      : {}),
  };
}

/**
 * Pure checks and labels of the price-alert form: the security, the trigger price (positive,
 * finite, on the tick) and the expiry (a date after today).
 */
import type { PriceAlertField, PriceAlertInput, PriceAlertOperator } from '@autoshares/client';
import { formatPrice } from '../../format/format.ts';
import { isOnTick, parseNumberInput, tickDecimals } from '../../format/number-input.ts';
import { endOfTradingDay, parseDateInput } from '../../format/trading-date.ts';
import { msg, str } from '../../locale/msg.ts';

/**
 * The symbol shown for an operator and the words a screen reader says instead (in the locale
 * in scope).
 */
export const OPERATOR_TEXT: Record<PriceAlertOperator, { symbol: string; readonly words: string }> =
  {
    GTEQ: {
      symbol: '≥',
      get words() {
        return msg('at or above');
      },
    },
    LTEQ: {
      symbol: '≤',
      get words() {
        return msg('at or below');
      },
    },
  };

/** The price field's name ("Last", "Bid", "Ask"), in the locale in scope. */
export function fieldLabel(field: string | undefined): string {
  switch (field) {
    case 'Last':
      return msg('Last');
    case 'Bid':
      return msg('Bid');
    case 'Ask':
      return msg('Ask');
    default:
      return field ?? '';
  }
}

/** What the user sees for an alert's state, in the locale in scope. */
export function stateLabel(state: string | undefined): string {
  switch (state) {
    case 'New':
      return msg('Active');
    case 'Completed':
      return msg('Triggered');
    case 'Expired':
      return msg('Expired');
    case 'Stopped':
      return msg('Stopped');
    default:
      return state ?? '—';
  }
}

export interface AlertDraft {
  symbol: string;
  securityId: number | undefined;
  field: PriceAlertField;
  operator: PriceAlertOperator;
  price: string;
  /** `YYYY-MM-DD`. */
  expiry: string;
}

export type AlertFormField = 'symbol' | 'price' | 'expiry';
export type AlertErrors = Partial<Record<AlertFormField, string>>;

export interface AlertContext {
  tickSize?: number | null;
  /** Today in New York, `YYYY-MM-DD`. */
  today: string;
  locale?: string;
}

/** Checks a draft; returns the errors, or the alert to send when there are none. */
export function checkAlert(
  draft: AlertDraft,
  ctx: AlertContext,
): { errors: AlertErrors; input?: PriceAlertInput } {
  const errors: AlertErrors = {};
  if (!draft.symbol.trim()) errors.symbol = msg('Choose a symbol.');
  else if (draft.securityId == null)
    errors.symbol = msg(str`No security found for “${draft.symbol}”.`);

  const parsed = parseNumberInput(draft.price);
  let price: number | undefined;
  if (parsed.kind === 'empty') errors.price = msg('Enter a price.');
  else if (parsed.kind === 'invalid')
    errors.price = msg('Enter the price as a number, e.g. 150.25.');
  else if (!(parsed.value > 0)) errors.price = msg('The price must be greater than zero.');
  else if (!isOnTick(parsed.value, ctx.tickSize)) {
    const tick = formatPrice(ctx.tickSize, ctx.locale, tickDecimals(ctx.tickSize));
    errors.price = msg(str`The price must be a multiple of ${tick}.`);
  } else price = parsed.value;

  let expires: number | undefined;
  if (!draft.expiry) errors.expiry = msg('Choose when the alert expires.');
  else if (!parseDateInput(draft.expiry)) errors.expiry = msg('Enter a valid date.');
  else if (draft.expiry <= ctx.today) errors.expiry = msg('Choose an expiry date after today.');
  else expires = endOfTradingDay(draft.expiry);

  if (Object.keys(errors).length || price === undefined || expires === undefined) return { errors };
  return {
    errors,
    input: {
      SecurityId: draft.securityId!,
      Field: draft.field,
      Operator: draft.operator,
      Argument: price,
      ExpirationDate: expires,
      State: 'New',
    },
  };
}

/** "Last ≥ 150.00" (the event's `condition`). */
export function conditionText(
  alert: { Field?: string; Operator?: string; Argument?: number },
  locale?: string,
): string {
  const op = OPERATOR_TEXT[alert.Operator as PriceAlertOperator]?.symbol ?? alert.Operator ?? '';
  return `${fieldLabel(alert.Field)} ${op} ${formatPrice(alert.Argument, locale)}`;
}

/** "last at or above 150.00" (what is announced), in the locale in scope. */
export function conditionWords(
  alert: { Field?: string; Operator?: string; Argument?: number },
  locale?: string,
): string {
  const price = formatPrice(alert.Argument, locale);
  const above = alert.Operator === 'GTEQ';
  if (alert.Operator === 'GTEQ' || alert.Operator === 'LTEQ') {
    switch (alert.Field) {
      case 'Last':
        return above ? msg(str`last at or above ${price}`) : msg(str`last at or below ${price}`);
      case 'Bid':
        return above ? msg(str`bid at or above ${price}`) : msg(str`bid at or below ${price}`);
      case 'Ask':
        return above ? msg(str`ask at or above ${price}`) : msg(str`ask at or below ${price}`);
    }
  }
  const words = OPERATOR_TEXT[alert.Operator as PriceAlertOperator]?.words ?? alert.Operator ?? '';
  return `${(alert.Field ?? '').toLowerCase()} ${words} ${price}`;
}

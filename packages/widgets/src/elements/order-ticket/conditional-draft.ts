/**
 * The conditional and trailing parts of the ticket's form, as typed: what is attached to the
 * order (a bracket, an OCO pair, an OTO follow-up) and how a trailing stop trails.
 */
import { msg } from '../../locale/msg.ts';

/** What is attached to the order: nothing, a bracket (OTOCO), an OCO pair, an OTO follow-up. */
export const ATTACH_KINDS = ['None', 'Bracket', 'OCO', 'OTO'] as const;
export type AttachKind = (typeof ATTACH_KINDS)[number];

/** How a trailing stop trails: by an amount of money or a percent (the API's spelling, sic). */
export const TRAIL_UNITS = ['Absolute', 'Persentage'] as const;
export type TrailUnit = (typeof TRAIL_UNITS)[number];

/** The order type of an OTO follow-up. */
export const THEN_TYPES = ['Limit', 'Stop'] as const;
export type ThenType = (typeof THEN_TYPES)[number];

/** The conditional and trailing fields of the form, as typed. */
export interface ConditionalDraft {
  attach: AttachKind;
  /** Trailing stop: the trail, in money or percent (`trailUnit`). */
  trailAmount: string;
  trailUnit: TrailUnit;
  /** Trailing stop limit: how far from the stop the limit sits, in money. */
  trailLimitOffset: string;
  /** Bracket and OCO: the take-profit limit price. */
  takeProfit: string;
  /** Bracket and OCO: the stop-loss stop price. */
  stopLoss: string;
  /** OTO: the follow-up order's type and price. */
  thenType: ThenType;
  thenPrice: string;
}

export const blankConditional = (): ConditionalDraft => ({
  attach: 'None',
  trailAmount: '',
  trailUnit: 'Absolute',
  trailLimitOffset: '',
  takeProfit: '',
  stopLoss: '',
  thenType: 'Limit',
  thenPrice: '',
});

/** The conditional prices back to empty (a new order keeps the kind and the trail unit). */
export const renewedConditional = (): Partial<ConditionalDraft> => ({
  trailAmount: '',
  trailLimitOffset: '',
  takeProfit: '',
  stopLoss: '',
  thenPrice: '',
});

export const isTrailing = (type: string) => type === 'TrailingStop' || type === 'TrailingStopLimit';

/** The conditional root types the ticket places. */
export const CONDITIONAL_TYPES: ReadonlySet<string> = new Set([
  'OneTriggerOther',
  'OneCancelOther',
  'OneTriggerOneCancelOther',
]);

/** The side that exits a position opened by `side` (Buy → Sell, Sell short → Buy to cover). */
export const exitSide = (side: string): 'Sell' | 'BuyToCover' =>
  side === 'SellShort' ? 'BuyToCover' : 'Sell';

/** The words of the choices, in the locale in scope. */
export const attachLabel = (kind: AttachKind): string => {
  switch (kind) {
    case 'Bracket':
      return msg('Bracket (take profit and stop loss)');
    case 'OCO':
      return msg('One cancels other (exit a position)');
    case 'OTO':
      return msg('One triggers other');
    default:
      return msg('Nothing');
  }
};

export const trailUnitLabel = (unit: TrailUnit): string =>
  unit === 'Persentage' ? msg('Percent') : msg('Amount');

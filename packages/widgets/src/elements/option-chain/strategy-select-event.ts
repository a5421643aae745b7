import type { StrategyLeg } from '../../options/strategies.ts';

/** A spread the user built in a chain, handed on to be traded. */
export interface SelectedStrategy {
  /** The legs, 2 to 4 contracts of one underlying, each with its side and contracts per spread. */
  legs: StrategyLeg[];
  /** The net price of one spread at that moment (positive debit, negative credit), when quoted. */
  net: number | undefined;
}

/** `as-strategy-select`: the user chose Trade spread in a chain's Build spread mode. */
export class StrategySelectEvent extends Event {
  static readonly eventName = 'as-strategy-select' as const;
  readonly strategy: SelectedStrategy;
  constructor(strategy: SelectedStrategy) {
    super(StrategySelectEvent.eventName, { bubbles: true, composed: true });
    this.strategy = strategy;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-strategy-select': StrategySelectEvent;
  }
}

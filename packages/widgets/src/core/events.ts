/**
 * The kit's DOM events. Each is its own `Event` subclass, `bubbles` and `composed` so it leaves
 * shadow roots and reaches the host page, and is declared in `GlobalEventHandlersEventMap` so
 * `addEventListener('as-symbol-select', e => e.symbol)` is typed.
 */
import type { SymbolSelection } from './events/symbol-selection.ts';

export type { SymbolSelection };

/** `as-symbol-select`: the user selected a symbol (click or Enter on a row). */
export class SymbolSelectEvent extends Event {
  static readonly eventName = 'as-symbol-select' as const;
  readonly symbol: string;
  readonly securityId: number | undefined;
  constructor(selection: SymbolSelection) {
    super(SymbolSelectEvent.eventName, { bubbles: true, composed: true });
    this.symbol = selection.symbol;
    this.securityId = selection.securityId;
  }
}

// Each further event in its own module, so a bundle carries only the events its elements fire.
export * from './events/order-placed.ts';
export * from './events/alert-triggered.ts';
export * from './events/trade-request.ts';
export * from './events/symbol-pick.ts';

declare global {
  interface GlobalEventHandlersEventMap {
    'as-symbol-select': SymbolSelectEvent;
  }
}

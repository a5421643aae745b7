import type { SymbolSelection } from './symbol-selection.ts';

/** A security picked in a search box. */
export interface PickedSecurity extends SymbolSelection {
  description?: string;
  exchange?: string;
}

/**
 * `as-symbol-pick`: a security was chosen in `<as-symbol-search>`. Bubbles but is NOT composed:
 * it is meant for the element whose shadow root holds the search box, not the page.
 */
export class SymbolPickEvent extends Event {
  static readonly eventName = 'as-symbol-pick' as const;
  readonly security: PickedSecurity;
  constructor(security: PickedSecurity) {
    super(SymbolPickEvent.eventName, { bubbles: true, composed: false });
    this.security = security;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-symbol-pick': SymbolPickEvent;
  }
}

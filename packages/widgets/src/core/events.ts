/**
 * The kit's DOM events. Each is its own `Event` subclass, `bubbles` and `composed` so it leaves
 * shadow roots and reaches the host page, and is declared in `GlobalEventHandlersEventMap` so
 * `addEventListener('as-symbol-select', e => e.symbol)` is typed.
 */
/** A security the user picked (a watchlist row, a search result). */
export interface SymbolSelection {
  symbol: string;
  /** AutoShares internal security id, when known. */
  securityId?: number;
}

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

/** What was placed, as the order ticket knows it. */
export interface PlacedOrder {
  orderId: number;
  accountId: number;
  symbol: string;
  side: string;
  quantity: number;
  type: string;
}

/** `as-order-placed`: an order was accepted by the server. */
export class OrderPlacedEvent extends Event {
  static readonly eventName = 'as-order-placed' as const;
  readonly order: PlacedOrder;
  constructor(order: PlacedOrder) {
    super(OrderPlacedEvent.eventName, { bubbles: true, composed: true });
    this.order = order;
  }
}

/** A triggered price alert. */
export interface TriggeredAlert {
  alertId: number;
  symbol: string;
  /** Human text of the condition, e.g. "Last ≥ 150.00". */
  condition: string;
  price?: number;
}

/** `as-alert-triggered`: a price alert fired. */
export class AlertTriggeredEvent extends Event {
  static readonly eventName = 'as-alert-triggered' as const;
  readonly alert: TriggeredAlert;
  constructor(alert: TriggeredAlert) {
    super(AlertTriggeredEvent.eventName, { bubbles: true, composed: true });
    this.alert = alert;
  }
}

/** A request to open a trade ticket, e.g. from a Buy/Sell button on a row. */
export interface TradeRequest {
  /** A ticker, or an option contract's OSI symbol. */
  symbol: string;
  securityId?: number;
  side?: 'Buy' | 'Sell';
  quantity?: number;
  /** A limit price to start from (e.g. the ask chosen in an option chain): a Limit order. */
  limitPrice?: number;
}

/** `as-trade-request`: the user asked to trade a symbol; an order ticket may follow it. */
export class TradeRequestEvent extends Event {
  static readonly eventName = 'as-trade-request' as const;
  readonly request: TradeRequest;
  constructor(request: TradeRequest) {
    super(TradeRequestEvent.eventName, { bubbles: true, composed: true });
    this.request = request;
  }
}

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
    'as-symbol-select': SymbolSelectEvent;
    'as-order-placed': OrderPlacedEvent;
    'as-alert-triggered': AlertTriggeredEvent;
    'as-trade-request': TradeRequestEvent;
    'as-symbol-pick': SymbolPickEvent;
  }
}

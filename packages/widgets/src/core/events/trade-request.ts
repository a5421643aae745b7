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

declare global {
  interface GlobalEventHandlersEventMap {
    'as-trade-request': TradeRequestEvent;
  }
}

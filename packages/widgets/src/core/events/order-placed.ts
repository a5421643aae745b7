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

declare global {
  interface GlobalEventHandlersEventMap {
    'as-order-placed': OrderPlacedEvent;
  }
}

import type { CreateOrderResource, OrderResource, OrdersApi } from '@autoshares/client';
import type { PlacementRequest } from './placement-state.ts';

/** What an order placement needs of the client's orders API (`client.api.orders`). */
export type OrderPlacementApi = Pick<OrdersApi, 'place' | 'findByClientId'>;

/**
 * An order as a `PlacementRequest`: sent with the action's `ClientId` (the client never
 * retries a placement), and looked up among the account's newest orders by that `ClientId`.
 */
export function orderPlacement(
  orders: OrderPlacementApi,
  accountId: number,
  order: CreateOrderResource,
): PlacementRequest<OrderResource> {
  return {
    send: (clientId, options) => orders.place(accountId, { ...order, ClientId: clientId }, options),
    find: (clientId, signal) => orders.findByClientId(accountId, clientId, { signal }),
  };
}

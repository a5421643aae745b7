import type { CreateOrderResource } from '@autoshares/client';
import { isMultiLegOrder, spreadName } from '../../../options/strategies-describe.ts';

/**
 * How a status announcement names a multi-leg order (it has no symbol of its own):
 * "AAPL spread". Nothing for any other order.
 */
export function spreadWords(
  order: CreateOrderResource | undefined,
): { Symbol: string } | undefined {
  return order && isMultiLegOrder(order) ? { Symbol: spreadName(order.Legs ?? []) } : undefined;
}

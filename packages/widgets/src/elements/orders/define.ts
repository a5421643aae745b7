import { defineElement } from '../../core/define.ts';
import { AutoSharesOrders } from './orders.ts';

defineElement('as-orders', AutoSharesOrders);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesOrders };

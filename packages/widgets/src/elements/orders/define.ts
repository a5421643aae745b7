import { defineElement } from '../../core/define.ts';
import { AutoSharesOrders } from './orders.ts';

defineElement('as-orders', AutoSharesOrders);

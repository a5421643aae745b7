import { defineElement } from '../../shared/define.ts';
import { AutoSharesOrders } from './orders.ts';

defineElement('as-orders', AutoSharesOrders);

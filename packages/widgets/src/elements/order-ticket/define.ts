import { defineElement } from '../../core/define.ts';
import { AutoSharesOrderTicket } from './order-ticket.ts';

defineElement('as-order-ticket', AutoSharesOrderTicket);

import { defineElement } from '../../shared/define.ts';
import { AutoSharesOrderTicket } from './order-ticket.ts';

defineElement('as-order-ticket', AutoSharesOrderTicket);

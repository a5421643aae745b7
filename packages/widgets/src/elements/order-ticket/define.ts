import { defineElement } from '../../core/define.ts';
import { AutoSharesOrderTicket } from './order-ticket.ts';

defineElement('as-order-ticket', AutoSharesOrderTicket);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesOrderTicket };

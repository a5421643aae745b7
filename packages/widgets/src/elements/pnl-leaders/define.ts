import { defineElement } from '../../core/define.ts';
import { AutoSharesPnlLeaders } from './pnl-leaders.ts';

defineElement('as-pnl-leaders', AutoSharesPnlLeaders);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesPnlLeaders };

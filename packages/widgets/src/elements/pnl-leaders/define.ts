import { defineElement } from '../../core/define.ts';
import { AutoSharesPnlLeaders } from './pnl-leaders.ts';

defineElement('as-pnl-leaders', AutoSharesPnlLeaders);

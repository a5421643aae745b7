import { defineElement } from '../../core/define.ts';
import { AutoSharesAccountSummary } from './account-summary.ts';

defineElement('as-account-summary', AutoSharesAccountSummary);

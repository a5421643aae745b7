import { defineElement } from '../../shared/define.ts';
import { AutoSharesAccountSummary } from './account-summary.ts';

defineElement('as-account-summary', AutoSharesAccountSummary);

import { defineElement } from '../../core/define.ts';
import { AutoSharesAccountSummary } from './account-summary.ts';

defineElement('as-account-summary', AutoSharesAccountSummary);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesAccountSummary };

import { defineElement } from '../../core/define.ts';
import { AutoSharesAccountValue } from './account-value.ts';

defineElement('as-account-value', AutoSharesAccountValue);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesAccountValue };

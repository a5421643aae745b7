import { defineElement } from '../../core/define.ts';
import { AutoSharesAgreements } from './agreements.ts';

defineElement('as-agreements', AutoSharesAgreements);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesAgreements };

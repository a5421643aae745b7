import { defineElement } from '../../core/define.ts';
import { AutoSharesProvider } from './as-provider.ts';

defineElement('as-provider', AutoSharesProvider);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesProvider };

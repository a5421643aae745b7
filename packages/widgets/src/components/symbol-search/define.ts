import { defineElement } from '../../core/define.ts';
import { AutoSharesSymbolSearch } from './symbol-search.ts';

defineElement('as-symbol-search', AutoSharesSymbolSearch);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesSymbolSearch };

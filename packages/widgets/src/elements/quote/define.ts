import { defineElement } from '../../core/define.ts';
import { AutoSharesQuote } from './quote.ts';

defineElement('as-quote', AutoSharesQuote);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesQuote };

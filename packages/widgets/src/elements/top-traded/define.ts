import { defineElement } from '../../core/define.ts';
import { AutoSharesTopTraded } from './top-traded.ts';

defineElement('as-top-traded', AutoSharesTopTraded);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesTopTraded };

import { defineElement } from '../../core/define.ts';
import { AutoSharesFunding } from './funding.ts';

defineElement('as-funding', AutoSharesFunding);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesFunding };

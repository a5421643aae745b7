import { defineElement } from '../../core/define.ts';
import { AutoSharesActivity } from './activity.ts';

defineElement('as-activity', AutoSharesActivity);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesActivity };

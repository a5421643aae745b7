import { defineElement } from '../core/define.ts';
import { AutoSharesSession } from './as-session.ts';

defineElement('as-session', AutoSharesSession);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesSession };

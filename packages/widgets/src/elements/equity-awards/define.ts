import { defineElement } from '../../core/define.ts';
import { AutoSharesEquityAwards } from './equity-awards.ts';

defineElement('as-equity-awards', AutoSharesEquityAwards);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesEquityAwards };

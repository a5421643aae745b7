import { defineElement } from '../../core/define.ts';
import { AutoSharesPositions } from './positions.ts';

defineElement('as-positions', AutoSharesPositions);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesPositions };

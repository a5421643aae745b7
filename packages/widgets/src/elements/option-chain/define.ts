import { defineElement } from '../../core/define.ts';
import { AutoSharesOptionChain } from './option-chain.ts';

defineElement('as-option-chain', AutoSharesOptionChain);

/** The element class, for wrappers (`@autoshares/react`) that import one element only. */
export { AutoSharesOptionChain };
export { OptionSelectEvent, type SelectedContract } from './option-select-event.ts';
export { StrategySelectEvent, type SelectedStrategy } from './strategy-select-event.ts';

import type { ContractTerms } from '../../options/contract.ts';

/** An option contract the user chose to trade, with the side its price was picked from. */
export interface SelectedContract extends ContractTerms {
  /** The contract's OSI symbol, e.g. `AAPL  250117C00230000`. */
  symbol: string;
  /** AutoShares internal security id of the contract. */
  securityId: number;
  /** `Buy` when the ask was chosen, `Sell` when the bid was. */
  side: 'Buy' | 'Sell';
  /** The price chosen (the ask or the bid at that moment), when there was one. */
  price: number | undefined;
  /** Shares per contract (100 for standard US equity options). */
  contractSize: number;
}

/** `as-option-select`: the user chose a contract's bid (to sell) or ask (to buy) in a chain. */
export class OptionSelectEvent extends Event {
  static readonly eventName = 'as-option-select' as const;
  readonly contract: SelectedContract;
  constructor(contract: SelectedContract) {
    super(OptionSelectEvent.eventName, { bubbles: true, composed: true });
    this.contract = contract;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'as-option-select': OptionSelectEvent;
  }
}

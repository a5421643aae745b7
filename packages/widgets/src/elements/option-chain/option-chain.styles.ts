import { css } from 'lit';

/** What the chain gives up, in order, when it does not fit its width (`fitColumns`). */
export const CHAIN_COLUMN_DROPS = ['interest', 'volume', 'change', 'last', 'pad'] as const;

/** `<as-option-chain>` styles (on top of the shared tokens and snippets). */
export const optionChainStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-2) var(--_as-space-3);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .underlying {
    display: flex;
    align-items: baseline;
    gap: var(--_as-space-2);
    margin-inline-end: auto;
    white-space: nowrap;
  }
  .underlying .symbol {
    font-weight: 600;
  }
  .expiration {
    display: flex;
    align-items: center;
    gap: var(--_as-space-1);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-option-chain-max-height, none);
  }
  .sides {
    display: flex;
    justify-content: space-between;
    padding: var(--_as-space-1) var(--_as-space-3);
    font-weight: 600;
    border-bottom: 1px solid var(--_as-border);
  }
  .as-table th.strike,
  .as-table td.strike {
    text-align: center;
    font-weight: 600;
    background: var(--_as-surface-raised);
  }
  .as-table td.price {
    padding: 0;
  }
  .price-button {
    display: block;
    inline-size: 100%;
    padding: var(--_as-space-1) var(--_as-space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: end;
    cursor: pointer;
    border-radius: var(--_as-radius);
  }
  .price-button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .price-button:focus-visible {
    outline: 2px solid var(--_as-focus);
    outline-offset: -2px;
  }
  tr[data-itm='call'] .side-call,
  tr[data-itm='put'] .side-put {
    background: color-mix(in srgb, var(--_as-accent) 9%, transparent);
  }
  tr.above-price > * {
    border-top: 2px solid var(--_as-accent);
  }
  [data-drop~='interest'] .col-interest,
  [data-drop~='volume'] .col-volume,
  [data-drop~='change'] .col-change,
  [data-drop~='last'] .col-last {
    display: none;
  }
  [data-drop~='pad'] .as-table :is(th, td),
  [data-drop~='pad'] .price-button {
    padding-inline: var(--_as-space-1);
  }
  .builder {
    display: grid;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .builder .presets,
  .builder .actions,
  .builder .leg {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-1) var(--_as-space-2);
  }
  .builder .legs {
    display: grid;
    gap: var(--_as-space-1);
    margin: 0;
    padding-inline-start: var(--_as-space-4);
  }
  .builder .net,
  .builder .hint {
    margin: 0;
  }
  .builder .hint {
    color: var(--_as-muted);
    font-size: 0.875em;
  }
`;

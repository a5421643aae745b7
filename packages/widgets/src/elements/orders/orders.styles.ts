import { css } from 'lit';

/**
 * What the orders table gives up, in order, when it does not fit its width (`fitColumns`):
 * time, average fill, the side and type columns (then shown under the symbol), stacked row
 * buttons, tighter cells, the status column (then its badge under the symbol). The Price column is never given up: a customer sees the price of a
 * working order at every width.
 */
export const ORDER_COLUMN_DROPS = [
  'time',
  'fill',
  'side',
  'type',
  'stack',
  'pad',
  'status',
] as const;

/** `<as-orders>` styles (on top of the shared tokens and snippets, and `rowActionStyles`). */
export const ordersStyles = css`
  .toolbar {
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-orders-max-height, none);
  }
  [data-drop~='time'] .col-time,
  [data-drop~='fill'] .col-fill,
  [data-drop~='side'] .col-side,
  [data-drop~='type'] .col-type,
  [data-drop~='status'] .col-status {
    display: none;
  }
  .status-inline {
    display: none;
  }
  [data-drop~='status'] .status-inline {
    display: block;
    margin-top: 2px;
    font-weight: 400;
  }
  /* side and type under the symbol once their columns are dropped */
  .under {
    display: block;
    font-weight: 400;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  .side-inline,
  .type-inline {
    display: none;
  }
  [data-drop~='side'] .side-inline,
  [data-drop~='type'] .type-inline {
    display: inline;
  }
  /* an option contract's multiplier under its name */
  .contract-size {
    display: block;
  }
  /* a stop limit's stop price under its limit price */
  .price-stop {
    display: block;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  [data-drop~='stack'] td.actions .as-button {
    display: flex;
    width: 100%;
    justify-content: center;
  }
  [data-drop~='stack'] td.actions .as-button + .as-button {
    margin-top: 2px;
  }
  [data-drop~='pad'] .as-table :is(th, td) {
    padding-inline: var(--_as-space-1);
  }
  .col-time {
    white-space: nowrap;
    color: var(--_as-muted);
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
    background: var(--_as-surface-raised);
  }
  .panel p {
    margin: 0;
    flex: 1 1 100%;
  }
  .panel .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 8rem;
  }
  .panel > .as-button {
    align-self: flex-end;
  }
  .field-error {
    color: var(--_as-danger);
    font-size: var(--_as-font-size-small);
  }
  .action-error {
    margin: 0;
    padding: var(--_as-space-1) var(--_as-space-3);
    color: var(--_as-danger);
    background: var(--_as-danger-surface);
  }
  .panel .action-error {
    padding: var(--_as-space-1) var(--_as-space-2);
  }
  .list-empty {
    padding: var(--_as-space-4);
    text-align: center;
    color: var(--_as-muted);
    margin: 0;
  }
  @container (max-width: 459px) {
    .toolbar,
    .panel {
      padding-inline: var(--_as-space-2);
    }
  }
  /* a multi-leg order's legs, indented under their root */
  tr.leg .col-symbol {
    padding-inline-start: var(--_as-space-4);
    font-weight: 400;
  }
  tr.leg > * {
    border-top-style: dashed;
  }
`;

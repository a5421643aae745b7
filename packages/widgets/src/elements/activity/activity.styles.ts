import { css } from 'lit';

/**
 * What the activity table gives up, in order, when it does not fit its width (`fitColumns`);
 * without its column the type shows under the date. Date and amount always show.
 */
export const ACTIVITY_COLUMN_DROPS = [
  'price',
  'quantity',
  'symbol',
  'description',
  'type',
] as const;

/** `<as-activity>` styles (on top of the shared tokens, table and input styles). */
export const activityStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_as-space-2) var(--_as-space-3);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .toolbar .export {
    margin-inline-start: auto;
  }
  .range-error,
  .action-error {
    margin: 0;
    padding: var(--_as-space-1) var(--_as-space-3);
    color: var(--_as-down);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-activity-max-height, none);
  }
  .amount.in {
    color: var(--_as-up);
  }
  .amount.out {
    color: var(--_as-down);
  }
  .as-table tfoot th {
    white-space: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-top: 1px solid var(--_as-border);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  .pager .buttons {
    display: inline-flex;
    gap: var(--_as-space-1);
  }
  .list-empty {
    padding: var(--_as-space-3);
    margin: 0;
    color: var(--_as-muted);
  }
  [data-drop~='price'] .col-price,
  [data-drop~='quantity'] .col-quantity,
  [data-drop~='symbol'] .col-symbol,
  [data-drop~='description'] .col-description,
  [data-drop~='type'] .col-type {
    display: none;
  }
  .type-inline {
    display: none;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  [data-drop~='type'] .type-inline {
    display: block;
  }
`;

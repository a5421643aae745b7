import { css } from 'lit';

/** What the positions table gives up, in order, when it does not fit its width (`fitColumns`). */
export const POSITION_COLUMN_DROPS = [
  'average',
  'quantity',
  'marketValue',
  'totalPercent',
  'day',
  'pad',
] as const;

/** `<as-positions>` styles (on top of the shared tokens and snippets, `sortButtonStyles` and `selectableRowStyles`). */
export const positionsStyles = css`
  .table-wrap {
    overflow: auto;
    max-height: var(--as-positions-max-height, none);
  }
  tfoot .totals > * {
    position: static;
    font-weight: 600;
    font-size: inherit;
    color: var(--_as-text);
    background: var(--_as-surface-raised);
    border-top: 2px solid var(--_as-border);
  }
  tfoot .totals > .up {
    color: var(--_as-up);
  }
  tfoot .totals > .down {
    color: var(--_as-down);
  }
  [data-drop~='average'] .col-average,
  [data-drop~='quantity'] .col-quantity,
  [data-drop~='marketValue'] .col-marketValue,
  [data-drop~='totalPercent'] .col-totalPercent,
  [data-drop~='day'] .col-day {
    display: none;
  }
  [data-drop~='pad'] .as-table :is(th, td) {
    padding-inline: var(--_as-space-1);
  }
`;

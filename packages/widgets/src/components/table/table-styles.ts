/**
 * Table styles more than one element uses, on top of the theme's `.as-table`
 * (`theme/shared-styles.ts`). Add them to an element's `static styles` before its own sheet.
 */
import { css } from 'lit';

/** Column sort buttons in `<th>` (see `sortHeaderCells` in `sortable-table.ts`). */
export const sortButtonStyles = css`
  th button.sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  th.num button.sort {
    flex-direction: row-reverse;
  }
`;

/**
 * Rows that select their symbol on click: a pointer, and the selected one (`aria-current`)
 * marked by a bar on its inline-start edge (the right edge right-to-left).
 */
export const selectableRowStyles = css`
  tbody tr {
    cursor: pointer;
  }
  tbody tr[aria-current='true'] > :first-child {
    position: relative;
  }
  tbody tr[aria-current='true'] > :first-child::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 3px;
    background: var(--_as-accent);
  }
`;

/** A narrow last cell `td.actions` holding compact row buttons (Buy/Sell, Cancel/Replace). */
export const rowActionStyles = css`
  td.actions {
    width: 1%;
    white-space: nowrap;
    text-align: end;
  }
  td.actions .as-button {
    min-height: 1.75rem;
    padding: 0 var(--_as-space-2);
  }
`;

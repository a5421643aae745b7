import { css } from 'lit';

/** What the top-traded table gives up, in order, when it does not fit its width (`fitColumns`). */
export const TRADED_COLUMN_DROPS = ['rank', 'value', 'last', 'pad'] as const;

/** `<as-top-traded>` styles (on top of the shared tokens and snippets, `selectableRowStyles` and `rowActionStyles`). */
export const topTradedStyles = css`
  .toolbar {
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-top-traded-max-height, none);
  }
  .col-rank {
    width: 1%;
    color: var(--_as-muted);
  }
  [data-drop~='rank'] .col-rank,
  [data-drop~='value'] .col-value,
  [data-drop~='last'] .col-last {
    display: none;
  }
  [data-drop~='pad'] .as-table :is(th, td) {
    padding-inline: var(--_as-space-1);
  }
  @container (max-width: 459px) {
    .toolbar {
      padding-inline: var(--_as-space-2);
    }
  }
`;

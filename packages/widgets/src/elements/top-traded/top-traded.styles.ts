import { css } from 'lit';

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
  @container (max-width: 459px) {
    .col-value,
    .col-rank {
      display: none;
    }
    .toolbar {
      padding-inline: var(--_as-space-2);
    }
  }
  @container (max-width: 339px) {
    .col-last {
      display: none;
    }
  }
`;

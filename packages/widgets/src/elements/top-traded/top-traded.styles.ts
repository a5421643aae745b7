import { css } from 'lit';

/** `<as-top-traded>` styles (on top of the shared tokens and snippets, `selectableRowStyles` and `rowActionStyles`). */
export const topTradedStyles = css`
  :host {
    --as-top-traded-max-height: none;
  }
  .toolbar {
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-top-traded-max-height);
  }
  .col-rank {
    width: 1%;
    color: var(--as-muted);
  }
  @container (max-width: 459px) {
    .col-value,
    .col-rank {
      display: none;
    }
    .toolbar {
      padding-inline: var(--as-space-2);
    }
  }
  @container (max-width: 339px) {
    .col-last {
      display: none;
    }
  }
`;

import { css } from 'lit';

/** `<as-top-traded>` styles (on top of the shared tokens and snippets). */
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
  tbody tr {
    cursor: pointer;
  }
  tbody tr[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--as-accent);
  }
  .col-rank {
    width: 1%;
    color: var(--as-muted);
  }
  td.actions {
    width: 1%;
    white-space: nowrap;
    text-align: end;
  }
  td.actions .as-button {
    min-height: 1.75rem;
    padding: 0 var(--as-space-2);
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

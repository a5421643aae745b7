import { css } from 'lit';

/** `<as-pnl-leaders>` styles (on top of the shared tokens and snippets, and `selectableRowStyles`). */
export const pnlLeadersStyles = css`
  .toolbar {
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .side h3 {
    margin: 0;
    padding: var(--as-space-2) var(--as-space-3) var(--as-space-1);
    font-size: var(--as-font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--as-muted);
  }
  .side-empty {
    margin: 0;
    padding: var(--as-space-2) var(--as-space-3);
    color: var(--as-muted);
  }
  @container (max-width: 339px) {
    .col-percent {
      display: none;
    }
    .toolbar {
      padding-inline: var(--as-space-2);
    }
  }
`;

import { css } from 'lit';

/** `<as-pnl-leaders>` styles (on top of the shared tokens and snippets, and `selectableRowStyles`). */
export const pnlLeadersStyles = css`
  .toolbar {
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .side h3 {
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3) var(--_as-space-1);
    font-size: var(--_as-font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_as-muted);
  }
  .side-empty {
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3);
    color: var(--_as-muted);
  }
  @container (max-width: 339px) {
    .col-percent {
      display: none;
    }
    .toolbar {
      padding-inline: var(--_as-space-2);
    }
  }
`;

import { css } from 'lit';

/** `<as-account-summary>` styles (on top of the shared tokens and snippets). */
export const accountSummaryStyles = css`
  :host {
    --as-account-summary-columns: 10rem;
  }
  .toolbar {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--as-account-summary-columns), 1fr));
    gap: var(--as-space-3);
    margin: 0;
    padding: var(--as-space-3);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  dt {
    font-size: var(--as-font-size-small);
    color: var(--as-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .primary dd {
    font-size: 1.25em;
  }
  .detail {
    display: block;
    font-weight: 400;
    font-size: var(--as-font-size-small);
  }
  @container (max-width: 339px) {
    .figures {
      grid-template-columns: 1fr 1fr;
      padding: var(--as-space-2);
      gap: var(--as-space-2);
    }
    .toolbar {
      padding-inline: var(--as-space-2);
    }
  }
`;

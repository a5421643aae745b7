import { css } from 'lit';

/** `<as-account-summary>` styles (on top of the shared tokens and snippets). */
export const accountSummaryStyles = css`
  .toolbar {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--as-account-summary-columns, 10rem), 1fr));
    gap: var(--_as-space-3);
    margin: 0;
    padding: var(--_as-space-3);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  dt {
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
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
    font-size: var(--_as-font-size-small);
  }
  @container (max-width: 339px) {
    .figures {
      grid-template-columns: 1fr 1fr;
      padding: var(--_as-space-2);
      gap: var(--_as-space-2);
    }
    .toolbar {
      padding-inline: var(--_as-space-2);
    }
  }
`;

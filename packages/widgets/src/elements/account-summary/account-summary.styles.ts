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
  .toolbar .as-select {
    max-width: 100%;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--as-account-summary-columns, 11rem)), 1fr)
    );
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
  }
  .primary dd {
    font-size: 1.25em;
  }
  .detail {
    display: block;
    font-weight: 400;
    font-size: var(--_as-font-size-small);
  }
  /* A narrow column: one figure a row, its label at the start and its value at the end. */
  @container (max-width: 339px) {
    .figures {
      grid-template-columns: minmax(0, 1fr);
      padding: var(--_as-space-2);
      gap: var(--_as-space-1);
    }
    .figure {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      column-gap: var(--_as-space-2);
    }
    dd {
      text-align: end;
      margin-inline-start: auto;
    }
    .toolbar {
      padding-inline: var(--_as-space-2);
    }
  }
`;

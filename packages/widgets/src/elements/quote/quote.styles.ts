import { css } from 'lit';

/** `<as-quote>` styles (on top of the shared tokens and snippets). */
export const quoteStyles = css`
  /* Symbol and name first; the price beside them while both fit, else on the next line. */
  .quote {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1) var(--_as-space-3);
    padding: var(--_as-space-2) var(--_as-space-3);
    align-items: baseline;
  }
  .title {
    display: flex;
    gap: var(--_as-space-2);
    align-items: baseline;
    flex: 1 1 auto;
    min-width: 0;
  }
  .symbol {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .name {
    color: var(--_as-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .price {
    display: flex;
    gap: var(--_as-space-2);
    align-items: baseline;
    justify-content: flex-end;
    flex-wrap: wrap;
    margin-inline-start: auto;
  }
  .last {
    font-size: 1.375rem;
    font-weight: 700;
    border-radius: var(--_as-radius-small);
    padding: 0 var(--_as-space-1);
  }
  .details {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1) var(--_as-space-4);
    margin: 0;
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
  }
  .details div {
    display: flex;
    gap: var(--_as-space-1);
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    color: var(--_as-text);
  }
  @container (max-width: 359px) {
    .price {
      justify-content: flex-start;
      margin-inline-start: 0;
    }
    .name {
      display: none;
    }
  }
`;

import { css } from 'lit';

/** `<as-order-ticket>` styles (on top of the shared tokens and snippets). */
export const orderTicketStyles = css`
  :host {
    container-type: inline-size;
  }
  .ticket {
    display: grid;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .quote {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1) var(--_as-space-3);
    align-items: baseline;
  }
  .symbol {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .name,
  .hint {
    color: var(--_as-muted);
    margin: 0;
    font-size: 0.875em;
  }
  .prices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1) var(--_as-space-3);
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .prices div,
  .figures div {
    display: flex;
    gap: var(--_as-space-1);
  }
  dt {
    color: var(--_as-muted);
  }
  dd {
    margin: 0;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_as-space-2) var(--_as-space-3);
  }
  .field {
    display: grid;
    gap: var(--_as-space-1);
    align-content: start;
  }
  .symbol-field,
  .actions,
  .form-error,
  /* "Bracket (take profit and stop loss)" needs the whole row */
  .field:has(> [data-field='attach']) {
    grid-column: 1 / -1;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: var(--_as-space-1);
  }
  .field-error,
  .form-error {
    color: var(--_as-danger);
    margin: 0;
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-2);
  }
  .review-title {
    margin: 0;
    font-size: 1rem;
  }
  .what {
    margin: 0;
    font-weight: 600;
  }
  .figures {
    display: grid;
    gap: var(--_as-space-1);
    margin: var(--_as-space-2) 0;
    font-variant-numeric: tabular-nums;
  }
  .figures div {
    justify-content: space-between;
    flex-wrap: wrap;
    column-gap: var(--_as-space-2);
  }
  .figures dd {
    margin-inline-start: auto;
  }
  .review,
  .placed,
  .uncertain {
    display: grid;
    gap: var(--_as-space-2);
  }
  .review p,
  .placed p,
  .uncertain p {
    margin: 0;
  }
  @container (max-width: 280px) {
    .form {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

import { css } from 'lit';

/** `<as-funding>` styles (on top of the shared tokens, table and input snippets). */
export const fundingStyles = css`
  :host {
    container-type: inline-size;
  }
  .cash {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-2) var(--_as-space-4);
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .cash div,
  .review dl div {
    display: grid;
    gap: var(--_as-space-1);
  }
  dt {
    color: var(--_as-muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_as-space-2) var(--_as-space-3);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  @container (max-width: 30rem) {
    .form {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .field {
    display: grid;
    gap: var(--_as-space-1);
    align-content: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .direction,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-2);
  }
  .field-error,
  .form-error {
    color: var(--_as-danger);
    margin: 0;
    font-size: 0.875em;
  }
  .note,
  .empty {
    margin: 0;
    color: var(--_as-muted);
  }
  .review,
  .outcome,
  .confirm {
    display: grid;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .review dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-2) var(--_as-space-4);
    margin: 0;
  }
  .outcome p,
  .confirm p {
    margin: 0;
  }
  .section-title {
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3) 0;
    font-size: 0.9375rem;
  }
  section > .empty,
  section > .form-error {
    padding: var(--_as-space-1) var(--_as-space-3);
  }
  .number {
    color: var(--_as-muted);
    font-variant-numeric: tabular-nums;
  }
  .sub {
    display: block;
    color: var(--_as-muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  /* names, references and buttons wrap so both lists fit 280 px (tables keep cells on one line) */
  .as-table tbody th,
  .as-table td.actions {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .as-table .as-button {
    white-space: nowrap;
  }
  td.actions {
    display: table-cell;
    text-align: end;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_as-space-1);
  }
`;

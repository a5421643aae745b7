import { css } from 'lit';

/** `<as-orders>` styles (on top of the shared tokens and snippets, and `rowActionStyles`). */
export const ordersStyles = css`
  :host {
    --as-orders-max-height: none;
  }
  .toolbar {
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-orders-max-height);
  }
  .col-time {
    white-space: nowrap;
    color: var(--as-muted);
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--as-space-2);
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
    background: var(--as-surface-raised);
  }
  .panel p {
    margin: 0;
    flex: 1 1 100%;
  }
  .panel .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 8rem;
  }
  .panel > .as-button {
    align-self: flex-end;
  }
  .field-error {
    color: var(--as-danger);
    font-size: var(--as-font-size-small);
  }
  .action-error {
    margin: 0;
    padding: var(--as-space-1) var(--as-space-3);
    color: var(--as-danger);
    background: var(--as-danger-surface);
  }
  .panel .action-error {
    padding: var(--as-space-1) var(--as-space-2);
  }
  .list-empty {
    padding: var(--as-space-4);
    text-align: center;
    color: var(--as-muted);
    margin: 0;
  }
  @container (max-width: 639px) {
    .col-time,
    .col-fill {
      display: none;
    }
  }
  .side-inline {
    display: none;
  }
  @container (max-width: 459px) {
    .col-terms,
    .col-side {
      display: none;
    }
    .side-inline {
      display: block;
      font-weight: 400;
      font-size: var(--as-font-size-small);
      color: var(--as-muted);
    }
    td.actions .as-button {
      display: flex;
      width: 100%;
      justify-content: center;
    }
    td.actions .as-button + .as-button {
      margin-top: 2px;
    }
    .toolbar,
    .panel {
      padding-inline: var(--as-space-2);
    }
  }
  @container (max-width: 339px) {
    .as-table th,
    .as-table td {
      padding-inline: var(--as-space-1);
    }
  }
`;

import { css } from 'lit';

/**
 * What the alerts table gives up, in order, when it does not fit its width (`fitColumns`):
 * the expiry column, side-by-side row buttons (then stacked), roomy cell padding.
 */
export const ALERT_COLUMN_DROPS = ['expiry', 'stack', 'pad'] as const;

/** `<as-price-alerts>` styles (on top of the shared tokens and snippets). */
export const priceAlertsStyles = css`
  :host {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .title {
    margin: 0;
    font-size: 1rem;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_as-space-2) var(--_as-space-3);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .field {
    display: grid;
    gap: var(--_as-space-1);
    align-content: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .picked,
  .field p {
    margin: 0;
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
  /* A cell stays a table cell (a flex cell breaks the table's layout); its buttons sit inline. */
  td.actions {
    display: table-cell;
    text-align: end;
    white-space: nowrap;
  }
  td.actions > * + * {
    margin-inline-start: var(--_as-space-1);
  }
  [data-drop~='expiry'] .expiry {
    display: none;
  }
  [data-drop~='stack'] td.actions .as-button {
    display: flex;
    width: 100%;
    justify-content: center;
  }
  [data-drop~='stack'] td.actions > * + * {
    margin-inline-start: 0;
    margin-top: 2px;
  }
  [data-drop~='pad'] .as-table :is(th, td) {
    padding-inline: var(--_as-space-1);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr[data-triggered] {
    box-shadow: inset 3px 0 0 var(--_as-accent);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .confirm p {
    margin: 0;
    flex-basis: 100%;
  }
  .toasts {
    display: grid;
    gap: var(--_as-space-1);
    padding: var(--_as-space-2) var(--_as-space-3) 0;
  }
  .toast {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2);
    border: 1px solid var(--_as-accent);
    border-radius: var(--_as-radius-small);
    background: var(--_as-surface);
  }
  .scroll {
    overflow-x: auto;
  }
  @container (max-width: 280px) {
    .form {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

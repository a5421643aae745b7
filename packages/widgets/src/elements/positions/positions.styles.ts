import { css } from 'lit';

/** `<as-positions>` styles (on top of the shared tokens and snippets). */
export const positionsStyles = css`
  :host {
    --as-positions-max-height: none;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-positions-max-height);
  }
  th button.sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  th.num button.sort {
    flex-direction: row-reverse;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--as-accent);
  }
  tfoot .totals > * {
    position: static;
    font-weight: 600;
    font-size: inherit;
    color: var(--as-text);
    background: var(--as-surface-raised);
    border-top: 2px solid var(--as-border);
  }
  tfoot .totals > .up {
    color: var(--as-up);
  }
  tfoot .totals > .down {
    color: var(--as-down);
  }
  @container (max-width: 639px) {
    .col-average,
    .col-totalPercent {
      display: none;
    }
  }
  @container (max-width: 459px) {
    .col-quantity,
    .col-marketValue {
      display: none;
    }
  }
  @container (max-width: 339px) {
    .col-day {
      display: none;
    }
  }
`;

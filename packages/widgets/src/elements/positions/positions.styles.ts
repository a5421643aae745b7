import { css } from 'lit';

/** `<as-positions>` styles (on top of the shared tokens and snippets, `sortButtonStyles` and `selectableRowStyles`). */
export const positionsStyles = css`
  :host {
    --as-positions-max-height: none;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-positions-max-height);
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

import { css } from 'lit';

/** `<as-positions>` styles (on top of the shared tokens and snippets, `sortButtonStyles` and `selectableRowStyles`). */
export const positionsStyles = css`
  .table-wrap {
    overflow: auto;
    max-height: var(--as-positions-max-height, none);
  }
  tfoot .totals > * {
    position: static;
    font-weight: 600;
    font-size: inherit;
    color: var(--_as-text);
    background: var(--_as-surface-raised);
    border-top: 2px solid var(--_as-border);
  }
  tfoot .totals > .up {
    color: var(--_as-up);
  }
  tfoot .totals > .down {
    color: var(--_as-down);
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

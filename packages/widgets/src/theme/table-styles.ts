import { css } from 'lit';

/**
 * The kit's tables (`.as-table`) and their sideways scroll hint (`[data-scroll-hint]`, see
 * `scrollHint()`): only for elements that render a table. Add it after
 * `...AutoSharesElement.styles` in `static styles`; its own module, so an element without a
 * table never ships it.
 */
export const tableStyles = css`
  .as-table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .as-table th,
  .as-table td {
    padding: var(--_as-space-1) var(--_as-space-2);
    border-bottom: 1px solid var(--_as-border);
    text-align: start;
    white-space: nowrap;
    height: var(--_as-row-height);
  }
  .as-table th {
    color: var(--_as-muted);
    font-weight: 600;
    font-size: var(--_as-font-size-small);
    background: var(--_as-surface-raised);
    position: sticky;
    top: 0;
  }
  /* above the body rows, which are positioned (below) and scroll under it */
  .as-table thead th {
    vertical-align: bottom;
    z-index: 1;
  }
  /* row headers (e.g. the symbol cell) read as body cells */
  .as-table tbody th {
    position: static;
    background: none;
    color: var(--_as-text);
    font-size: inherit;
  }
  .as-table .num {
    text-align: end;
  }
  /* Each body row paints on its own (a positioned box is its own paint layer): a new price
     repaints its row, not the whole table, with far fewer layers than one per figure cell. */
  .as-table tbody tr {
    position: relative;
  }
  /* The flash of live cells (TintFlash in directives/flash.ts): a tint while data-flash is set,
     fading out over half of the flash duration once it goes; no animation per cell and tick. */
  [data-tick] {
    transition: background-color calc(var(--_as-flash-duration) / 2) ease-out;
  }
  [data-flash='up'] {
    background-color: var(--_as-up-flash);
    transition: none;
  }
  [data-flash='down'] {
    background-color: var(--_as-down-flash);
    transition: none;
  }
  .as-table tbody tr:hover {
    background: var(--_as-surface-raised);
  }
  .as-table tbody tr:focus-visible {
    outline: 2px solid var(--_as-focus);
    outline-offset: -2px;
  }
  /* A sideways scroll container (scrollHint()) fades the edge that has more beyond it. */
  [data-scroll-hint] {
    overflow-x: auto;
    scrollbar-width: thin;
    --_as-scroll-fade: 2rem;
  }
  [data-scroll-hint][data-more-right] {
    mask-image: linear-gradient(to left, transparent, #000 var(--_as-scroll-fade));
  }
  [data-scroll-hint][data-more-left] {
    mask-image: linear-gradient(to right, transparent, #000 var(--_as-scroll-fade));
  }
  [data-scroll-hint][data-more-left][data-more-right] {
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 var(--_as-scroll-fade),
      #000 calc(100% - var(--_as-scroll-fade)),
      transparent
    );
  }
`;

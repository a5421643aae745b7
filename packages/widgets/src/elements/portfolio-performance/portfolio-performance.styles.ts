import { css } from 'lit';

/** Holdings columns dropped, in this order, while the table does not fit its width. */
export const HOLDING_COLUMN_DROPS = ['currency', 'payout', 'capital', 'value'] as const;

/** `<as-portfolio-performance>` styles (on top of the shared, table, input and chart panel styles). */
export const portfolioPerformanceStyles = css`
  :host {
    container-type: inline-size;
  }
  .portfolio-pick,
  .grouping-pick {
    display: inline-flex;
    align-items: center;
    gap: var(--_as-space-1);
    min-width: 0;
  }
  .portfolio-pick .as-select,
  .grouping-pick .as-select {
    max-width: 14rem;
  }
  .content[aria-busy='true'] {
    opacity: 0.7;
  }
  .period-line {
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3) 0;
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
  }
  .portfolio-name {
    color: var(--_as-text);
    font-weight: 600;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: var(--_as-space-2);
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .figure dt {
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
  }
  .figure dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_as-space-1);
    align-items: baseline;
  }
  .figure .amount {
    font-size: 1.1rem;
    font-weight: 600;
  }
  .figure .percent {
    font-size: var(--_as-font-size-small);
  }
  section {
    border-top: 1px solid var(--_as-border);
  }
  h3 {
    margin: 0;
    font-size: 0.95rem;
    font-weight: 600;
  }
  .section-head,
  .chart h3,
  .payouts h3 {
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-2);
  }
  .table-wrap {
    overflow: auto;
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--_as-focus);
    outline-offset: -2px;
  }
  .col-holding {
    white-space: normal;
    min-width: 7rem;
  }
  .col-holding .code {
    font-weight: 600;
  }
  tr[data-holding] .name,
  tr[data-holding] .quantity {
    display: block;
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
    font-weight: 400;
  }
  td.gain {
    text-align: end;
  }
  td .amount,
  td .percent {
    display: block;
  }
  td .percent {
    font-size: var(--_as-font-size-small);
  }
  tr.group th,
  tr.group td,
  tr.total th,
  tr.total td {
    font-weight: 600;
    background: var(--_as-surface-raised);
  }
  [data-drop~='currency'] .col-currency,
  [data-drop~='payout'] .col-payout,
  [data-drop~='capital'] .col-capital,
  [data-drop~='value'] .col-value {
    display: none;
  }
  .plot {
    height: var(--as-portfolio-performance-chart-height, 200px);
  }
  .payouts ul {
    list-style: none;
    margin: 0;
    padding: 0 var(--_as-space-3) var(--_as-space-2);
  }
  .payouts li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_as-space-2);
    padding: var(--_as-space-1) 0;
    border-bottom: 1px solid var(--_as-border);
  }
  .payouts li .code {
    font-weight: 600;
  }
  .payouts li .num {
    margin-inline-start: auto;
  }
  .payouts .none {
    margin: 0;
    padding: 0 var(--_as-space-3) var(--_as-space-2);
    color: var(--_as-muted);
  }
  @container (max-width: 359px) {
    .period-line,
    .figures,
    .section-head,
    .chart h3,
    .payouts h3,
    .payouts ul {
      padding-inline: var(--_as-space-2);
    }
    .figures {
      grid-template-columns: 1fr;
    }
    .col-holding {
      min-width: 0;
    }
    tr[data-holding] .name {
      display: none;
    }
  }
`;

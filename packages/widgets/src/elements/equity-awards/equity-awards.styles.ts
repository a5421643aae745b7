import { css } from 'lit';

/**
 * What the grants table gives up, in order, when it does not fit its width (`fitColumns`);
 * without its column the award type shows under the grant. Grant, vested and value always show.
 */
export const AWARD_COLUMN_DROPS = [
  'grant-date',
  'exercised',
  'granted',
  'expiry',
  'type',
  'next',
  'unvested',
] as const;

/** `<as-equity-awards>` styles (on top of the shared tokens and table styles). */
export const equityAwardsStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-2) var(--_as-space-4);
    margin: 0;
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .figure {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .figure dt {
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  .figure dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .next dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_as-space-2);
    font-size: calc(var(--_as-font-size) * 1.2);
  }
  .next-shares {
    color: var(--_as-accent);
  }
  .note,
  .expiry-warning {
    margin: 0;
    padding: var(--_as-space-1) var(--_as-space-3);
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  div.note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-1) var(--_as-space-2);
  }
  div.note p {
    margin: 0;
    flex: 1 1 12rem;
  }
  .expiry-warning {
    color: var(--_as-warning);
    font-weight: 600;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-equity-awards-max-height, none);
  }
  .col-grant .grant-name,
  .type-inline,
  .grant-price,
  .next-amount,
  .value-kind {
    display: block;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
    font-weight: 400;
  }
  .as-table .col-grant,
  .as-table th.col-value,
  .value-kind {
    white-space: normal;
  }
  .type-inline {
    display: none;
  }
  .as-table .col-value {
    text-align: end;
  }
  .grant-number {
    font-weight: 600;
  }
  .expiry-badge {
    margin-block-start: 2px;
    white-space: normal;
    border-radius: var(--_as-radius-small);
  }
  [data-drop~='grant-date'] .col-grant-date,
  [data-drop~='exercised'] .col-exercised,
  [data-drop~='granted'] .col-granted,
  [data-drop~='expiry'] .col-expiry,
  [data-drop~='type'] .col-type,
  [data-drop~='next'] .col-next,
  [data-drop~='unvested'] .col-unvested {
    display: none;
  }
  [data-drop~='type'] .type-inline {
    display: block;
  }
  .timeline {
    padding: var(--_as-space-2) var(--_as-space-3);
  }
  .timeline-title {
    margin: 0 0 var(--_as-space-1);
    font-size: var(--_as-font-size-small);
    font-weight: 600;
    color: var(--_as-muted);
  }
  .timeline ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: 2px var(--_as-space-2);
    align-items: center;
    font-variant-numeric: tabular-nums;
  }
  .timeline li {
    display: contents;
  }
  .t-grant {
    color: var(--_as-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .t-shares {
    text-align: end;
    white-space: nowrap;
  }
  .t-bar {
    grid-column: 1 / -1;
    height: 4px;
    border-radius: 2px;
    background: var(--_as-surface-raised);
    overflow: hidden;
  }
  .t-bar > span {
    display: block;
    height: 100%;
    background: var(--_as-accent);
  }
`;

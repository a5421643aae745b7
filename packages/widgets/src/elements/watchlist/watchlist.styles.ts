import { css } from 'lit';

/** What the watchlist table gives up, in order, when it does not fit its width (`fitColumns`). */
export const WATCHLIST_COLUMN_DROPS = [
  'bid',
  'ask',
  'volume',
  'name',
  'changePercent',
  'pad',
] as const;

/** `<as-watchlist>` styles (on top of the shared tokens and snippets, `sortButtonStyles` and `selectableRowStyles`). */
export const watchlistStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 8rem;
    flex: 1 1 10rem;
  }
  .list-title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    flex: 1 1 10rem;
    align-self: center;
  }
  .actions {
    display: flex;
    gap: var(--_as-space-1);
    flex-wrap: wrap;
  }
  .search {
    flex: 2 1 12rem;
  }
  .editor {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
    background: var(--_as-surface-raised);
  }
  .editor .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 10rem;
  }
  .editor p {
    margin: 0;
    flex: 1 1 100%;
  }
  .action-error {
    margin: 0;
    padding: var(--_as-space-1) var(--_as-space-3);
    color: var(--_as-danger);
    background: var(--_as-danger-surface);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-watchlist-max-height, none);
  }
  td.symbol {
    font-weight: 600;
  }
  td.name {
    max-width: 14rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  td.remove {
    width: 1%;
    text-align: end;
  }
  [part~='remove-button'] {
    min-height: 1.75rem;
    padding: 0 var(--_as-space-2);
  }
  .list-empty {
    padding: var(--_as-space-4);
    text-align: center;
    color: var(--_as-muted);
  }
  [data-drop~='bid'] .col-bid,
  [data-drop~='ask'] .col-ask,
  [data-drop~='volume'] .col-volume,
  [data-drop~='name'] .col-name,
  [data-drop~='changePercent'] .col-changePercent {
    display: none;
  }
  [data-drop~='pad'] .as-table :is(th, td) {
    padding-inline: var(--_as-space-1);
  }
  @container (max-width: 459px) {
    .toolbar,
    .editor {
      padding-inline: var(--_as-space-2);
    }
  }
`;

import { css } from 'lit';

/** `<as-watchlist>` styles (on top of the shared tokens and snippets, `sortButtonStyles` and `selectableRowStyles`). */
export const watchlistStyles = css`
  :host {
    --as-watchlist-max-height: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--as-space-2);
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
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
    gap: var(--as-space-1);
    flex-wrap: wrap;
  }
  .search {
    flex: 2 1 12rem;
  }
  .editor {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--as-space-2);
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
    background: var(--as-surface-raised);
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
    padding: var(--as-space-1) var(--as-space-3);
    color: var(--as-danger);
    background: var(--as-danger-surface);
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--as-watchlist-max-height);
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
    padding: 0 var(--as-space-2);
  }
  .list-empty {
    padding: var(--as-space-4);
    text-align: center;
    color: var(--as-muted);
  }
  @container (max-width: 639px) {
    .col-bid,
    .col-ask {
      display: none;
    }
  }
  @container (max-width: 459px) {
    .col-name,
    .col-volume {
      display: none;
    }
    .toolbar,
    .editor {
      padding-inline: var(--as-space-2);
    }
  }
  @container (max-width: 339px) {
    .col-changePercent {
      display: none;
    }
  }
`;

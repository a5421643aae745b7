import { css } from 'lit';

/** `<as-agreements>` styles (on top of the shared tokens and snippets). */
export const agreementsStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agreement {
    display: grid;
    gap: var(--_as-space-2);
    padding: var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .agreement:last-child {
    border-bottom: none;
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-2);
    margin: 0;
    font-size: inherit;
    font-weight: 600;
  }
  .purpose {
    margin: 0;
    color: var(--_as-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_as-space-2) var(--_as-space-3);
  }
  .consent {
    display: inline-flex;
    align-items: center;
    gap: var(--_as-space-2);
  }
  .consent input {
    margin: 0;
    accent-color: var(--_as-accent);
  }
  .error {
    margin: 0;
    color: var(--_as-danger);
  }
`;

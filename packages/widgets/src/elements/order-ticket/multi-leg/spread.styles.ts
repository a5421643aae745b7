import { css } from 'lit';

/** The ticket's spread form: the legs, one a line, with their side and quote. */
export const spreadStyles = css`
  .legs {
    display: grid;
    gap: var(--_as-space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legs legend {
    padding: 0;
    margin-block-end: var(--_as-space-1);
  }
  .leg {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-1) var(--_as-space-2);
  }
  .leg-contract {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1) var(--_as-space-2);
  }
  .leg-quote {
    color: var(--_as-muted);
    font-variant-numeric: tabular-nums;
  }
  .net {
    margin: 0;
    font-weight: 600;
  }
`;

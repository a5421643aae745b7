import { css } from 'lit';

/**
 * The frame of a chart panel (`<as-chart>`, `<as-account-value>`): the toolbar with its title
 * and period buttons, the legend under it, the plot and the library's attribution. Each element
 * adds its own plot height and legend entries.
 */
export const chartPanelStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
  }
  .toolbar h2 {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  .periods {
    display: inline-flex;
    gap: 2px;
    flex-wrap: wrap;
  }
  .periods .as-button {
    min-height: 1.75rem;
    padding: 0 var(--_as-space-2);
    font-size: var(--_as-font-size-small);
  }
  .periods .as-button[aria-pressed='true'] {
    background: var(--_as-accent);
    border-color: var(--_as-accent);
    color: var(--_as-accent-text);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_as-space-3);
    margin: 0;
    padding: var(--_as-space-1) var(--_as-space-3);
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
    min-height: 1.5rem;
  }
  .legend div {
    display: flex;
    gap: 0.25em;
  }
  .legend dt {
    font-weight: 600;
  }
  .legend dd {
    margin: 0;
    color: var(--_as-text);
  }
  .plot {
    position: relative;
    min-height: 160px;
  }
  .plot[data-busy='true'] {
    opacity: 0.6;
  }
  .attribution {
    display: block;
    padding: var(--_as-space-1) var(--_as-space-3);
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
    text-align: end;
  }
  .attribution a {
    color: inherit;
  }
  @container (max-width: 359px) {
    .toolbar,
    .legend {
      padding-inline: var(--_as-space-2);
    }
  }
`;

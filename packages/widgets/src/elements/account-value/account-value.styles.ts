import { css } from 'lit';

/** `<as-account-value>` styles (on top of the shared tokens and snippets and `chartPanelStyles`). */
export const accountValueStyles = css`
  .legend .deposit dt::before {
    content: '▲ ';
    color: var(--_as-up);
  }
  .plot {
    height: var(--as-account-value-height, 280px);
  }
`;

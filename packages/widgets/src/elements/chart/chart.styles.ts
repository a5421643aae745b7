import { css } from 'lit';

/** `<as-chart>` styles (on top of the shared tokens and snippets and `chartPanelStyles`). */
export const chartStyles = css`
  .legend .overlay dt {
    color: var(--overlay-color, inherit);
  }
  .plot {
    height: var(--as-chart-height, 320px);
  }
  @container (max-width: 359px) {
    .legend .volume,
    .legend .time {
      display: none;
    }
  }
`;

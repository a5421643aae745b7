import { css } from 'lit';

/**
 * The CSS every element has (through `AutoSharesElement.styles`): buttons, badges, up/down
 * colours and figures, the state blocks. Class names are the contract: `.as-button`,
 * `.as-badge`, `.as-state`, `.as-skeleton`, `.as-visually-hidden`, `.up`/`.down`, `.num`.
 * Tables (`tableStyles`) and form controls (`inputStyles`) are in their own modules, added by
 * the elements that have them: a quote or a news list does not ship them.
 */

export const buttonStyles = css`
  .as-button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_as-space-1);
    min-height: 2rem;
    padding: var(--_as-space-1) var(--_as-space-3);
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    background: var(--_as-surface-raised);
    color: var(--_as-text);
    cursor: pointer;
  }
  .as-button:hover {
    border-color: var(--_as-accent);
  }
  .as-button[data-variant='primary'] {
    background: var(--_as-accent);
    border-color: var(--_as-accent);
    color: var(--_as-accent-text);
  }
  /* Buy and Sell: solid in the up and down colours, with the accent's text colour */
  .as-button[data-variant='buy'],
  .as-button[data-variant='sell'] {
    --_as-side: var(--_as-up);
    background: var(--_as-side);
    border-color: var(--_as-side);
    color: var(--_as-accent-text);
    font-weight: 600;
  }
  .as-button[data-variant='sell'] {
    --_as-side: var(--_as-down);
  }
  .as-button[data-variant='buy']:hover,
  .as-button[data-variant='sell']:hover {
    border-color: var(--_as-text);
  }
  .as-button[data-variant='ghost'] {
    background: transparent;
    border-color: transparent;
  }
  .as-button[data-variant='danger'] {
    color: var(--_as-danger);
  }
  .as-button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--_as-focus);
    outline-offset: 2px;
  }
`;

export const badgeStyles = css`
  .as-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_as-space-1);
    padding: 0 var(--_as-space-2);
    border-radius: 999px;
    font-size: var(--_as-font-size-small);
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .as-badge[data-tone='warning'] {
    color: var(--_as-warning);
    background: var(--_as-warning-surface);
  }
  .as-badge[data-tone='danger'] {
    color: var(--_as-danger);
    background: var(--_as-danger-surface);
  }
`;

/** Up/down colours (always paired with a sign and arrow in the text), and figures. */
export const directionStyles = css`
  /* A figure (a number with its sign, arrow and currency) never breaks across lines. */
  .num {
    white-space: nowrap;
  }
  .up {
    color: var(--_as-up);
  }
  .down {
    color: var(--_as-down);
  }
  .flash-up {
    animation: as-flash-up var(--_as-flash-duration) ease-out;
  }
  .flash-down {
    animation: as-flash-down var(--_as-flash-duration) ease-out;
  }
  @keyframes as-flash-up {
    from {
      background: var(--_as-up-flash);
    }
  }
  @keyframes as-flash-down {
    from {
      background: var(--_as-down-flash);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .flash-up,
    .flash-down {
      animation: none;
    }
  }
`;

/** Loading / empty / error / signed-out / stale blocks rendered by `AutoSharesElement`. */
export const stateStyles = css`
  .as-state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_as-space-2);
    padding: var(--_as-space-4);
    text-align: center;
    color: var(--_as-muted);
  }
  .as-state[data-state='error'] {
    color: var(--_as-danger);
  }
  .as-state p {
    margin: 0;
  }
  .as-skeleton {
    display: grid;
    gap: var(--_as-space-2);
    padding: var(--_as-space-3);
  }
  .as-skeleton span {
    display: block;
    height: 1rem;
    border-radius: var(--_as-radius-small);
    background: var(--_as-skeleton);
    animation: as-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes as-pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .as-skeleton span {
      animation: none;
    }
  }
  .as-stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_as-space-2);
    padding: var(--_as-space-1) var(--_as-space-2) 0;
  }
  .as-retry-note {
    margin: 0;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  .as-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Everything above: what every element has (`AutoSharesElement.styles`). */
export const sharedStyles = [buttonStyles, badgeStyles, directionStyles, stateStyles];

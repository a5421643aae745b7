import { css } from 'lit';

/**
 * The kit's form controls (`.as-input`, `.as-select`) and their labels (`.as-label`): only for
 * elements with a form or a picker. Add it after `...AutoSharesElement.styles` in
 * `static styles`; its own module, so an element without a control never ships it.
 */
export const inputStyles = css`
  .as-input,
  .as-select {
    font: inherit;
    min-height: 2rem;
    padding: var(--_as-space-1) var(--_as-space-2);
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    background: var(--_as-surface);
    color: var(--_as-text);
    min-width: 0;
  }
  .as-input:focus-visible,
  .as-select:focus-visible {
    outline: 2px solid var(--_as-focus);
    outline-offset: 0;
  }
  .as-label {
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
  }
`;

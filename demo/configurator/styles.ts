/** The configurator's styles: the kit's tokens, buttons and inputs, and its own layout. */
import { css } from 'lit';
import { buttonStyles, inputStyles, tokens } from '@autoshares/widgets';

const layout = css`
  :host {
    padding: var(--_as-space-4);
  }
  .layout {
    display: grid;
    gap: var(--_as-space-4);
    grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    grid-template-areas:
      'form preview'
      'form snippet';
    align-items: start;
  }
  @container (max-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'form' 'preview' 'snippet';
    }
  }
  form {
    grid-area: form;
    display: grid;
    gap: var(--_as-space-3);
  }
  .preview {
    grid-area: preview;
    min-width: 0;
  }
  .snippets {
    grid-area: snippet;
    min-width: 0;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 var(--_as-space-2);
  }
  fieldset {
    display: grid;
    gap: var(--_as-space-3);
    margin: 0;
    padding: var(--_as-space-3);
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 var(--_as-space-1);
  }
  .field {
    display: grid;
    gap: var(--_as-space-1);
  }
  .field-check {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_as-space-2);
  }
  .field-check .hint,
  .field-check .error {
    grid-column: 1 / -1;
  }
  .hint,
  .error {
    margin: 0;
    font-size: var(--_as-font-size-small);
    color: var(--_as-muted);
  }
  .error {
    color: var(--_as-danger);
  }
  [aria-invalid='true'] {
    border-color: var(--_as-danger);
  }
  .with-picker {
    display: flex;
    gap: var(--_as-space-2);
  }
  .with-picker .as-input {
    flex: 1;
  }
  .picker {
    inline-size: 2.5rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    background: var(--_as-surface);
  }
  .schemes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-3);
  }
  .stage {
    min-height: 12rem;
  }
  .tabs {
    display: flex;
    gap: var(--_as-space-1);
    border-bottom: 1px solid var(--_as-border);
  }
  .tab {
    font: inherit;
    padding: var(--_as-space-2) var(--_as-space-3);
    border: 1px solid transparent;
    border-bottom: 2px solid transparent;
    background: none;
    color: var(--_as-muted);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: var(--_as-text);
    border-bottom-color: var(--_as-accent);
    font-weight: 600;
  }
  .snippet {
    margin: var(--_as-space-2) 0;
    padding: var(--_as-space-3);
    overflow: auto;
    max-height: 24rem;
    background: var(--_as-surface-raised);
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    font-size: var(--_as-font-size-small);
    white-space: pre;
  }
  .copy-row {
    display: flex;
    align-items: center;
    gap: var(--_as-space-3);
  }
  .copy-status {
    margin: 0;
    color: var(--_as-muted);
  }
  .copy[data-state='copied'] {
    background: var(--_as-up);
    border-color: var(--_as-up);
  }
  .load-error {
    color: var(--_as-danger);
  }
`;

export const configuratorStyles = [tokens, buttonStyles, inputStyles, layout];

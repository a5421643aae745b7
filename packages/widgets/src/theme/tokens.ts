import { css } from 'lit';

/**
 * Design tokens as CSS custom properties `--as-*`, set on every element's `:host`.
 *
 * Each public token reads an optional page-level override first, so a host page themes the kit
 * with plain CSS (`as-watchlist { --as-accent: rebeccapurple }` or on `:root`); custom
 * properties inherit through shadow roots.
 *
 * Light/dark: colours use `light-dark()`, resolved by the host's `color-scheme`, which follows
 * the user's `prefers-color-scheme` unless the session (or the element) sets `theme`
 * (custom state `:state(theme-light)` / `:state(theme-dark)`), or the page sets
 * `--as-color-scheme`. The `transparent` option (custom state) drops the surface background.
 */
export const tokens = css`
  :host {
    color-scheme: var(--as-color-scheme, light dark);
    --as-surface: var(--as-theme-surface, light-dark(#ffffff, #12161c));
    --as-surface-raised: var(--as-theme-surface-raised, light-dark(#f5f7fa, #1b2129));
    --as-text: var(--as-theme-text, light-dark(#17202b, #e8edf3));
    --as-muted: var(--as-theme-muted, light-dark(#56606c, #a3adb9));
    --as-border: var(--as-theme-border, light-dark(#d5dbe2, #33404e));
    --as-accent: var(--as-theme-accent, light-dark(#1d5fd1, #79a8ff));
    --as-accent-text: var(--as-theme-accent-text, light-dark(#ffffff, #0b1220));
    --as-up: var(--as-theme-up, light-dark(#0a7239, #4cd58a));
    --as-down: var(--as-theme-down, light-dark(#c0262d, #ff7b7f));
    --as-up-flash: var(--as-theme-up-flash, light-dark(#d9f5e4, #15412a));
    --as-down-flash: var(--as-theme-down-flash, light-dark(#fde0e1, #4a1d20));
    --as-warning: var(--as-theme-warning, light-dark(#8a5a00, #f3c15a));
    --as-warning-surface: var(--as-theme-warning-surface, light-dark(#fff4d6, #3b2f10));
    --as-danger: var(--as-theme-danger, light-dark(#b3141c, #ff8a8f));
    --as-danger-surface: var(--as-theme-danger-surface, light-dark(#fde7e8, #43181b));
    --as-focus: var(--as-theme-focus, light-dark(#1d5fd1, #9cc0ff));
    --as-skeleton: var(--as-theme-skeleton, light-dark(#e6eaef, #27303b));

    --as-font-family: var(
      --as-theme-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --as-font-size: var(--as-theme-font-size, 0.875rem);
    --as-font-size-small: var(--as-theme-font-size-small, 0.75rem);
    --as-line-height: 1.4;

    /* spacing scale; --as-density multiplies it (compact 0.75, comfortable 1.25) */
    --as-density: var(--as-theme-density, 1);
    --as-space-1: calc(0.25rem * var(--as-density));
    --as-space-2: calc(0.5rem * var(--as-density));
    --as-space-3: calc(0.75rem * var(--as-density));
    --as-space-4: calc(1rem * var(--as-density));
    --as-radius: var(--as-theme-radius, 6px);
    --as-radius-small: var(--as-theme-radius-small, 4px);
    --as-row-height: calc(2.25rem * var(--as-density));
    --as-flash-duration: 700ms;

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--as-font-family);
    font-size: var(--as-font-size);
    line-height: var(--as-line-height);
    font-variant-numeric: tabular-nums;
    color: var(--as-text);
    background: var(--as-surface);
    border: 1px solid var(--as-border);
    border-radius: var(--as-radius);
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  :host(:state(transparent)) {
    --as-surface: transparent;
    border-color: transparent;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --as-flash-duration: 0ms;
    }
  }
`;

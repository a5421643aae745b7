import { css } from 'lit';

/**
 * Design tokens. A page themes the kit with the public `--as-*` custom properties, set where it
 * likes: on `:root`, on any ancestor, or on one element (`docs/theming.md` lists them all).
 * The kit only READS the public names: each is resolved once on every element's `:host` into a
 * private `--_as-*` property (public value, else the default) that the kit's own styles use. So
 * an inherited page value is never shadowed by a default.
 *
 * Light/dark: defaults use `light-dark()`, resolved by the host's `color-scheme`, which follows
 * the user's `prefers-color-scheme` unless the session (or the element) sets `theme`
 * (custom state `:state(theme-light)` / `:state(theme-dark)`), or the page sets
 * `--as-color-scheme`. A page's own colour may be a `light-dark()` pair too. The `transparent`
 * option (custom state) drops the surface background.
 */
export const tokens = css`
  :host {
    color-scheme: var(--as-color-scheme, light dark);
    --_as-surface: var(--as-surface, light-dark(#ffffff, #12161c));
    --_as-surface-raised: var(--as-surface-raised, light-dark(#f5f7fa, #1b2129));
    --_as-text: var(--as-text, light-dark(#17202b, #e8edf3));
    --_as-muted: var(--as-muted, light-dark(#56606c, #a3adb9));
    --_as-border: var(--as-border, light-dark(#d5dbe2, #33404e));
    --_as-accent: var(--as-accent, light-dark(#1d5fd1, #79a8ff));
    --_as-accent-text: var(--as-accent-text, light-dark(#ffffff, #0b1220));
    --_as-up: var(--as-up, light-dark(#0a7239, #4cd58a));
    --_as-down: var(--as-down, light-dark(#c0262d, #ff7b7f));
    --_as-up-flash: var(--as-up-flash, light-dark(#d9f5e4, #15412a));
    --_as-down-flash: var(--as-down-flash, light-dark(#fde0e1, #4a1d20));
    --_as-warning: var(--as-warning, light-dark(#8a5a00, #f3c15a));
    --_as-warning-surface: var(--as-warning-surface, light-dark(#fff4d6, #3b2f10));
    --_as-danger: var(--as-danger, light-dark(#b3141c, #ff8a8f));
    --_as-danger-surface: var(--as-danger-surface, light-dark(#fde7e8, #43181b));
    --_as-focus: var(--as-focus, light-dark(#1d5fd1, #9cc0ff));
    --_as-skeleton: var(--as-skeleton, light-dark(#e6eaef, #27303b));

    --_as-font-family: var(
      --as-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_as-font-size: var(--as-font-size, 0.875rem);
    --_as-font-size-small: var(--as-font-size-small, 0.75rem);
    --_as-line-height: var(--as-line-height, 1.4);

    /* spacing scale; --as-density multiplies it (compact 0.75, comfortable 1.25) */
    --_as-density: var(--as-density, 1);
    --_as-space-1: var(--as-space-1, calc(0.25rem * var(--_as-density)));
    --_as-space-2: var(--as-space-2, calc(0.5rem * var(--_as-density)));
    --_as-space-3: var(--as-space-3, calc(0.75rem * var(--_as-density)));
    --_as-space-4: var(--as-space-4, calc(1rem * var(--_as-density)));
    --_as-radius: var(--as-radius, 6px);
    --_as-radius-small: var(--as-radius-small, 4px);
    --_as-row-height: var(--as-row-height, calc(2.25rem * var(--_as-density)));
    --_as-flash-duration: var(--as-flash-duration, 700ms);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_as-font-family);
    font-size: var(--_as-font-size);
    line-height: var(--_as-line-height);
    font-variant-numeric: tabular-nums;
    color: var(--_as-text);
    background: var(--_as-surface);
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius);
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
    --_as-surface: transparent;
    border-color: transparent;
  }
  /* The same from a server render, before the element has its session (base/server-view.ts). */
  :host([ssr-theme='light']) {
    color-scheme: light;
  }
  :host([ssr-theme='dark']) {
    color-scheme: dark;
  }
  :host([ssr-transparent]) {
    --_as-surface: transparent;
    border-color: transparent;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_as-flash-duration: 0ms;
    }
  }
`;

/**
 * The chart draws on a canvas, so it cannot use CSS custom properties: the element renders a
 * hidden "palette" whose swatches take the `--as-*` colours, and reads them back resolved
 * (`light-dark()`, page overrides and the session theme applied) with `getComputedStyle`.
 * Each swatch has a 1 ms colour transition, so any theme change, whatever its cause, ends in a
 * `transitionend` event on the palette: the cue to read the colours again.
 */
import { css, html, type TemplateResult } from 'lit';
import type { ChartLibrary } from './load-library.ts';

export const SWATCHES = [
  'surface',
  'text',
  'muted',
  'border',
  'accent',
  'up',
  'down',
  'overlay1',
  'overlay2',
  'overlay3',
] as const;
export type Swatch = (typeof SWATCHES)[number];
export type ChartColors = Record<Swatch, string>;

/** The hidden palette; `onChange` runs when a swatch's resolved colour changed. */
export function renderPalette(onChange: () => void): TemplateResult {
  return html`<div class="palette as-visually-hidden" aria-hidden="true" @transitionend=${onChange}>
    ${SWATCHES.map((name) => html`<span data-swatch=${name}>.</span>`)}
  </div>`;
}

export const paletteStyles = css`
  .palette span {
    transition: color 1ms linear;
  }
  [data-swatch='surface'] {
    color: var(--_as-surface);
  }
  [data-swatch='text'] {
    color: var(--_as-text);
  }
  [data-swatch='muted'] {
    color: var(--_as-muted);
  }
  [data-swatch='border'] {
    color: var(--_as-border);
  }
  [data-swatch='accent'] {
    color: var(--_as-accent);
  }
  [data-swatch='up'] {
    color: var(--_as-up);
  }
  [data-swatch='down'] {
    color: var(--_as-down);
  }
  [data-swatch='overlay1'] {
    color: var(--as-chart-overlay-1, var(--_as-accent));
  }
  [data-swatch='overlay2'] {
    color: var(--as-chart-overlay-2, var(--_as-warning));
  }
  [data-swatch='overlay3'] {
    color: var(--as-chart-overlay-3, var(--_as-muted));
  }
`;

/** The palette's resolved colours (`rgb(…)`/`rgba(…)` strings), or undefined before it renders. */
export function readColors(root: ParentNode): ChartColors | undefined {
  const entries: [Swatch, string][] = [];
  for (const name of SWATCHES) {
    const swatch = root.querySelector(`[data-swatch="${name}"]`);
    if (!swatch) return undefined;
    entries.push([name, getComputedStyle(swatch).color]);
  }
  return Object.fromEntries(entries) as ChartColors;
}

/** `rgb(r, g, b)` with an alpha, for translucent volume bars; other formats pass through. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : color;
}

/**
 * The chart options that follow the theme, the same for every chart panel: background and
 * text, grid, scale borders and crosshair labels.
 */
export function themedChartOptions(lib: Pick<ChartLibrary, 'ColorType'>, colors: ChartColors) {
  return {
    layout: {
      background: { type: lib.ColorType.Solid, color: colors.surface },
      textColor: colors.muted,
    },
    grid: {
      vertLines: { color: withAlpha(colors.border, 0.5) },
      horzLines: { color: withAlpha(colors.border, 0.5) },
    },
    rightPriceScale: { borderColor: colors.border },
    timeScale: { borderColor: colors.border },
    crosshair: {
      vertLine: { labelBackgroundColor: colors.text },
      horzLine: { labelBackgroundColor: colors.text },
    },
  };
}

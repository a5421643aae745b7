import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** How long a `--as-flash-duration` read stays in use for a shadow root (or document). */
const DURATION_TTL_MS = 1000;

/**
 * `--as-flash-duration` per shadow root (or document), read at most once a second: reading a
 * computed style forces a style recalculation of the page (with every running flash), so
 * reading it per changed cell, or even per render, cost most of a frame under a busy stream.
 * A theme that changes the duration takes effect within a second; a change of reduced motion
 * at once.
 */
let durations = new WeakMap<Node, { value: number; at: number }>();
const flashDuration = (element: HTMLElement): number => {
  const root = element.getRootNode();
  const now = performance.now();
  const cached = durations.get(root);
  if (cached && now - cached.at < DURATION_TTL_MS) return cached.value;
  const value = parseFloat(getComputedStyle(element).getPropertyValue('--as-flash-duration')) || 0;
  durations.set(root, { value, at: now });
  return value;
};

let motionQuery: MediaQueryList | null | undefined;
/** Reduced motion, from one `MediaQueryList` kept for the page (its `matches` is live). */
const reducedMotion = () => {
  if (motionQuery === undefined) {
    motionQuery =
      typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
    // the duration token depends on it too
    motionQuery?.addEventListener?.('change', () => (durations = new WeakMap()));
  }
  return motionQuery?.matches ?? false;
};

/**
 * `<td ${flash(quote.Last)}>`: briefly tints the element's background green or red when the
 * value goes up or down (`--as-up-flash` / `--as-down-flash`, `--as-flash-duration`). Never on
 * the first value, and not at all under `prefers-reduced-motion: reduce`. Direction must also
 * be shown in text (sign and arrow); the flash is an extra cue only. Sets `data-tick="up|down"`
 * on the element after a change.
 */
class FlashDirective extends Directive {
  private previous: number | undefined;
  /** The running flash: a new one replaces it (stacked flashes would only add style work). */
  private animation: Animation | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('flash() must be used on an element');
  }

  render(_value: number | null | undefined) {
    return noChange;
  }

  override update(part: ElementPart, [value]: [number | null | undefined]) {
    const previous = this.previous;
    const next = value == null || Number.isNaN(value) ? undefined : value;
    this.previous = next;
    if (previous === undefined || next === undefined || next === previous) return noChange;
    const element = part.element as HTMLElement;
    const tick = next > previous ? 'up' : 'down';
    if (element.dataset.tick !== tick) element.dataset.tick = tick;
    if (reducedMotion() || typeof element.animate !== 'function') return noChange;
    const duration = flashDuration(element);
    if (duration > 0) {
      // the colour is resolved by the style engine (no computed-style read per cell)
      this.animation?.cancel();
      this.animation = element.animate(
        [{ backgroundColor: `var(--as-${tick}-flash)` }, { backgroundColor: 'transparent' }],
        { duration, easing: 'ease-out' },
      );
    }
    return noChange;
  }
}

export const flash = directive(FlashDirective);

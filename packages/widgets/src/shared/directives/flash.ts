import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

let motionQuery: MediaQueryList | null | undefined;
/** Reduced motion, from one `MediaQueryList` kept for the page (its `matches` is live). */
const reducedMotion = () => {
  if (motionQuery === undefined) {
    motionQuery =
      typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  }
  return motionQuery?.matches ?? false;
};

/**
 * `--as-flash-duration` per shadow root (or document), read once per task: reading a computed
 * style forces a style recalculation, so reading it for every changed cell of a render made
 * each cell pay for one. A theme change takes effect from the next task.
 */
let durations = new WeakMap<Node, number>();
let clearScheduled = false;
const flashDuration = (element: HTMLElement): number => {
  const root = element.getRootNode();
  let duration = durations.get(root);
  if (duration === undefined) {
    duration = parseFloat(getComputedStyle(element).getPropertyValue('--as-flash-duration')) || 0;
    durations.set(root, duration);
    if (!clearScheduled) {
      clearScheduled = true;
      setTimeout(() => {
        durations = new WeakMap();
        clearScheduled = false;
      }, 0);
    }
  }
  return duration;
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
      element.animate(
        [{ backgroundColor: `var(--as-${tick}-flash)` }, { backgroundColor: 'transparent' }],
        { duration, easing: 'ease-out' },
      );
    }
    return noChange;
  }
}

export const flash = directive(FlashDirective);

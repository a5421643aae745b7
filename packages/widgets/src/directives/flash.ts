import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** How long a `--as-flash-duration` read stays in use for a shadow root (or document). */
const DURATION_TTL_MS = 1000;

interface DurationRead {
  value: number;
  at: number;
  refreshing: boolean;
}

const readDuration = (element: HTMLElement): number =>
  parseFloat(getComputedStyle(element).getPropertyValue('--_as-flash-duration')) || 0;

/** Runs `callback` in a task after the next frame is rendered, when style is clean. */
const afterNextFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(callback, 0));
  else setTimeout(callback, 0);
};

/**
 * `--as-flash-duration` per shadow root (or document). Reading a computed style in the middle
 * of a render forces a style recalculation of the page (with every running flash), so it is read
 * synchronously only the first time; after that the cached value is used and re-read at most
 * once a second in a task after a frame is rendered, when the read is cheap. A theme that
 * changes the duration takes effect within a second or so; a change of reduced motion at once.
 */
let durations = new WeakMap<Node, DurationRead>();
const flashDuration = (element: HTMLElement): number => {
  const root = element.getRootNode();
  const now = performance.now();
  const cached = durations.get(root);
  if (!cached) {
    const value = readDuration(element);
    durations.set(root, { value, at: now, refreshing: false });
    return value;
  }
  if (now - cached.at >= DURATION_TTL_MS && !cached.refreshing) {
    cached.refreshing = true;
    afterNextFrame(() => {
      cached.refreshing = false;
      if (!element.isConnected) return; // another cell will ask again
      cached.value = readDuration(element);
      cached.at = performance.now();
    });
  }
  return cached.value;
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

/** A number's changes of direction on an element, marked `data-tick="up|down"`. */
abstract class TickTracker {
  #previous: number | undefined;

  /**
   * The direction `value` moved since the last call, marked on `element`; undefined on the
   * first value, when it did not move, or when it is not a number.
   */
  protected tick(
    element: HTMLElement,
    value: number | null | undefined,
  ): 'up' | 'down' | undefined {
    const previous = this.#previous;
    const next = value == null || Number.isNaN(value) ? undefined : value;
    this.#previous = next;
    if (previous === undefined || next === undefined || next === previous) return undefined;
    const tick = next > previous ? 'up' : 'down';
    if (element.dataset.tick !== tick) element.dataset.tick = tick;
    return tick;
  }
}

/**
 * The flash of one element, for code that writes cells itself (the `liveCell` directive):
 * `update(element, value)` flashes up or down when the value changed since the last call
 * (never on the first value, not under reduced motion) and sets `data-tick="up|down"`.
 * The `flash()` directive below uses one per element.
 */
export class FlashEffect extends TickTracker {
  /**
   * The cell's two flashes, made once and restarted on each change: a change cancels the other
   * direction's flash instead of stacking another animation on the cell (stacked flashes only
   * added style work), and creating an animation parses its keyframes each time.
   */
  #animations: Partial<Record<'up' | 'down', Animation>> = {};
  /** Their durations (as last set) and the direction played last, to skip needless calls. */
  #durations: Partial<Record<'up' | 'down', number>> = {};
  #played: 'up' | 'down' | undefined;

  /** Shows a change of `value` on `element` (see the class comment). */
  update(element: HTMLElement, value: number | null | undefined): void {
    const tick = this.tick(element, value);
    if (!tick || reducedMotion() || typeof element.animate !== 'function') return;
    const duration = flashDuration(element);
    if (duration <= 0) return;
    if (this.#played !== tick) this.#animations[tick === 'up' ? 'down' : 'up']?.cancel();
    this.#played = tick;
    const animation = this.#animations[tick];
    if (animation) {
      if (this.#durations[tick] !== duration) animation.effect?.updateTiming({ duration });
      this.#durations[tick] = duration;
      animation.currentTime = 0;
      animation.play();
    } else {
      // the colour is resolved by the style engine (no computed-style read per cell)
      this.#durations[tick] = duration;
      this.#animations[tick] = element.animate(
        [{ backgroundColor: `var(--_as-${tick}-flash)` }, { backgroundColor: 'transparent' }],
        { duration, easing: 'ease-out' },
      );
    }
  }
}

/** Cells tinted by a {@link TintFlash}, with the time at which each one's tint goes. */
const tinted = new Map<HTMLElement, number>();
let untintTimer: ReturnType<typeof setTimeout> | undefined;
/** How often tints that are due are taken off (one timer for the page). */
const UNTINT_EVERY_MS = 50;

function untintDue(): void {
  const now = performance.now();
  for (const [element, until] of tinted) {
    if (until > now) continue;
    tinted.delete(element);
    delete element.dataset.flash;
  }
  untintTimer = tinted.size > 0 ? setTimeout(untintDue, UNTINT_EVERY_MS) : undefined;
}

/**
 * The flash of a live table cell, for cells that many ticks change each frame (the `liveCell`
 * directive): a change sets `data-tick` as {@link FlashEffect} does and `data-flash="up|down"`,
 * a tint the table styles draw (`theme/table-styles.ts`), held for half of
 * `--as-flash-duration` after the cell's last change and then faded out by a CSS transition
 * over the other half. Unlike an animation per cell, a cell that keeps changing costs no style,
 * paint or script work per frame: only its changes of direction and the end of its tint do
 * (one shared timer takes the tints off). Never on the first value, not under reduced motion.
 */
export class TintFlash extends TickTracker {
  /** Shows a change of `value` on `element` (see the class comment). */
  update(element: HTMLElement, value: number | null | undefined): void {
    const tick = this.tick(element, value);
    if (!tick || reducedMotion()) return;
    const duration = flashDuration(element);
    if (duration <= 0) return;
    if (element.dataset.flash !== tick) element.dataset.flash = tick;
    tinted.set(element, performance.now() + duration / 2);
    untintTimer ??= setTimeout(untintDue, UNTINT_EVERY_MS);
  }
}

/**
 * `<td ${flash(quote.Last)}>`: briefly tints the element's background green or red when the
 * value goes up or down (`--as-up-flash` / `--as-down-flash`, `--as-flash-duration`). Never on
 * the first value, and not at all under `prefers-reduced-motion: reduce`. Direction must also
 * be shown in text (sign and arrow); the flash is an extra cue only. Sets `data-tick="up|down"`
 * on the element after a change.
 */
class FlashDirective extends Directive {
  readonly #effect = new FlashEffect();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('flash() must be used on an element');
  }

  render(_value: number | null | undefined) {
    return noChange;
  }

  override update(part: ElementPart, [value]: [number | null | undefined]) {
    this.#effect.update(part.element as HTMLElement, value);
    return noChange;
  }
}

export const flash = /* @__PURE__ */ directive(FlashDirective);

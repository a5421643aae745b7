import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

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
    element.dataset.tick = tick;
    if (reducedMotion() || typeof element.animate !== 'function') return noChange;
    const style = getComputedStyle(element);
    const color = style.getPropertyValue(`--as-${tick}-flash`).trim();
    const duration = parseFloat(style.getPropertyValue('--as-flash-duration')) || 0;
    if (color && duration > 0) {
      element.animate([{ backgroundColor: color }, { backgroundColor: 'transparent' }], {
        duration,
        easing: 'ease-out',
      });
    }
    return noChange;
  }
}

export const flash = directive(FlashDirective);

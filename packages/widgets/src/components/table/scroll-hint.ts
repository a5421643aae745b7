/**
 * `scrollHint()`: an element directive for a horizontal scroll container (a table wrapper) that
 * shows when there is more to scroll to. It sets `data-scroll-hint` on the element and, while
 * content lies beyond an edge, `data-more-left` / `data-more-right` (physical sides, so the
 * same rules work right-to-left); `scrollHintStyles` in `table-styles.ts` fades that edge.
 * It follows scrolling, the element's and its content's size (`SizeWatch`, read in the observer's
 * callback, where layout is fresh), and every render.
 */
import { noChange } from 'lit';
import {
  AsyncDirective,
  directive,
  PartType,
  type ElementPart,
  type PartInfo,
} from 'lit/async-directive.js';
import { SizeWatch } from './size-watch.ts';

class ScrollHintDirective extends AsyncDirective {
  #element: HTMLElement | undefined;
  readonly #watch = new SizeWatch({
    // Layout is fresh in the observer's callback: read it there, not in a frame (where it may
    // be dirty again); the attributes it writes change no size.
    resized: () => {
      this.#refresh();
      return false;
    },
    onFrame: () => this.#refresh(),
  });
  readonly #onScroll = () => this.#refresh();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('scrollHint() belongs on an element');
  }

  render(): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart): typeof noChange {
    if (!this.#element) {
      this.#element = part.element as HTMLElement;
      this.#element.setAttribute('data-scroll-hint', '');
      if (this.isConnected) this.#start();
    }
    this.#watch.request();
    return noChange;
  }

  protected override disconnected(): void {
    this.#watch.stop();
    this.#element?.removeEventListener('scroll', this.#onScroll);
  }

  protected override reconnected(): void {
    this.#start();
  }

  #start(): void {
    this.#element!.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#watch.start(this.#element!);
  }

  #refresh(): void {
    const element = this.#element;
    if (!element?.isConnected) return;
    const max = element.scrollWidth - element.clientWidth;
    const rtl = getComputedStyle(element).direction === 'rtl';
    // Right-to-left, scrollLeft runs from -max (left end) to 0.
    const fromLeft = rtl ? max + element.scrollLeft : element.scrollLeft;
    element.toggleAttribute('data-more-left', max > 1 && fromLeft > 1);
    element.toggleAttribute('data-more-right', max > 1 && fromLeft < max - 1);
  }
}

/** Marks a horizontal scroll container with which edges have more content beyond them. */
export const scrollHint = directive(ScrollHintDirective);

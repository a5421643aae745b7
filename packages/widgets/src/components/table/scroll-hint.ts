/**
 * `scrollHint()`: an element directive for a horizontal scroll container (a table wrapper) that
 * shows when there is more to scroll to. It sets `data-scroll-hint` on the element and, while
 * content lies beyond an edge, `data-more-left` / `data-more-right` (physical sides, so the
 * same rules work right-to-left); `scrollHintStyles` in `table-styles.ts` fades that edge.
 * It follows scrolling, the element's and its content's size, and every render.
 */
import { noChange } from 'lit';
import {
  AsyncDirective,
  directive,
  PartType,
  type ElementPart,
  type PartInfo,
} from 'lit/async-directive.js';

class ScrollHintDirective extends AsyncDirective {
  private element: HTMLElement | undefined;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  /** The content (table) being observed. */
  private content: Element | undefined;
  private readonly onScroll = () => this.refresh();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('scrollHint() belongs on an element');
  }

  render(): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart): typeof noChange {
    if (!this.element) {
      this.element = part.element as HTMLElement;
      this.element.setAttribute('data-scroll-hint', '');
      this.listen();
    }
    this.schedule();
    return noChange;
  }

  protected override disconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.content = undefined;
    this.element?.removeEventListener('scroll', this.onScroll);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  protected override reconnected(): void {
    this.listen();
    this.schedule();
  }

  private listen(): void {
    const element = this.element!;
    element.addEventListener('scroll', this.onScroll, { passive: true });
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(element);
  }

  /** After the render is in the DOM: watch the (possibly new) content and measure. */
  private schedule(): void {
    if (this.frame || typeof requestAnimationFrame !== 'function') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const content = this.element?.firstElementChild;
      if (content && content !== this.content) {
        // observe() again would report the size again (and schedule again): once per element
        if (this.content) this.observer?.unobserve(this.content);
        this.content = content;
        this.observer?.observe(content);
      }
      this.refresh();
    });
  }

  private refresh(): void {
    const element = this.element;
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

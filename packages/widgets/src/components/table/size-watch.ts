/**
 * `SizeWatch`: the machinery `fitColumns` and `scrollHint` share. It follows the size of an
 * element and of its content (its first child, e.g. a table, which a render may replace) with
 * one `ResizeObserver`, and runs `onFrame` at most once a frame, in the frame after the change:
 * changing layout inside the observer's callback would make it report again at once (and loop).
 * `stop()` ends it all (observer and pending frame); `start()` again resumes.
 */
export interface SizeWatchOptions {
  /** Runs at most once a frame; `contentChanged` when the content element is new. */
  onFrame(contentChanged: boolean): void;
  /** Whether a reported resize needs a frame (default: always). */
  resized?(): boolean;
}

export class SizeWatch {
  readonly #options: SizeWatchOptions;
  #element: HTMLElement | undefined;
  #observer: ResizeObserver | undefined;
  /** The content being observed. */
  #content: Element | undefined;
  #frame = 0;

  constructor(options: SizeWatchOptions) {
    this.#options = options;
  }

  /** Follows `element` (and, from the next frame, its content) until `stop()`. */
  start(element: HTMLElement): void {
    this.stop();
    this.#element = element;
    if (typeof ResizeObserver !== 'undefined') {
      this.#observer = new ResizeObserver(() => {
        if (this.#options.resized?.() ?? true) this.request();
      });
      this.#observer.observe(element);
    }
    this.request();
  }

  stop(): void {
    this.#element = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#content = undefined;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Asks for `onFrame` in the next frame (once, however often asked); nothing when stopped. */
  request(): void {
    if (this.#frame || !this.#element?.isConnected || typeof requestAnimationFrame !== 'function')
      return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const content = this.#element?.firstElementChild ?? undefined;
      const contentChanged = !!content && content !== this.#content;
      if (contentChanged) {
        // observe() again would report the size again (and ask again): once per element
        if (this.#content) this.#observer?.unobserve(this.#content);
        this.#content = content;
        this.#observer?.observe(content);
      }
      this.#options.onFrame(contentChanged);
    });
  }
}

/**
 * Whether elements are on (or near) the screen, from one `IntersectionObserver` for the page.
 * Live cells use it so that rows out of view do no work per tick. Several callers may watch the
 * same element (every live cell of a row watches the row): it is observed once.
 */

type VisibilityListener = (visible: boolean) => void;

interface Watched {
  visible: boolean;
  known: boolean;
  listeners: Set<VisibilityListener>;
}

/** Rows this far outside the viewport already count as visible (no blank flash on scroll). */
const MARGIN = '200px 0px';

/** Minimum time between two intersection computations of the page's observer. */
const DELAY_MS = 100;

const watched = new Map<Element, Watched>();
let observer: IntersectionObserver | undefined;

function onEntries(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const watch = watched.get(entry.target);
    if (!watch) continue;
    const visible = entry.isIntersecting;
    if (watch.known && watch.visible === visible) continue;
    watch.known = true;
    watch.visible = visible;
    for (const listener of [...watch.listeners]) listener(visible);
  }
}

/**
 * Calls `listener(visible)` when `target` comes within 200 px of the viewport (also inside
 * scrolling boxes) or leaves it; the first call comes once the browser has laid the element out.
 * Where there is no `IntersectionObserver`, it is called with `true` at once. Returns a function
 * that stops watching.
 */
export function watchVisibility(target: Element, listener: VisibilityListener): () => void {
  if (typeof IntersectionObserver !== 'function') {
    listener(true);
    return () => undefined;
  }
  // `delay` (Chromium): intersections are computed at most every 100 ms instead of every frame;
  // the margin covers what scrolls into view meanwhile
  observer ??= new IntersectionObserver(onEntries, {
    rootMargin: MARGIN,
    delay: DELAY_MS,
  } as IntersectionObserverInit);
  let watch = watched.get(target);
  if (!watch) {
    watch = { visible: false, known: false, listeners: new Set() };
    watched.set(target, watch);
    observer.observe(target);
  } else if (watch.known) {
    listener(watch.visible);
  }
  watch.listeners.add(listener);
  const current = watch;
  return () => {
    if (!current.listeners.delete(listener) || current.listeners.size > 0) return;
    watched.delete(target);
    observer?.unobserve(target);
  };
}

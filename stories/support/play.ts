/**
 * Small helpers for story `play` functions: find a button by its text inside an element's
 * shadow root, and wait (bounded) for something to appear.
 */

/** Every element matching `selector` under `root`, looking into open shadow roots. */
function deepAll<T extends Element>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  }
  return found;
}

/**
 * The first button whose text (or aria-label) is `name` (or matches it), anywhere under `root`.
 */
export function buttonNamed(
  root: ParentNode,
  name: string | RegExp,
): HTMLButtonElement | undefined {
  return deepAll<HTMLButtonElement>(root, 'button').find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
}

/** Resolves with `find()`'s first truthy result; rejects after `timeout` ms. */
export async function until<T>(
  find: () => T | undefined | null | false,
  timeout = 10000,
): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = find();
    if (value) return value;
    if (performance.now() > deadline) throw new Error('the story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the button named `name` (or the first matching it) to be enabled, then clicks it. */
export async function click(
  root: ParentNode,
  name: string | RegExp,
  timeout?: number,
): Promise<void> {
  const button = await until(() => {
    const b = buttonNamed(root, name);
    return b && !b.disabled && b;
  }, timeout);
  button.click();
}

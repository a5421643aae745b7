/**
 * User-level interaction helpers for element tests: real key presses through the browser
 * (web-test-runner's `sendKeys`), and finding things the way a user does (by role and text),
 * across shadow roots.
 */
import { sendKeys } from '@web/test-runner-commands';

/** Type text into whatever has focus, as real key presses. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Press one key (`Enter`, `ArrowDown`, `Escape`, `Delete`, `Tab`…) on whatever has focus. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Shift+Tab (the runner's `press` takes no key combinations). */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await press('Tab');
  await sendKeys({ up: 'Shift' });
}

/** The focused element, inside shadow roots too (what a keyboard user is on). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of an element for failure messages: its tag and accessible text. */
export function nameOf(el: Element | null): string {
  return el
    ? `<${el.localName}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`
    : 'nothing';
}

/** Every element matching `selector` in `root` and all shadow roots below it. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A button by its accessible name (aria-label or text), searching shadow roots too. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement | undefined {
  const scope = root.shadowRoot ?? root;
  return deepQueryAll<HTMLButtonElement>(scope, 'button').find((b) => {
    const label = b.getAttribute('aria-label') ?? text(b);
    return typeof name === 'string' ? label === name : name.test(label);
  });
}

/** A form control by its `<label>` text (or aria-label), searching shadow roots too. */
export function field<T extends HTMLElement = HTMLInputElement>(
  root: Element,
  label: string,
): T | undefined {
  const scope = root.shadowRoot ?? root;
  for (const lab of deepQueryAll<HTMLLabelElement>(scope, 'label')) {
    if (text(lab) === label && lab.htmlFor) {
      const target = (lab.getRootNode() as ShadowRoot | Document).getElementById(lab.htmlFor);
      if (target) return target as T;
    }
  }
  return deepQueryAll<T>(scope, `[aria-label="${label}"]`)[0];
}

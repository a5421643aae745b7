/**
 * Keeps a failed test's report deliverable. An assertion that compared DOM nodes
 * (`expect(focused()).to.equal(button)`) carries them as the error's `actual` and `expected`;
 * the test runner sends each file's results with the structured clone algorithm, which cannot
 * copy a node, so the whole file's report was lost: the run waited until its deadline or ended
 * as "browser disconnected" instead of naming the failing test. After each failed test, a value
 * that cannot be copied is replaced by a description of it (`<button> Place order`).
 *
 * Imported by `sandbox.ts`, so every element test file registers this root hook.
 */

/** Whether the structured clone algorithm can copy `value`. */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** A short description of a value that cannot be sent: a node as its tag and text. */
export function describeValue(value: unknown): string {
  if (value instanceof Element) {
    const text = (value.getAttribute('aria-label') ?? value.textContent ?? '').trim();
    return `<${value.localName}> ${text.replace(/\s+/g, ' ').slice(0, 60)}`.trim();
  }
  if (value instanceof Node) return `[${value.nodeName}]`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  return String(value);
}

/** Replaces the `actual` and `expected` of `error` that cannot be sent by their descriptions. */
export function makeReportable(error: unknown): void {
  if (!error || typeof error !== 'object') return;
  const fields = error as { actual?: unknown; expected?: unknown };
  for (const key of ['actual', 'expected'] as const) {
    if (key in fields && !cloneable(fields[key])) fields[key] = describeValue(fields[key]);
  }
}

afterEach(function () {
  makeReportable(this.currentTest?.err);
});

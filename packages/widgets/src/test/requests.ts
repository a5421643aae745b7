/**
 * What a test page has requested, read from Resource Timing. Browsers keep 250 entries by
 * default and silently drop later ones once the buffer is full; a test page in development
 * mode loads hundreds of modules before its first test, so a request could go unseen (a count
 * that never grows, a foreign request never noticed). The test page raises the buffer in its
 * first script, before any module loads (`testRunnerHtml` in web-test-runner.config.mjs).
 */

/** Every URL the page has requested so far (modules, fetches, images), in order. */
export const requestedUrls = (): string[] =>
  performance.getEntriesByType('resource').map((entry) => entry.name);

/** The requested URLs that contain `part`. */
export const requestsTo = (part: string): string[] =>
  requestedUrls().filter((url) => url.includes(part));

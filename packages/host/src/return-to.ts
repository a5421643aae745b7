/**
 * Where the bridge sends the browser back after sign-in or sign-out: a path on the site's own
 * origin, never anywhere else. Browsers drop tabs and newlines inside a URL and read `\` as `/`,
 * so `/\tevil`, `/%09/evil` (decoded from the query) or `/\evil` would become `//evil`, a
 * protocol-relative URL to another host: any such value falls back to `/`.
 */

/** Control characters, space, DEL and backslash: anything a browser would read differently. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0020\u007f\\]/;

/**
 * `value` as a same-origin path (`/portfolio?tab=1#x`), or `/` when it is missing or could lead
 * anywhere but `origin`. The result is re-serialised from WHATWG URL parsing against `origin`.
 */
export function safeReturnTo(value: string | null | undefined, origin: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || UNSAFE.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Re-check the serialised form: it is what the browser will parse again.
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/**
 * Making feed content inert. Nothing from a news feed may run script or add elements: URLs are
 * links only when they are http(s), and markup is reduced to its text with DOMPurify (which
 * drops `<script>`/`<style>` with their content) and then rendered as text.
 */
import DOMPurify from 'dompurify';

/** The URL as an absolute http(s) link, or undefined for anything else (`javascript:`, `data:`, relative, malformed). */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * The readable text of a piece of (possibly hostile) markup: tags removed, script and style
 * contents dropped, entities decoded, whitespace collapsed. Render the result as text only.
 */
export function plainText(markup: string | null | undefined): string {
  if (!markup) return '';
  const fragment = DOMPurify.sanitize(markup, {
    ALLOWED_TAGS: [],
    ALLOWED_ATTR: [],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Making feed content inert. Nothing from a news feed may run script or add elements: URLs are
 * links only when they are http(s), and markup is reduced to its text with DOMPurify (which
 * drops `<script>`/`<style>` with their content) and then rendered as text.
 */
import { decodeEntities } from '@autoshares/client';
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
  let text: string;
  try {
    const fragment = DOMPurify.sanitize(markup, {
      ALLOWED_TAGS: [],
      ALLOWED_ATTR: [],
      KEEP_CONTENT: true,
      RETURN_DOM_FRAGMENT: true,
    });
    text = fragment.textContent ?? '';
  } catch {
    // A page whose CSP enforces Trusted Types without allowing DOMPurify's policy refuses the
    // parse: the story is still shown, reduced to text without parsing any markup.
    text = textWithoutParsing(markup);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of markup without an HTML parser: script and style elements dropped with their
 * content, other tags removed, character references decoded. Good enough for rendering as text
 * (which is all it is used for: nothing here can become markup again).
 */
export function textWithoutParsing(markup: string): string {
  return decodeEntities(
    markup
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-z!][^>]*>/gi, ' '),
  );
}

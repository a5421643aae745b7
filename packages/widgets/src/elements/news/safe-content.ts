/**
 * Making feed content inert. Nothing from a news feed may run script or add elements: URLs are
 * links only when the URL policy accepts them (https:), and markup is reduced to its text with DOMPurify (which
 * drops `<script>`/`<style>` with their content) and then rendered as text.
 */
import { decodeEntities, safeUrl } from '@autoshares/client';
import DOMPurify from 'dompurify';

/**
 * The URL as a link, or undefined when the kit's URL policy refuses it: only absolute https:
 * links (http: on localhost) are kept; `javascript:`, `data:`, relative, protocol-relative,
 * plain http:, malformed, and anything with whitespace, control characters or backslashes are not.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  return safeUrl(value, { name: 'news link', paths: false });
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

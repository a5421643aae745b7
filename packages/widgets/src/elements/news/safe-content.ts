/**
 * Making feed content inert. Nothing from a news feed may run script or add elements: URLs are
 * links only when the URL policy accepts them (https:), and markup is reduced to its text with
 * DOMPurify (which drops `<script>`/`<style>` with their content) and then rendered as text.
 * DOMPurify loads with the first markup reduced; until it is there, markup is reduced to text
 * without parsing it (`textWithoutParsing`), so nothing but text is ever shown.
 */
import { decodeEntities, safeUrl } from '@autoshares/client';
import type { DOMPurify as Purifier } from 'dompurify';

let purifier: Purifier | undefined;
let loading: Promise<void> | undefined;

/** Loads DOMPurify (once; again after a failed attempt). */
export function loadSanitizer(): Promise<void> {
  return (loading ??= import('dompurify').then(
    (module) => {
      purifier = module.default;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** While DOMPurify is on its way: settles when it is loaded (or failed to). */
export function sanitizerLoading(): Promise<void> | undefined {
  return purifier ? undefined : loading;
}

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
 * Until DOMPurify is loaded (`loadSanitizer()`, started by the first call), the text is taken
 * without parsing the markup.
 */
export function plainText(markup: string | null | undefined): string {
  if (!markup) return '';
  if (!purifier) {
    loadSanitizer().catch(() => undefined);
    return collapse(textWithoutParsing(markup));
  }
  let text: string;
  try {
    const fragment = purifier.sanitize(markup, {
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
  return collapse(text);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

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

/**
 * Writing user input into snippet source text: as an HTML attribute value, or as a JSX prop.
 * Whatever the input, it stays one value (it cannot close the attribute, open a tag or end the
 * expression).
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** `value` for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => HTML_ENTITIES[char]!);
}

/** ` name="value"` (HTML), or ` name` for a boolean attribute. */
export function htmlAttribute(name: string, value: string | true): string {
  return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
}

/** Characters a JSX string attribute shows as written (JSX decodes entities, so not `&`). */
const PLAIN_JSX_TEXT = /^[^"&<>{}\\\n\r\u2028\u2029]*$/;

/**
 * A JSX prop: `name="value"` for plain text, `name={"…"}` (a JSON string literal, `<` written
 * `\u003c`) otherwise, `name={42}` for a number, `name` for `true`.
 */
export function jsxProp(name: string, value: string | number | true): string {
  if (value === true) return name;
  if (typeof value === 'number') return `${name}={${value}}`;
  if (PLAIN_JSX_TEXT.test(value)) return `${name}="${value}"`;
  return `${name}={${jsString(value)}}`;
}

/** A JavaScript string literal of `value` (JSON, with `<` and `>` escaped). */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

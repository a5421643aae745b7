/**
 * Minifies the CSS of lit's `css` tagged templates in JavaScript or TypeScript source: comments
 * out, whitespace collapsed, none around `{`, `}` and `;`. No bundler touches the text of a
 * template literal, so without this every element ships its styles with their indentation and
 * comments. Used by the published npm build (`dist/`, scripts/build.ts), the CDN build
 * (packages/widgets/vite.cdn.config.ts) and the size bench (bench/lib/bundle-size.ts), so all
 * three measure and ship the same thing.
 *
 * Conservative: a template with an interpolation (`${…}`) or a backslash escape is left as it
 * is, and quoted strings inside the CSS are kept character for character.
 */

/**
 * `css` as a tag whose template starts a new line, as every styles block of the kit does (tsc
 * writes `css \`…`, with a space): not part of a longer name or a property (`x.css`), and not a
 * mention of the tag in a comment (`` `css` `` or one on a single line).
 */
const TAG = /(?<![\w$.`])css ?`(?=[ \t]*\n)/g;

/** A comment, or a quoted string (kept as it is). */
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|'[^'\n]*'|"[^"\n]*"/g;

/** CSS outside strings, minified. */
const squeeze = (css: string) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/;}/g, '}');

/** The CSS of one template, minified; quoted strings stay as they are. */
export function minifyCss(text: string): string {
  let out = '';
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(COMMENT_OR_STRING)) {
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0].startsWith('/*')) {
      plain += ' ';
      continue;
    }
    out += squeeze(plain) + match[0];
    plain = '';
  }
  return (out + squeeze(plain + text.slice(last))).trim();
}

/** Whether a template's text is plain CSS this minifier may rewrite. */
const isPlain = (text: string) => !text.includes('${') && !text.includes('\\');

/**
 * `source` with the text of every plain `css` template minified; the rest unchanged. With
 * `keepLines`, each template keeps its line breaks (at its end, where they are whitespace of
 * the CSS), so the code after it stays on its lines and an existing source map stays true.
 */
export function minifyCssTemplates(source: string, { keepLines = false } = {}): string {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const start = match.index + match[0].length;
    if (start < last) continue;
    const end = source.indexOf('`', start);
    if (end < 0) break;
    const text = source.slice(start, end);
    if (!isPlain(text)) continue;
    const lines = keepLines ? '\n'.repeat(text.split('\n').length - 1) : '';
    out += source.slice(last, start) + minifyCss(text) + lines;
    last = end;
  }
  return out + source.slice(last);
}

/**
 * The `css` template minifier (scripts/minify-css.ts) keeps every rule of the kit's styles: for
 * each `css` template in packages/widgets/src, esbuild's CSS parser reads the same rules from
 * the minified text as from the original. Templates it must not touch stay byte for byte.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { minifyCssTemplates } from './minify-css.ts';

const SRC = fileURLToPath(new URL('../packages/widgets/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The texts of the `css` templates of a source, in order. */
const templates = (source: string) =>
  [...source.matchAll(/(?<![\w$.])css`([^`]*)`/g)].map((match) => match[1]!);

/** The source with the text of its `css` templates left out. */
const withoutCss = (source: string) => source.replace(/(?<![\w$.])css`[^`]*`/g, 'css``');

/** The rules as esbuild reads them (its own normalised output). */
const rules = async (css: string) => (await transform(css, { loader: 'css', minify: true })).code;

describe('minifyCssTemplates', () => {
  it("keeps every rule of the kit's styles and makes them smaller", async () => {
    let before = 0;
    let after = 0;
    for (const file of sourceFiles(SRC)) {
      const source = readFileSync(file, 'utf8');
      const output = minifyCssTemplates(source);
      const original = templates(source);
      const minified = templates(output);
      assert.equal(minified.length, original.length, file);
      assert.equal(withoutCss(output), withoutCss(source), `${file}: only the styles change`);
      for (const [i, text] of original.entries()) {
        assert.equal(await rules(minified[i]!), await rules(text), `${file}, template ${i + 1}`);
        before += text.length;
        after += minified[i]!.length;
      }
    }
    assert.ok(before > 10_000, `found the kit's styles (${before} characters)`);
    assert.ok(after < before * 0.8, `smaller: ${before} → ${after} characters`);
  });

  it('drops comments, indentation, the spaces around braces and semicolons, and the last semicolon of a block', () => {
    const source =
      'const s = css`\n  /* note */\n  :host {\n    display: block;\n  }\n  .a .b > p { margin: 0 }\n`;';
    assert.equal(
      minifyCssTemplates(source),
      'const s = css`:host{display: block}.a .b > p{margin: 0}`;',
    );
  });

  it('keeps the line breaks at the end of the template when asked, so later code keeps its lines', () => {
    const source = 'const s = css`\n  :host {\n    display: block;\n  }\n`;\nexport { s };';
    const minified = minifyCssTemplates(source, { keepLines: true });
    assert.equal(minified, 'const s = css`:host{display: block}\n\n\n\n`;\nexport { s };');
    assert.equal(minified.split('\n').length, source.split('\n').length);
  });

  it('leaves templates with interpolations, escapes or spaced strings, and other tags, as they are', () => {
    const untouched = [
      'css`\n  .a { color: ${color}; }\n`',
      "css`\n  .a::before { content: '\\2014'; }\n`",

      'html`\n  <p>  text  </p>\n`',
      'theme.css`\n  .a { color: red; }\n`',
      'css`a { b: c }`',
      '// the `css` templates\nconst a = 1; // see `b`\n',
      "/* lit's css` tag */\nconst a = `\n  x\n`;",
    ];
    for (const source of untouched) assert.equal(minifyCssTemplates(source), source);
  });
});

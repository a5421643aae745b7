/**
 * The translation catalogue is complete and built: every language of `xliff/` is a target of
 * `lit-localize.json` with a lazy loader, every message of the code has a translation in every
 * language, and the committed runtime modules are what `lit-localize build` makes of the XLIFF
 * files now (built again into a temporary folder and compared).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {
  targetLocales: string[];
  output: { outputDir: string };
};
const GENERATED = config.output.outputDir;
const xliff = (code: string) => readFileSync(join('xliff', `${code}.xlf`), 'utf8');

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('translation catalogue', () => {
  it('every XLIFF file is a target locale with a lazy loader', () => {
    const files = readdirSync('xliff')
      .filter((f) => f.endsWith('.xlf'))
      .map((f) => f.slice(0, -4))
      .sort();
    assert.deepEqual([...config.targetLocales].sort(), files);
    const loaders = readFileSync(join(GENERATED, 'loaders.ts'), 'utf8');
    for (const code of files) assert.match(loaders, new RegExp(`import\\('\\./${code}\\.ts'\\)`));
  });

  it('every message has a translation in every language', () => {
    for (const code of config.targetLocales) {
      const units = xliff(code).match(/<trans-unit [\s\S]*?<\/trans-unit>/g) ?? [];
      assert.ok(units.length > 300, `${code}: ${units.length} messages`);
      const untranslated = units.filter((u) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(u));
      assert.deepEqual(untranslated, [], `${code}: messages without a translation`);
    }
  });

  it('the committed runtime modules are built from the XLIFF files as they are', () => {
    const root = mkdtempSync(join(tmpdir(), 'localize-'));
    roots.push(root);
    const temp = join(root, 'lit-localize.json');
    writeFileSync(
      temp,
      JSON.stringify({
        ...config,
        inputFiles: [join(process.cwd(), 'packages/widgets/src/**/*.ts')],
        output: { mode: 'runtime', outputDir: join(root, 'out'), language: 'ts' },
        interchange: { format: 'xliff', xliffDir: join(process.cwd(), 'xliff') },
      }),
    );
    execFileSync('pnpm', ['exec', 'lit-localize', 'build', '--config', temp], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    execFileSync(
      'pnpm',
      ['exec', 'prettier', '--config', '.prettierrc.json', '--write', join(root, 'out')],
      { stdio: 'pipe' },
    );
    for (const code of config.targetLocales) {
      const built = readFileSync(join(root, 'out', `${code}.ts`), 'utf8');
      const committed = readFileSync(join(GENERATED, `${code}.ts`), 'utf8');
      assert.ok(
        built === committed,
        `${GENERATED}/${code}.ts is out of date: run pnpm localize:build`,
      );
    }
  });
});

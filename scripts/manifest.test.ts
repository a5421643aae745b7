/**
 * The custom-elements manifest and what is generated from it, analyzed afresh into a temporary
 * folder (no build needed):
 * - it documents the public API only: no private or `@state` members, every event named, typed
 *   and described, no test modules;
 * - docs/elements-reference.md is what `pnpm docs:elements` would write from it;
 * - the framework types type-check host code: a React TSX file, a Vue `GlobalComponents` view and
 *   a Svelte `svelteHTML` view (examples/host-types), each with a wrong prop that must stay an
 *   error (`@ts-expect-error`, so tsc fails if the types stop catching it).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { analyzeInto, elementsOf, root, type Manifest } from './custom-elements.ts';
import { REFERENCE, renderReference } from './elements-reference.ts';

// Inside the workspace, so the generated types resolve `vue` and `react` from its node_modules.
const cache = join(root, 'node_modules/.cache');
let outdir: string;
let manifest: Manifest;

before(async () => {
  await mkdir(cache, { recursive: true });
  outdir = await mkdtemp(join(cache, 'autoshares-cem-'));
  manifest = await analyzeInto(outdir);
});
after(() => rm(outdir, { recursive: true, force: true }));

describe('custom-elements manifest', () => {
  it('lists every element folder, the session, its provider declaration and the symbol search', async () => {
    const tags = elementsOf(manifest).map((d) => d.tagName);
    const outside = ['as-session', 'as-provider', 'as-symbol-search'];
    assert.ok(
      outside.every((tag) => tags.includes(tag)),
      tags.join(),
    );
    const folders = await readdir(join(root, 'packages/widgets/src/elements'), {
      withFileTypes: true,
    });
    const elements = folders.filter((f) => f.isDirectory()).map((f) => `as-${f.name}`);
    assert.ok(elements.length >= 12, elements.join());
    assert.deepEqual(tags.filter((t) => !outside.includes(t)).sort(), elements.sort());
  });

  it('holds no test, test-support or fault-suite module', () => {
    const paths = manifest.modules.map((m) => m.path);
    assert.deepEqual(
      paths.filter((p) => /(^|\/)(test|faults)\/|\.test|test-support/.test(p)),
      [],
    );
    assert.ok(
      paths.every((p) => /^dist\/.*\.js$/.test(p)),
      'published module paths',
    );
  });

  it('documents public members only (no private, protected or @state fields)', () => {
    for (const d of elementsOf(manifest)) {
      const internal = (d.members ?? []).filter(
        (m) => m.static || (m.privacy && m.privacy !== 'public') || m.name.startsWith('#'),
      );
      assert.deepEqual(
        internal.map((m) => m.name),
        [],
        d.tagName,
      );
    }
    const names = (tag: string) =>
      elementsOf(manifest)
        .find((d) => d.tagName === tag)!
        .members!.map((m) => m.name);
    // Reactive state the issue found listed as API, now kept out.
    assert.ok(!names('as-session').includes('signInError'));
    assert.ok(!names('as-watchlist').some((n) => ['chosenId', 'sortKey', 'mode'].includes(n)));
    assert.ok(names('as-session').includes('tokenProvider'), 'public properties stay');
  });

  it('names, types and describes every event; each attribute maps to a typed property', () => {
    for (const d of elementsOf(manifest)) {
      for (const event of d.events ?? []) {
        assert.match(event.name ?? '', /^as-[a-z-]+$/, `${d.tagName}: event ${event.name}`);
        assert.match(event.type?.text ?? '', /^[A-Z]\w*Event$/, `${d.tagName}: ${event.name}`);
        assert.ok(event.description, `${d.tagName}: ${event.name} described`);
      }
      for (const attribute of d.attributes ?? []) {
        assert.ok(attribute.type?.text, `${d.tagName}[${attribute.name}] typed`);
        assert.ok(attribute.fieldName, `${d.tagName}[${attribute.name}] has a property`);
      }
    }
    const events = (tag: string) =>
      elementsOf(manifest)
        .find((d) => d.tagName === tag)!
        .events!.map((e) => e.name);
    assert.deepEqual(events('as-session'), ['as-auth-required', 'as-config-error']);
    assert.deepEqual(events('as-symbol-search'), ['as-symbol-pick']);
    assert.deepEqual(events('as-chart'), ['as-period-change']);
  });
});

describe('editor data', () => {
  it('web-types name the widgets package and list every element; VS Code data lists them too', async () => {
    const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
    const read = (file: string) => json(join(outdir, file));
    const pkg = await json(join(root, 'packages/widgets/package.json'));
    const webTypes = await read('web-types.json');
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const tags = elementsOf(manifest).map((d) => d.tagName);
    const listed = (list: { name: string }[]) => list.map((e) => e.name).sort();
    assert.deepEqual(listed(webTypes.contributions.html.elements), tags);
    assert.deepEqual(listed((await read('vscode.html-custom-data.json')).tags), tags);
  });
});

describe('docs/elements-reference.md', () => {
  it('is up to date with the manifest (else run `pnpm docs:elements`)', async () => {
    const committed = await readFile(REFERENCE, 'utf8');
    assert.ok(committed === (await renderReference(manifest)), 'run `pnpm docs:elements`');
  });
});

describe('framework types', () => {
  it('type-check React, Vue and Svelte host code; a wrong prop is an error in each', async () => {
    await writeFile(
      join(outdir, 'index.d.ts'),
      `export * from ${JSON.stringify(join(root, 'packages/widgets/src/index.ts'))};\n`,
    );
    const generated = (file: string) => [join(outdir, file)];
    await writeFile(
      join(outdir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.base.json'),
        compilerOptions: {
          noEmit: true,
          jsx: 'react-jsx',
          allowImportingTsExtensions: true,
          types: [],
          // The generated declarations are checked too, not only the host code.
          skipLibCheck: false,
          paths: {
            '@autoshares/widgets': generated('index.d.ts'),
            '@autoshares/widgets/react-jsx': generated('custom-elements-react.d.ts'),
            '@autoshares/widgets/vue': generated('custom-elements-vue.d.ts'),
            '@autoshares/widgets/svelte': generated('custom-elements-svelte.d.ts'),
          },
        },
        files: ['react.tsx', 'vue.ts', 'svelte.ts'].map((f) =>
          join(root, 'examples/host-types', f),
        ),
      }),
    );
    try {
      await promisify(execFile)(join(root, 'node_modules/.bin/tsc'), ['-p', outdir], {
        cwd: root,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      assert.fail(`tsc found errors in the host code or the generated types:\n${stdout}${stderr}`);
    }
  });
});

/**
 * The CDN build's chunk graph (packages/widgets/vite.cdn.config.ts), built here into a temporary
 * directory: the loader defines only `<as-session>` eagerly, every element folder is its own
 * lazily imported chunk, and lightweight-charts sits in its own chunk that only the chart
 * reaches. Also checks that the published exports map covers every element folder.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  coldPageRoundTrips,
  elementChunks,
  entryKey,
  importLevels,
  loaderChunkImports,
  reachable,
  readCdnManifest,
  staticClosure,
} from './build-cdn-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');

/** Element folders that have a `define.ts` (the ones a page can use). */
const elementFolders = readdirSync(join(widgets, 'src/elements')).filter((name) =>
  existsSync(join(widgets, 'src/elements', name, 'define.ts')),
);

type Manifest = ReturnType<typeof readCdnManifest>;

describe('CDN build (autoshares.js)', () => {
  let out: string;
  let manifest: Manifest;

  /** Source modules bundled into a chunk, from its source map (a tiny runtime chunk has none). */
  const sourcesOf = (key: string): string[] => {
    const map = join(out, `${manifest[key].file}.map`);
    if (!existsSync(map)) return [];
    return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
  };
  const holdsChartLibrary = (key: string) =>
    sourcesOf(key).some((s) => s.includes('lightweight-charts'));

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'autoshares-cdn-'));
    try {
      execFileSync(
        join(root, 'node_modules/.bin/vite'),
        ['build', '-c', 'packages/widgets/vite.cdn.config.ts', '--outDir', out, '--emptyOutDir'],
        { cwd: root, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
      );
    } catch (error) {
      throw new Error(`the CDN build failed:\n${(error as { stderr?: Buffer }).stderr}`);
    }
    manifest = readCdnManifest(`${out}/`);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('emits autoshares.js as the one entry, defining <as-session> without loading any element', () => {
    const entry = entryKey(manifest);
    assert.equal(manifest[entry].file, 'autoshares.js');
    const eager = [...staticClosure(manifest, entry)].flatMap(sourcesOf);
    assert.ok(
      eager.some((s) => s.endsWith('session/as-session.ts')),
      'the session is in the first load',
    );
    const eagerElements = eager.filter((s) => /\/src\/elements\//.test(s));
    assert.deepEqual(eagerElements, [], 'no element module is loaded before its tag appears');
  });

  it('gives every element folder its own lazily imported chunk', () => {
    const chunks = elementChunks(manifest);
    for (const name of elementFolders) {
      assert.ok(chunks[name], `no chunk for elements/${name}`);
      assert.match(manifest[chunks[name]].file, new RegExp(`^elements/${name}-`));
      assert.ok(
        manifest[entryKey(manifest)].dynamicImports?.includes(chunks[name]),
        `the loader does not import elements/${name} lazily`,
      );
    }
  });

  it('loads the loader in one file and each element in one more round trip (modulepreload)', () => {
    const entry = entryKey(manifest);
    assert.equal(importLevels(manifest, [entry]), 1, 'the loader imports other chunks');
    const preloads = loaderChunkImports(manifest, `${out}/`);
    const chunks = elementChunks(manifest);
    for (const name of elementFolders) {
      const imported = [...staticClosure(manifest, chunks[name])]
        .filter((key) => key !== chunks[name] && key !== entry)
        .map((key) => manifest[key].file)
        .sort();
      assert.deepEqual(preloads[`as-${name}`], imported, `<as-${name}>: preloads ≠ its imports`);
      assert.equal(coldPageRoundTrips(manifest, name, preloads), 2, `<as-${name}>`);
    }
  });

  /** The elements that draw with lightweight-charts. */
  const CHARTING = ['chart', 'account-value', 'portfolio-performance'];

  it('keeps lightweight-charts out of the loader and of everything a non-chart element can load', () => {
    const chunks = elementChunks(manifest);
    const loaderWithChart = [...staticClosure(manifest, entryKey(manifest))].filter(
      holdsChartLibrary,
    );
    assert.deepEqual(loaderWithChart, [], 'the loader loads the chart library');
    // What the loader itself imports lazily is loaded per tag, not by the elements that share its code.
    const loader = entryKey(manifest);
    for (const [name, key] of Object.entries(chunks)) {
      if (CHARTING.includes(name)) continue;
      const withChart = [...reachable(manifest, key, new Set([loader]))].filter(holdsChartLibrary);
      assert.deepEqual(withChart, [], `<as-${name}> can load the chart library`);
    }
    // Where the chart library is bundled at all, it is one chunk of its own that the chart loads.
    for (const key of Object.keys(manifest).filter(holdsChartLibrary)) {
      assert.match(manifest[key].file, /^chunks\/lightweight-charts-/);
      assert.ok(chunks.chart, 'the chart library is bundled without a chart element');
      for (const name of CHARTING.filter((n) => chunks[n]))
        assert.ok(reachable(manifest, chunks[name]!).has(key), `<as-${name}> does not load it`);
    }
  });

  it('leaves out of the loader what only a write, a configuration mistake or an error needs', () => {
    const entry = entryKey(manifest);
    const eager = [...staticClosure(manifest, entry)].flatMap(sourcesOf);
    const later = [...reachable(manifest, entry)].flatMap(sourcesOf);
    for (const module of [
      'client/src/writes/writes.ts',
      'client/src/api/orders.ts',
      'client/src/http/error-body.ts',
      'widgets/src/session/config-error-text.ts',
    ]) {
      assert.ok(!eager.some((s) => s.endsWith(module)), `${module} is in the loader's first load`);
      assert.ok(
        later.some((s) => s.endsWith(module)),
        `${module} is not in the build at all`,
      );
    }
  });

  it('puts the widget code most elements share into one chunk that they all import', () => {
    const holding = (module: string) =>
      Object.keys(manifest).filter((key) => sourcesOf(key).some((s) => s.endsWith(module)));
    const [kit, ...more] = holding('widgets/src/base/base-element.ts');
    assert.ok(kit && more.length === 0, 'the base element is in exactly one chunk');
    assert.match(manifest[kit].file, /^chunks\/kit-/);
    const chunks = elementChunks(manifest);
    for (const name of elementFolders)
      assert.ok(staticClosure(manifest, chunks[name]).has(kit), `<as-${name}> does not import it`);
  });
});

describe('@autoshares/widgets exports', () => {
  const pkg = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
    publishConfig: { exports: Record<string, string | { types: string; import?: string }> };
  };
  /** Resolves a subpath through an exports map (exact key first, then `./*.js` patterns). */
  const resolve = (map: Record<string, unknown>, subpath: string): unknown => {
    if (subpath in map) return map[subpath];
    for (const [key, target] of Object.entries(map)) {
      const [pre, post] = key.split('*');
      if (post === undefined || !subpath.startsWith(pre) || !subpath.endsWith(post)) continue;
      const star = subpath.slice(pre.length, subpath.length - post.length);
      return JSON.parse(JSON.stringify(target).replaceAll('*', star));
    }
    return undefined;
  };

  it('maps `@autoshares/widgets/<name>.js` to every element folder, in the workspace and when published', () => {
    assert.ok(elementFolders.includes('watchlist'));
    for (const name of elementFolders) {
      assert.equal(resolve(pkg.exports, `./${name}.js`), `./src/elements/${name}/define.ts`);
      assert.deepEqual(resolve(pkg.publishConfig.exports, `./${name}.js`), {
        types: `./dist/elements/${name}/define.d.ts`,
        import: `./dist/elements/${name}/define.js`,
      });
    }
  });

  it('points every published export at a file the build emits from an existing source', () => {
    for (const [subpath, target] of Object.entries(pkg.publishConfig.exports)) {
      if (subpath.includes('*') || subpath === './package.json') continue;
      // Types-only entries (`./jsx`, `./vue`, …) are generated from the manifest: manifest.test.ts.
      const file = typeof target === 'string' ? target : target.import;
      if (!file || file.startsWith('./dist/cdn/') || file.endsWith('.json')) continue;
      const source = file.replace('./dist/', './src/').replace(/\.js$/, '.ts');
      assert.ok(existsSync(join(widgets, source)), `${subpath} → ${file}: no ${source}`);
    }
  });
});

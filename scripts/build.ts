/**
 * `pnpm build`: the publishable output of the packages, into each package's `dist/` (gitignored).
 *
 * - `@autoshares/client`, `@autoshares/widgets`, `@autoshares/host`: unbundled ESM + `.d.ts` with `tsc`
 *   (`packages/<name>/tsconfig.build.json`, relative `.ts` imports rewritten to `.js`); the
 *   widgets' `css` templates minified in the output (scripts/minify-css.ts).
 * - widgets: `dist/custom-elements.json` with the framework types and editor data generated from it
 *   (custom-elements-manifest.config.mjs) and the CDN build `dist/cdn/autoshares.js`
 *   (packages/widgets/vite.cdn.config.ts).
 * - widgets, once client and widgets are built: `dist/importmap.json`, the import map for unbundled
 *   use from jsDelivr (scripts/importmap.ts).
 * - `@autoshares/react`: wrappers generated from the widgets' manifest (packages/react/generate.ts)
 *   into `packages/react/generated/`, then compiled with `tsc`; after the widgets step when both
 *   are built, else from the manifest already in `packages/widgets/dist/`.
 * - `@autoshares/angular`: directives generated from the same manifest (packages/angular/generate.ts)
 *   into `packages/angular/generated/`, then compiled by the Angular compiler (`ngc`) in partial
 *   mode, the form Angular libraries publish; ordered like the React step.
 *
 * Usage: `pnpm build [client|widgets|host|react|angular]…` (default: all). Steps that do not depend on each other
 * run in parallel.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates } from './minify-css.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

/** Runs a command from the repository root; rejects with its name when it fails. */
function run(label: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`build: ${label} failed (exit ${code})`));
      console.log(`build: ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      resolve();
    });
  });
}

const clean = (pkg: string) => rm(`${root}packages/${pkg}/dist`, { recursive: true, force: true });
const tsc = (pkg: string) =>
  run(`${pkg}: tsc`, bin('tsc'), ['-p', `packages/${pkg}/tsconfig.build.json`]);

/** Minifies the `css` templates of every `.js` file under `dir` (tsc leaves them as written). */
async function minifyCssIn(dir: string): Promise<void> {
  const files = await readdir(dir, { recursive: true });
  await Promise.all(
    files
      .filter((file) => file.endsWith('.js') && !file.startsWith('cdn'))
      .map(async (file) => {
        const path = join(dir, file);
        const source = await readFile(path, 'utf8');
        const minified = minifyCssTemplates(source);
        if (minified !== source) await writeFile(path, minified);
      }),
  );
}

const wanted = process.argv.slice(2);
const building = (pkg: string) => wanted.length === 0 || wanted.includes(pkg);
let widgetsBuilt: Promise<void> = Promise.resolve();

const steps: Record<string, () => Promise<void>> = {
  client: async () => {
    await clean('client');
    await tsc('client');
  },
  host: async () => {
    await clean('host');
    await tsc('host');
  },
  react: async () => {
    await widgetsBuilt;
    await clean('react');
    await run('react: wrappers from custom-elements.json', bin('tsx'), [
      'packages/react/generate.ts',
    ]);
    await tsc('react');
  },
  angular: async () => {
    await widgetsBuilt;
    await clean('angular');
    await run('angular: directives from custom-elements.json', bin('tsx'), [
      'packages/angular/generate.ts',
    ]);
    await run('angular: ngc (partial)', `${root}packages/angular/node_modules/.bin/ngc`, [
      '-p',
      'packages/angular/tsconfig.build.json',
    ]);
  },
  widgets: async () => {
    await clean('widgets');
    // The CDN build empties dist/cdn only, so all three may share dist/.
    await Promise.all([
      tsc('widgets').then(() => minifyCssIn(`${root}packages/widgets/dist`)),
      run('widgets: custom-elements.json', bin('cem'), [
        'analyze',
        '--quiet',
        '--config',
        'custom-elements-manifest.config.mjs',
      ]),
      run('widgets: CDN bundle', bin('vite'), [
        'build',
        '-c',
        'packages/widgets/vite.cdn.config.ts',
      ]),
    ]);
  },
};

const unknown = wanted.filter((name) => !(name in steps));
if (unknown.length) {
  console.error(
    `build: unknown package(s) ${unknown.join(', ')}; known: ${Object.keys(steps).join(', ')}`,
  );
  process.exit(2);
}
try {
  const names = wanted.length ? wanted : Object.keys(steps);
  if (building('widgets')) widgetsBuilt = steps.widgets();
  await Promise.all([
    widgetsBuilt,
    ...names.filter((name) => name !== 'widgets').map((name) => steps[name]()),
  ]);
  if (building('widgets')) {
    if (existsSync(`${root}packages/client/dist/index.js`)) {
      await run('widgets: importmap.json', bin('tsx'), ['scripts/importmap.ts']);
    } else console.log('build: widgets: importmap.json skipped (build client too)');
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * `pnpm check:packages` (after `pnpm build`): the publishable packages as npm would get them.
 * Each is packed with `pnpm pack` (so `publishConfig` applies), then
 * - its file list holds only runtime code, types, the manifest and the CDN build: no tests,
 *   test support, fault suites or source maps outside `cdn/`;
 * - no built module imports a `.ts` file (a bundler or browser would fetch a file that is not
 *   shipped);
 * - a bundler follows the npm autoloader: Vite, given `dist/autoloader.js` as its entry, makes
 *   one chunk per element the autoloader's registry names;
 * - the widgets' import map (`dist/importmap.json`, for unbundled use) maps every bare specifier
 *   that a shipped module of the widgets or the client imports;
 * - `publint` finds nothing to fix (strict: warnings fail too);
 * - `@arethetypeswrong/cli` finds every import typed (ESM-only profile: the kit ships no CJS).
 *   The CDN bundle is a script for `<script type="module" src>`, not an import, so it is left
 *   out of that check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { pack } from './pack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const packages: { name: string; excludeFromTypeCheck?: string[] }[] = [
  { name: 'client' },
  { name: 'host' },
  { name: 'widgets', excludeFromTypeCheck: ['./cdn/autoshares.js'] },
  { name: 'react' },
  { name: 'angular' },
];
const forbidden = [
  /(^|\/)test\//,
  /test-support/,
  /\.test\./,
  /(^|\/)faults\//,
  /^(?!.*cdn\/).*\.map$/,
];

const mapped = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(join(root, 'packages/widgets/dist/importmap.json'), 'utf8')) as {
        imports: Record<string, string>;
      }
    ).imports,
  ),
);
/** Static `import … from '…'` / `export … from '…'` / `import '…'` at a line start, and `import('…')`. */
const BARE_IMPORT =
  /(?:^\s*(?:import|export)\b[^;'"]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*)['"]([^'"./][^'"]*)['"]/gm;

const out = mkdtempSync(join(tmpdir(), 'autoshares-pack-'));
const problems: string[] = [];
try {
  for (const { name, excludeFromTypeCheck = [] } of packages) {
    const dir = join(root, 'packages', name);
    const tarball = pack(name, out);
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    const bad = files.filter((f) => forbidden.some((re) => re.test(f)));
    if (bad.length)
      problems.push(
        `${name}: ships ${bad.length} non-runtime files, e.g. ${bad.slice(0, 5).join(', ')}`,
      );
    const tsImports = files
      .filter((f) => f.endsWith('.js') && !f.startsWith('dist/cdn/'))
      .filter((f) =>
        /(?:import\(\s*|from\s*)[`'"][^`'"]*\.ts[`'"]/.test(readFileSync(join(dir, f), 'utf8')),
      );
    if (tsImports.length)
      problems.push(`${name}: built modules import .ts files: ${tsImports.join(', ')}`);
    if (name === 'widgets' || name === 'client') {
      const unmapped = new Set(
        files
          .filter((f) => f.endsWith('.js') && !f.startsWith('dist/cdn/'))
          .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(BARE_IMPORT)])
          .map((match) => match[1]!)
          .filter((specifier) => !mapped.has(specifier)),
      );
      if (unmapped.size) {
        problems.push(`${name}: not in importmap.json: ${[...unmapped].join(', ')}`);
      }
    }
    console.log(`check:packages: @autoshares/${name}: ${files.length} files`);
    for (const [label, command, args] of [
      ['publint', bin('publint'), [dir, '--pack', 'pnpm', '--strict']],
      [
        'attw',
        bin('attw'),
        [
          tarball,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          ...excludeFromTypeCheck.flatMap((e) => ['--exclude-entrypoints', e]),
        ],
      ],
    ] as const) {
      try {
        execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8' });
        console.log(`check:packages: @autoshares/${name}: ${label} clean`);
      } catch (error) {
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        problems.push(`${name}: ${label} failed\n${stdout}${stderr}`);
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
problems.push(...(await bundleAutoloader()));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** Builds the npm autoloader with Vite into a temporary folder; problems found, if any. */
async function bundleAutoloader(): Promise<string[]> {
  const entry = join(root, 'packages/widgets/dist/autoloader.js');
  const registered = [...readFileSync(entry, 'utf8').matchAll(/'(as-[a-z-]+)': \(\) => import\(/g)]
    .length;
  const outDir = mkdtempSync(join(tmpdir(), 'autoshares-vite-'));
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, lib: { entry, formats: ['es'], fileName: 'page' } },
    });
    const chunks = readdirSync(outDir).filter((f) => /^define-.*\.js$/.test(f));
    console.log(
      `check:packages: Vite bundles the npm autoloader into ${chunks.length} element chunks`,
    );
    return registered > 0 && chunks.length >= registered
      ? []
      : [`autoloader: ${registered} elements registered, ${chunks.length} chunks built by Vite`];
  } catch (error) {
    return [`autoloader: vite build failed: ${(error as Error).message}`];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

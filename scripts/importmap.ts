/**
 * `packages/widgets/dist/importmap.json` (part of `pnpm build`): the import map for using the
 * npm package unbundled (native ES modules, no bundler) from jsDelivr, versions pinned to the
 * ones installed. esbuild walks the package's modules from its entry points (static and dynamic
 * imports) and records every bare specifier on the way, with the file it resolves to: the map
 * points each specifier at that file of that package version on the CDN. `@autoshares/*`
 * resolve through their published `exports` (`publishConfig`) to their built `dist/`, so
 * `pnpm build` builds client and widgets first.
 *
 * Usage: `tsx scripts/importmap.ts [cdn-base]` (default `https://cdn.jsdelivr.net/npm/`).
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');

interface PackageJson {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
  publishConfig?: { exports?: Record<string, unknown> };
}
const readPackage = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** The package folder holding `file` (the nearest package.json with a name). */
function packageOf(file: string): { dir: string; pkg: PackageJson } {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      const pkg = readPackage(dir);
      if (pkg.name && pkg.version) return { dir, pkg };
    }
  }
  throw new Error(`importmap: no package.json above ${file}`);
}

/** A published `exports` target: the `import` condition's file, or the string itself. */
const target = (entry: unknown): string | undefined =>
  typeof entry === 'string'
    ? entry
    : ((entry as { import?: string } | undefined)?.import ?? undefined);

/** The `@autoshares/widgets/…` subpaths a page imports, with their published files. */
function widgetEntries(): Map<string, string> {
  const exports = readPackage(widgets).publishConfig!.exports!;
  const entries = new Map<string, string>();
  for (const [subpath, entry] of Object.entries(exports)) {
    const file = target(entry);
    if (!file?.endsWith('.js') || subpath.includes('/cdn/')) continue;
    if (subpath === './*.js') {
      for (const name of readdirSync(join(widgets, 'dist/elements'))) {
        entries.set(`./${name}.js`, file.replace('*', name));
      }
    } else entries.set(subpath, file);
  }
  return entries;
}

/** Resolves `@autoshares/<name>[/subpath]` to its published file in the workspace. */
function publishedWorkspaceFile(specifier: string): string | undefined {
  const match = /^@autoshares\/([^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return undefined;
  const dir = join(root, 'packages', match[1]!);
  const subpath = `.${match[2] ?? ''}`;
  if (match[1] === 'widgets') {
    const file = widgetEntries().get(subpath);
    return file && join(dir, file);
  }
  const file = target(readPackage(dir).publishConfig?.exports?.[subpath]);
  return file && join(dir, file);
}

/** Every bare specifier the entry points import, directly or through their dependencies. */
async function bareImports(entries: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const record: Plugin = {
    name: 'record-bare-imports',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'inner') return undefined;
        const path =
          publishedWorkspaceFile(args.path) ??
          (
            await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              importer: args.importer,
              pluginData: 'inner',
            })
          ).path;
        if (!path) throw new Error(`importmap: cannot resolve ${args.path} from ${args.importer}`);
        const earlier = found.get(args.path);
        if (earlier && earlier !== path) {
          throw new Error(`importmap: ${args.path} resolves to ${earlier} and to ${path}`);
        }
        found.set(args.path, path);
        return { path };
      });
    },
  };
  await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: '/importmap',
    logLevel: 'error',
    plugins: [record],
  });
  return found;
}

/** The import map: each bare specifier → its file on the CDN, at the installed version. */
export async function importMap(cdn = 'https://cdn.jsdelivr.net/npm/') {
  const widgetsPkg = readPackage(widgets);
  const entries = widgetEntries();
  const imports: Record<string, string> = {};
  const url = (file: string) => {
    const { dir, pkg } = packageOf(file);
    return `${cdn}${pkg.name}@${pkg.version}/${relative(dir, file)}`;
  };
  for (const [subpath, file] of entries) {
    imports[`${widgetsPkg.name}${subpath.slice(1)}`] = url(join(widgets, file));
  }
  const found = await bareImports([...entries.values()].map((file) => join(widgets, file)));
  for (const [specifier, file] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    imports[specifier] ??= url(file);
  }
  return { imports };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const map = await importMap(process.argv[2]);
  writeFileSync(join(widgets, 'dist/importmap.json'), `${JSON.stringify(map, null, 2)}\n`);
  console.log(`importmap: ${Object.keys(map.imports).length} entries`);
}

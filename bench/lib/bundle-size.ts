/**
 * What a page downloads for some imports, as a bundler ships it: esbuild (minified, ES2022, code
 * splitting, production lit, the kit's `css` templates minified as in its published build),
 * each output file gzipped at level 9. "Initial" is the entry file and every file it imports
 * statically (what loads before the imports run); code behind `import()` is counted apart as
 * "lazy". KiB are 1,024 bytes.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { minifyCssTemplates } from '../../scripts/minify-css.ts';
import { ROOT } from './page-server.ts';

/**
 * The kit's `css` templates minified as the published build ships them (scripts/minify-css.ts):
 * the figures bundle the source, which stands for `dist/`.
 */
const kitCss: Plugin = {
  name: 'autoshares-minify-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

export interface BundleSize {
  /** gzip -9 bytes of the entry and its static imports. */
  initial: number;
  /** Files in the initial load. */
  files: number;
  /**
   * gzip -9 bytes of the initial files joined into one stream: the code's weight without the
   * cost of esbuild's splitting into many small files (a bundler that merges them gets close).
   */
  joined: number;
  /** gzip -9 bytes of the chunks only reached through `import()`. */
  lazy: number;
}

export interface BundleOptions {
  /** Packages left out (not counted): lightweight-charts always. */
  external?: string[];
  /** Where bare imports resolve from (default: the widgets package). */
  resolveDir?: string;
}

/** Sizes the bundle of `source` (an ES module importing what a page would import). */
export async function bundleSize(source: string, options: BundleOptions = {}): Promise<BundleSize> {
  const outdir = resolve(ROOT, 'bench-results/bundle');
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: options.resolveDir ?? resolve(ROOT, 'packages/widgets'),
      loader: 'ts',
      sourcefile: 'page-entry.ts',
    },
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir,
    metafile: true,
    external: ['lightweight-charts', ...(options.external ?? [])],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: resolve(ROOT, 'tsconfig.base.json'),
    plugins: [kitCss],
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((key) =>
    outputs[key]!.entryPoint?.endsWith('page-entry.ts'),
  );
  if (!entry) throw new Error('esbuild produced no entry file');
  const initial = new Set<string>();
  const visit = (key: string): void => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const dep of outputs[key]!.imports) {
      if (dep.kind === 'import-statement' && !dep.external) visit(dep.path);
    }
  };
  visit(entry);
  const initialFiles = new Set([...initial].map((key) => resolve(ROOT, key)));
  let initialBytes = 0;
  let lazy = 0;
  const joined: Uint8Array[] = [];
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const bytes = gzipSync(file.contents, { level: 9 }).length;
    if (initialFiles.has(file.path)) {
      initialBytes += bytes;
      joined.push(file.contents);
    } else lazy += bytes;
  }
  return {
    initial: initialBytes,
    files: initial.size,
    joined: gzipSync(Buffer.concat(joined), { level: 9 }).length,
    lazy,
  };
}

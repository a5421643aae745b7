/**
 * The CDN build: `dist/cdn/autoshares.js`, a bundled ES module (lit, @lit/context and the client
 * inside) whose entry is the autoloader (`src/autoloader.ts`). `<as-session>` is defined at once;
 * every other element is its own chunk (`dist/cdn/elements/<name>.js`), imported the first time
 * its tag appears. lightweight-charts is its own chunk, reached only from the chart's chunk.
 *
 * Round trips: the modules the loader needs are in autoshares.js itself (its export list may grow,
 * `preserveEntrySignatures: 'allow-extension'`), so the first load is one file; and the loader
 * knows each element's chunks ({@link chunkImportsPlugin}), so it fetches an element's chunk and
 * every chunk that chunk imports at once (`<link rel=modulepreload>`), not level by level.
 * Run by `pnpm build` (scripts/build.ts) or `pnpm exec vite build -c packages/widgets/vite.cdn.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { minifyCssTemplates } from '../../scripts/minify-css.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `…/src/elements/<name>/define.ts` → `elements/<name>`; undefined for other chunks. */
export function elementChunkName(facadeModuleId: string | null | undefined): string | undefined {
  const match = facadeModuleId?.match(
    /[\\/]src[\\/](?:elements|components)[\\/]([^\\/]+)[\\/]define\.ts$/,
  );
  return match ? `elements/${match[1]}` : undefined;
}

/** The string in src/autoloader.ts that the CDN build replaces with each tag's chunk imports. */
export const CHUNK_IMPORTS_MARK = 'autoshares:chunk-imports';

/**
 * Writes into the loader, for each lazily loaded tag, the chunks its chunk imports (directly
 * or through other chunks; not the loader itself), as JSON in place of
 * {@link CHUNK_IMPORTS_MARK}: `{ "as-quote": ["chunks/format-….js", …] }`, relative to the loader.
 */
export function chunkImportsPlugin(): Plugin {
  return {
    name: 'autoshares-chunk-imports',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (output): output is Rolldown.OutputChunk => output.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return this.error('the CDN build has no entry chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const importsOf = (chunk: Rolldown.OutputChunk, seen = new Set<string>()): Set<string> => {
        for (const file of chunk.imports) {
          if (file === entry.fileName || seen.has(file)) continue;
          seen.add(file);
          const imported = byFile.get(file);
          if (imported) importsOf(imported, seen);
        }
        return seen;
      };
      const tags: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const name = elementChunkName(chunk.facadeModuleId);
        if (name) tags[`as-${name.slice('elements/'.length)}`] = [...importsOf(chunk)].sort();
      }
      const mark = new RegExp(`(["'\`])${CHUNK_IMPORTS_MARK}\\1`);
      if (!mark.test(entry.code)) return this.error(`the loader has no "${CHUNK_IMPORTS_MARK}"`);
      entry.code = entry.code.replace(mark, () => JSON.stringify(JSON.stringify(tags)));
    },
  };
}

/**
 * The modules the loader imports statically (`src/autoloader.ts` and everything it reaches without
 * `import()`), filled in when the module graph is complete ({@link loaderModulesPlugin}): they
 * stay in autoshares.js, so the loader remains one file.
 */
const loaderModules = new Set<string>();

/** Records the loader's static module graph into {@link loaderModules} before chunking. */
export function loaderModulesPlugin(): Plugin {
  return {
    name: 'autoshares-loader-modules',
    buildEnd() {
      loaderModules.clear();
      const visit = (id: string) => {
        if (loaderModules.has(id)) return;
        loaderModules.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
  };
}

/**
 * The kit's shared code ({@link KIT_MODULES}; not the loader's own modules) that at least this
 * many element chunks use goes into one chunk (`chunks/kit-….js`) instead of a small chunk per combination of elements: each file costs its own gzip start and
 * import/export glue, and a page with any element fetches most of it anyway.
 */
const KIT_SHARE_COUNT = 10;
/** The kit's code but the elements, lit-localize's runtime and lit's directive base class. */
const KIT_MODULES =
  /[\\/]widgets[\\/]src[\\/](?!elements[\\/])|[\\/]@lit[\\/]localize[\\/]|[\\/]lit-html[\\/]directive\.js$/;

/** The kit's `css` templates minified (scripts/minify-css.ts), as in the npm build. */
export function minifyCssPlugin(): Plugin {
  return {
    name: 'autoshares-minify-css',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Line breaks kept, so the modules' source maps stay true.
      return { code: minifyCssTemplates(code, { keepLines: true }), map: null };
    },
  };
}

export default defineConfig({
  root,
  logLevel: 'warn',
  // Lit's production build; nothing reads process.env in the browser.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [loaderModulesPlugin(), minifyCssPlugin(), chunkImportsPlugin()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    manifest: true,
    lib: {
      entry: 'src/autoloader.ts',
      formats: ['es'],
      fileName: () => 'autoshares.js',
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: (chunk) =>
          `${elementChunkName(chunk.facadeModuleId) ?? 'chunks/[name]'}-[hash].js`,
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'lightweight-charts', test: /[\\/]node_modules[\\/].*lightweight-charts/ },
            {
              name: 'kit',
              test: (id) => KIT_MODULES.test(id) && !loaderModules.has(id),
              minShareCount: KIT_SHARE_COUNT,
            },
          ],
        },
      },
    },
  },
});

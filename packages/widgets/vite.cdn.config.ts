/**
 * The CDN build: `dist/cdn/autoshares.js`, a bundled ES module (lit, @lit/context and the client
 * inside) whose entry is the autoloader (`src/autoloader.ts`). `<as-session>` is defined at once;
 * every other element is its own chunk (`dist/cdn/elements/<name>.js`), imported the first time
 * its tag appears. lightweight-charts is its own chunk, reached only from the chart's chunk.
 * Run by `pnpm build` (scripts/build.ts) or `pnpm exec vite build -c packages/widgets/vite.cdn.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** `…/src/elements/<name>/define.ts` → `elements/<name>`; undefined for other chunks. */
export function elementChunkName(facadeModuleId: string | null | undefined): string | undefined {
  const match = facadeModuleId?.match(
    /[\\/]src[\\/](?:elements|components)[\\/]([^\\/]+)[\\/]define\.ts$/,
  );
  return match ? `elements/${match[1]}` : undefined;
}

export default defineConfig({
  root,
  logLevel: 'warn',
  // Lit's production build; nothing reads process.env in the browser.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
      output: {
        minify: true,
        chunkFileNames: (chunk) =>
          `${elementChunkName(chunk.facadeModuleId) ?? 'chunks/[name]'}-[hash].js`,
        codeSplitting: {
          groups: [
            { name: 'lightweight-charts', test: /[\\/]node_modules[\\/].*lightweight-charts/ },
          ],
        },
      },
    },
  },
});

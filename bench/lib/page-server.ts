/**
 * Builds the benchmark page (bench/page/bench-page.ts + the whole widget kit) with esbuild,
 * minified and code-split like a production bundle, and serves it on 127.0.0.1 with a page
 * whose body each scenario sets.
 *
 * Benchmark-only build hook: the session's client factory (`client.ts`) is given the
 * options in `globalThis.__BENCH__.clientOptions` (e.g. `{ quotes: { coalesce: false } }` for
 * the baseline runs); the shipped code is unchanged.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { serveFile } from './static-files.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
export const ROOT = join(here, '..', '..');

const clientOptionsHook: Plugin = {
  name: 'bench-client-options',
  setup(b) {
    b.onLoad({ filter: /session[\\/]client\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace(
        'new AutoSharesClient({',
        'new AutoSharesClient({ ...(globalThis.__BENCH__?.clientOptions ?? {}),',
      );
      if (patched === source)
        throw new Error('bench: client.ts no longer constructs the client as expected');
      return { contents: patched, loader: 'ts' };
    });
  },
};

export type PageScript = 'bench-page' | 'baseline-page';

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /**
   * Sets the HTML of `/page.html`'s body and the `__BENCH__` config it starts with; `script`
   * `baseline-page` loads the no-kit baseline instead of the kit's page.
   */
  setPage(body: string, config: Record<string, unknown>, script?: PageScript): void;
  /** Output files of the chart library's chunk(s) (paths relative to the server root). */
  chartChunks: string[];
  /** Bytes of every output file, by path. */
  files: Map<string, number>;
  close(): Promise<void>;
}

/** Bundles the page and starts serving it. */
export async function startPageServer(): Promise<PageServer> {
  const outdir = await mkdtemp(join(tmpdir(), 'autoshares-bench-'));
  const result = await build({
    entryPoints: [
      join(ROOT, 'bench/page/bench-page.ts'),
      join(ROOT, 'bench/page/baseline-page.ts'),
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    minifySyntax: true,
    minifyWhitespace: true,
    // BENCH_KEEP_NAMES=1: readable function names in CPU profiles
    minifyIdentifiers: process.env.BENCH_KEEP_NAMES !== '1',
    target: 'es2022',
    outdir,
    metafile: true,
    conditions: ['browser'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    plugins: [clientOptionsHook],
    logLevel: 'error',
  });
  const { chartChunks, files } = describeOutputs(result.metafile, outdir);

  let body = '';
  let config: Record<string, unknown> = {};
  let script: PageScript = 'bench-page';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/page.html') {
        response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
        response.end(pageHtml(body, config, script));
        return;
      }
      await serveFile(response, outdir, path);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    setPage(nextBody, nextConfig, nextScript = 'bench-page') {
      body = nextBody;
      config = nextConfig;
      script = nextScript;
    },
    chartChunks,
    files,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(outdir, { recursive: true, force: true });
    },
  };
}

function describeOutputs(
  metafile: Metafile,
  outdir: string,
): { chartChunks: string[]; files: Map<string, number> } {
  const chartChunks: string[] = [];
  const files = new Map<string, number>();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (output.endsWith('.map')) continue;
    const rel = '/' + normalize(join(process.cwd(), output)).slice(outdir.length + 1);
    files.set(rel, meta.bytes);
    if (Object.keys(meta.inputs).some((input) => input.includes('lightweight-charts')))
      chartChunks.push(rel);
  }
  return { chartChunks, files };
}

function pageHtml(body: string, config: Record<string, unknown>, script: PageScript): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AutoShares benchmark</title>
    <script>globalThis.__BENCH__ = ${JSON.stringify(config)};</script>
    <script type="module" src="/${script}.js"></script>
  </head>
  <body>
    ${body}
    <div id="mount"></div>
  </body>
</html>`;
}

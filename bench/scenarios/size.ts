/**
 * Size: min+gzip of one widget + runtime and of the whole kit without the chart library, from
 * the distribution build's size-limit entries (`pnpm build` output, `size-limit --json`) when
 * it exists, else from an esbuild bundle made here; and the chart library bytes a page without
 * a chart downloads, measured in Chromium on the code-split bench page.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchEnv } from '../lib/env.ts';
import { ROOT } from '../lib/page-server.ts';
import type { Figure } from '../lib/report.ts';

const KB = 1024;

interface SizeLimitRow {
  name: string;
  size: number;
  passed?: boolean;
}

async function sizeLimit(): Promise<SizeLimitRow[] | undefined> {
  if (!existsSync(join(ROOT, 'packages/widgets/dist/index.js'))) return undefined;
  try {
    const { stdout } = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/size-limit'),
      ['--json'],
      { cwd: ROOT, maxBuffer: 1 << 22 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exit 1 when a budget fails
    return JSON.parse(stdout) as SizeLimitRow[];
  } catch {
    return undefined;
  }
}

async function esbuildGzip(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: ['lightweight-charts'],
    conditions: ['browser'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

export async function sizeScenario(env: BenchEnv): Promise<Figure[]> {
  const figures: Figure[] = [];
  const rows = await sizeLimit();
  const oneWidget = rows?.find((r) => /watchlist/.test(r.name) && /^npm/.test(r.name));
  const kit = rows?.find((r) => /whole kit/.test(r.name));
  if (oneWidget && kit) {
    const source = 'distribution build (size-limit)';
    figures.push(
      {
        scenario: 'size',
        name: 'one widget (<as-watchlist>) + runtime, min+gzip',
        value: oneWidget.size / KB,
        unit: 'KB',
        goal: { max: 14 },
        note: source,
      },
      {
        scenario: 'size',
        name: 'whole kit without chart library, min+gzip',
        value: kit.size / KB,
        unit: 'KB',
        goal: { max: 45 },
        note: source,
      },
    );
    for (const row of rows ?? []) {
      if (row === oneWidget || row === kit) continue;
      figures.push({
        scenario: 'size',
        name: row.name,
        value: row.size / KB,
        unit: 'KB',
        note: 'size-limit entry',
      });
    }
  } else {
    const source = 'esbuild here (no pnpm build output)';
    const one = await esbuildGzip(
      "import '@autoshares/widgets/session.js'; import '@autoshares/widgets/watchlist.js';",
    );
    const whole = await esbuildGzip("export * from '@autoshares/widgets';");
    figures.push(
      {
        scenario: 'size',
        name: 'one widget (<as-watchlist>) + runtime, min+gzip',
        value: one / KB,
        unit: 'KB',
        goal: { max: 14 },
        note: source,
      },
      {
        scenario: 'size',
        name: 'whole kit without chart library, min+gzip',
        value: whole / KB,
        unit: 'KB',
        goal: { max: 45 },
        note: source,
      },
    );
  }

  // Chart library bytes downloaded by a page that has the whole kit but no chart.
  const user = await env.newUser();
  const page = await env.open(
    `${env.sessionTag()}<as-watchlist></as-watchlist><as-quote symbol="AAPL"></as-quote></as-session>`,
    { token: user.token },
  );
  try {
    await page.waitForFunction(
      () => (globalThis as unknown as { bench: { rows(): number } }).bench.rows() > 0,
      { timeout: 20_000 },
    );
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    const chartBytes = loaded
      .filter((path) => env.pages.chartChunks.includes(path))
      .reduce((sum, path) => sum + (env.pages.files.get(path) ?? 0), 0);
    figures.push({
      scenario: 'size',
      name: 'chart library bytes loaded on a page without a chart',
      value: chartBytes,
      unit: 'B',
      goal: { max: 0 },
      note: `${loaded.length} files loaded; chart chunk(s): ${env.pages.chartChunks.join(', ') || 'none found'}`,
    });
  } finally {
    await page.close();
  }
  return figures;
}

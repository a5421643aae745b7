import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
const ROOT = process.argv[2]!;
async function size(source: string, external: string[] = []) {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: resolve(ROOT, 'packages/widgets'),
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
    outdir: resolve(ROOT, 'bench-results/bundle'),
    metafile: true,
    external: ['lightweight-charts', ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: resolve(ROOT, 'tsconfig.base.json'),
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) =>
    outputs[k]!.entryPoint?.endsWith('page-entry.ts'),
  )!;
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const d of outputs[k]!.imports)
      if (d.kind === 'import-statement' && !d.external) visit(d.path);
  };
  visit(entry);
  const files = new Set([...seen].map((k) => resolve(ROOT, k)));
  let initial = 0;
  for (const f of result.outputFiles)
    if (files.has(f.path)) initial += gzipSync(f.contents, { level: 9 }).length;
  return initial / 1024;
}
const S = `import '@autoshares/widgets/session.js';`;
const session = await size(S);
console.log('session', session.toFixed(1));
for (const n of ['quote', 'watchlist'])
  console.log(
    'session+' + n,
    (await size(`${S} import '@autoshares/widgets/${n}.js';`)).toFixed(1),
  );
for (const n of [
  'quote',
  'account-summary',
  'news',
  'watchlist',
  'positions',
  'orders',
  'pnl-leaders',
  'top-traded',
  'price-alerts',
  'order-ticket',
  'chart',
])
  console.log(
    n,
    (
      (await size(
        `${S} import '@autoshares/widgets/${n}.js';`,
        n === 'news' ? ['dompurify'] : [],
      )) - session
    ).toFixed(1),
  );
console.log('kit', (await size(`export * from '@autoshares/widgets';`)).toFixed(1));

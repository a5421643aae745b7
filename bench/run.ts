/**
 * `pnpm bench [size] [sharing|first-data|dashboard] [streaming] [leaks]`: runs the benchmark
 * scenarios (default: all) against a Node sandbox on 127.0.0.1 in headless Chromium, prints
 * every figure next to its goal (NOT MET with the gap where it falls short) and writes
 * `bench-results/latest.json`. Figures, never pass/fail tests: the exit code is 0 unless a
 * scenario crashed.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM, startEnv, type BenchEnv } from './lib/env.ts';
import { ROOT } from './lib/page-server.ts';
import { table, writeResults, type Figure } from './lib/report.ts';
import { dashboardScenario } from './scenarios/dashboard.ts';
import { leaksScenario } from './scenarios/leaks.ts';
import { sizeScenario } from './scenarios/size.ts';
import { streamingScenario } from './scenarios/streaming.ts';

type Scenario = (env: BenchEnv, log: (line: string) => void) => Promise<Figure[]>;

const SCENARIOS: Record<string, Scenario> = {
  size: sizeScenario,
  dashboard: dashboardScenario,
  streaming: streamingScenario,
  leaks: leaksScenario,
};
const ALIASES: Record<string, string> = { sharing: 'dashboard', 'first-data': 'dashboard' };

function machine(): Record<string, unknown> {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0]!;
  } catch {
    // reported as unknown
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
    chromium,
    node: process.version,
  };
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map((name) => ALIASES[name] ?? name);
  const unknown = asked.filter((name) => !(name in SCENARIOS));
  if (unknown.length) {
    console.error(
      `Unknown scenario(s): ${unknown.join(', ')}. Known: ${[...Object.keys(SCENARIOS), ...Object.keys(ALIASES)].join(', ')}`,
    );
    process.exit(2);
  }
  const names = asked.length ? [...new Set(asked)] : Object.keys(SCENARIOS);
  const log = (line: string) => console.log(`  ${line}`);
  const started = performance.now();
  const env = await startEnv();
  const figures: Figure[] = [];
  const errors: Record<string, string> = {};
  try {
    for (const name of names) {
      const t0 = performance.now();
      console.log(`bench: ${name}…`);
      try {
        figures.push(...(await SCENARIOS[name]!(env, log)));
      } catch (error) {
        errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
        console.error(`bench: ${name} failed: ${errors[name]}`);
      }
      console.log(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await env.close();
  }
  const info = machine();
  console.log('');
  console.log(table(figures));
  console.log('');
  console.log(`machine: ${JSON.stringify(info)}`);
  const file = await writeResults(ROOT, figures, info, errors);
  console.log(
    `bench: wrote ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s total`,
  );
  if (Object.keys(errors).length) process.exitCode = 1;
}

await main();

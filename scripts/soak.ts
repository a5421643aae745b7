/**
 * Soak test: runs the Node and element suites several times in a row while a busy loop keeps
 * one CPU core occupied, to shake out tests that pass only on an idle machine.
 * Not part of `pnpm test`.
 *
 * Usage: pnpm test:soak [runs]   (or SOAK_RUNS=<runs>; default 5)
 * SOAK_HOG_MAX_MS caps how long the busy loop may spin (default 2 h); it also stops when this
 * script ends, fails or is interrupted, and by itself if this script disappears.
 * Prints `N passed, N failed` per suite per run and a summary; exits non-zero if any run failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Suite {
  name: string;
  script: string;
  /** The suite's own `passed`/`failed` counts, read from its output. */
  counts: (output: string) => { passed: number; failed: number } | undefined;
}

interface Result {
  run: number;
  suite: string;
  passed: number;
  failed: number;
  exitCode: number;
  seconds: number;
}

const SUITES: Suite[] = [
  {
    name: 'node',
    script: 'test:node',
    // Node's test runner ends with `ℹ pass N` and `ℹ fail N`.
    counts: (output) => {
      const pass = lastMatch(output, /^\S*\s*pass (\d+)$/gm);
      const fail = lastMatch(output, /^\S*\s*fail (\d+)$/gm);
      return pass == null || fail == null ? undefined : { passed: pass, failed: fail };
    },
  },
  {
    name: 'browser',
    script: 'test:browser',
    // web-test-runner's summary: `… N passed, N failed …`.
    counts: (output) => {
      const matches = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
      const last = matches.at(-1);
      return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
    },
  },
];

/** The text without terminal colour and cursor codes (the runners colour their summaries). */
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

function lastMatch(text: string, pattern: RegExp): number | undefined {
  const last = [...text.matchAll(pattern)].at(-1);
  return last ? Number(last[1]) : undefined;
}

function runsWanted(): number {
  const raw = process.argv[2] ?? process.env.SOAK_RUNS ?? '5';
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`soak: the number of runs must be a whole number of at least 1, got "${raw}"`);
    process.exit(2);
  }
  return runs;
}

/**
 * A child Node process spinning on one core until killed, until `maxMs` has passed, or until
 * its parent (this script) is gone.
 */
function startCpuHog(maxMs: number): ChildProcess {
  const loop = `
    const end = Date.now() + ${maxMs};
    const parent = process.ppid;
    let next = 0;
    while (Date.now() < end) {
      if (Date.now() >= next) {
        next = Date.now() + 500;
        try { process.kill(parent, 0); } catch { process.exit(0); }
      }
    }`;
  return spawn(process.execPath, ['-e', loop], { stdio: 'ignore' });
}

/** The running suite's process group (pnpm and what it started), stopped by its id on exit. */
let current: ChildProcess | undefined;
let hog: ChildProcess | undefined;

function stopChildren(): void {
  if (current?.pid && current.exitCode == null) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (hog?.pid && hog.exitCode == null) {
    try {
      process.kill(hog.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Runs one suite, echoing its output, and answers its counts and exit code. */
function runSuite(suite: Suite, run: number): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn('pnpm', ['--silent', suite.script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so everything it starts can be stopped together
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    current = child;
    const collect = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      output += text;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      to.write(text);
    };
    child.stdout!.on('data', (chunk: Buffer) => collect(chunk, process.stdout));
    child.stderr!.on('data', (chunk: Buffer) => collect(chunk, process.stderr));
    child.on('close', (code) => {
      current = undefined;
      const counts = suite.counts(stripAnsi(output));
      const exitCode = code ?? 1;
      resolve({
        run,
        suite: suite.name,
        passed: counts?.passed ?? 0,
        // a suite that crashed before reporting counts as one failure
        failed: counts?.failed ?? (exitCode === 0 ? 0 : 1),
        exitCode,
        seconds: Math.round((Date.now() - started) / 1000),
      });
    });
  });
}

function line(result: Result): string {
  const status = result.exitCode === 0 && result.failed === 0 ? 'ok' : 'FAILED';
  return `run ${result.run} ${result.suite}: ${result.passed} passed, ${result.failed} failed (${result.seconds} s, exit ${result.exitCode}) ${status}`;
}

async function main(): Promise<void> {
  const runs = runsWanted();
  const hogMaxMs = Number(process.env.SOAK_HOG_MAX_MS ?? 2 * 60 * 60 * 1000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nsoak: ${signal}, stopping`);
      stopChildren();
      process.exit(130);
    });
  }
  process.on('exit', stopChildren);

  hog = startCpuHog(hogMaxMs);
  console.log(
    `soak: ${runs} runs of ${SUITES.map((s) => s.name).join(' + ')}, one core busy (pid ${hog.pid})`,
  );
  const results: Result[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      for (const suite of SUITES) {
        console.log(`\nsoak: run ${run}/${runs}, ${suite.name} suite`);
        const result = await runSuite(suite, run);
        results.push(result);
        console.log(`\nsoak: ${line(result)}`);
      }
    }
  } finally {
    stopChildren();
  }

  console.log('\nsoak summary');
  for (const result of results) console.log(`  ${line(result)}`);
  const failedRuns = new Set(
    results.filter((r) => r.exitCode !== 0 || r.failed > 0).map((r) => r.run),
  );
  console.log(`${runs - failedRuns.size} passed, ${failedRuns.size} failed (runs)`);
  process.exitCode = failedRuns.size > 0 ? 1 : 0;
}

await main();

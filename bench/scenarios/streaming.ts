/**
 * Streaming render: widgets fed the sandbox's quote firehose (10,000 ticks/s) for 10 s, with
 * the client's per-frame coalescing on, then off (the baseline), measured by the in-page
 * instrumentation (bench/page/instrument.ts).
 *
 * The bench's sandbox lists 500 made-up securities after its real catalogue
 * (`extraSecurities`, bench/lib/env.ts), so one user gets a watchlist of 500 securities
 * (`POST /__sandbox/users {watchlistSize: 500}`) and another 200 open positions
 * (`{positions: 200}`), as the scenarios ask.
 */
import type { BenchEnv, SandboxUser } from '../lib/env.ts';
import { sleep } from '../lib/env.ts';
import type { Figure } from '../lib/report.ts';
import { round } from '../lib/report.ts';
import type { RecordingSummary } from '../page/instrument.ts';
import { availableWidgets } from './dashboard.ts';

const FIREHOSE = 10_000;
const SECONDS = 10;
/** Rows of the big watchlist and positions of the portfolio user. */
const WATCHLIST_ROWS = 500;
const POSITIONS = 200;
/** One frame at 60 Hz: the tick-to-paint goal (the measured frame length is in the notes). */
const FRAME_MS = 1000 / 60;

interface Run {
  label: string;
  markup: string;
  /** Rows that must be shown before the firehose starts. */
  minRows: number;
}

async function measure(
  env: BenchEnv,
  user: SandboxUser,
  run: Run,
  coalesce: boolean,
): Promise<RecordingSummary & { rows: number }> {
  const page = await env.open(`${env.sessionTag()}${run.markup}</as-session>`, {
    token: user.token,
    clientOptions: { quotes: { coalesce } },
  });
  try {
    await page.waitForFunction(
      (min: number) => (globalThis as unknown as { bench: { rows(): number } }).bench.rows() >= min,
      { timeout: 30_000, polling: 200 },
      run.minRows,
    );
    const rows = await page.evaluate(() =>
      (globalThis as unknown as { bench: { rows(): number } }).bench.rows(),
    );
    await env.control('/market', { tickRate: FIREHOSE });
    await sleep(500);
    await page.evaluate(() =>
      (globalThis as unknown as { bench: { start(): void } }).bench.start(),
    );
    await sleep(SECONDS * 1000);
    const summary = await page.evaluate(() =>
      (globalThis as unknown as { bench: { stop(): RecordingSummary } }).bench.stop(),
    );
    return { ...summary, rows };
  } finally {
    await env.control('/market', { tickRate: 20 });
    await page.close();
  }
}

function figuresOf(
  label: string,
  on: RecordingSummary & { rows: number },
  off: RecordingSummary,
): Figure[] {
  const frame = FRAME_MS;
  const scenario = 'streaming';
  const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b)}×` : 'n/a');
  const base = `${on.rows} rows, ${on.frames} frames (median ${round(on.frameMsMedian)} ms), ${on.quoteMessages} quote messages`;
  return [
    {
      scenario,
      name: `${label}: renders per element per frame (max)`,
      value: on.maxRendersPerElementFrame,
      unit: 'renders',
      goal: { max: 1 },
      note: `${base}; text nodes written per frame p50 ${on.textWritesP50}, max ${on.textWritesMax}; coalescing off: ${off.maxRendersPerElementFrame} (mean ${round(off.meanRendersPerElementFrame)} vs ${round(on.meanRendersPerElementFrame)})`,
    },
    {
      scenario,
      name: `${label}: script per frame p50`,
      value: on.scriptMsP50,
      unit: 'ms',
      note: `coalescing off: ${round(off.scriptMsP50)} ms (${ratio(off.scriptMsP50, on.scriptMsP50)})`,
    },
    {
      scenario,
      name: `${label}: script per frame p95`,
      value: on.scriptMsP95,
      unit: 'ms',
      goal: { max: 4 },
      note: `coalescing off: ${round(off.scriptMsP95)} ms (${ratio(off.scriptMsP95, on.scriptMsP95)}); max ${round(on.scriptMsMax)} ms`,
    },
    {
      scenario,
      name: `${label}: script per frame p95 outside message handlers`,
      value: on.nonSocketScriptMsP95,
      unit: 'ms',
      note: `the part of script per frame that is not the client's WebSocket message path (quote store flush, cells, renders, observers); p50 ${round(on.nonSocketScriptMsP50)} ms; coalescing off: p95 ${round(off.nonSocketScriptMsP95)} ms`,
    },
    {
      scenario,
      name: `${label}: long tasks`,
      value: on.longTasks,
      unit: 'tasks',
      goal: { max: 0 },
      note: `coalescing off: ${off.longTasks} (${round(off.longTaskMsTotal)} ms)`,
    },
    {
      scenario,
      name: `${label}: tick-to-paint p95`,
      value: on.tickToPaintMsP95,
      unit: 'ms',
      goal: { max: round(frame) },
      note: `measured frame ${round(on.frameMsMedian)} ms; p50 ${round(on.tickToPaintMsP50)} ms; coalescing off p95: ${round(off.tickToPaintMsP95)} ms`,
    },
    {
      scenario,
      name: `${label}: total renders in ${SECONDS} s`,
      value: on.totalRenders,
      unit: 'renders',
      note: `coalescing off: ${off.totalRenders} (${ratio(off.totalRenders, on.totalRenders)})`,
    },
    {
      scenario,
      name: `${label}: script time in ${SECONDS} s`,
      value: on.scriptMsTotal,
      unit: 'ms',
      note: `coalescing off: ${round(off.scriptMsTotal)} ms (${ratio(off.scriptMsTotal, on.scriptMsTotal)})`,
    },
  ];
}

export async function streamingScenario(
  env: BenchEnv,
  log: (line: string) => void,
): Promise<Figure[]> {
  const available = new Set(availableWidgets().map(([folder]) => folder));
  const figures: Figure[] = [];

  const watchUser = await env.newUser({ watchlistSize: WATCHLIST_ROWS });
  const runs: Array<[SandboxUser, Run]> = [
    [
      watchUser,
      {
        label: `watchlist (${WATCHLIST_ROWS} rows)`,
        markup: `<as-watchlist watchlist-id="${watchUser.watchlistId}" readonly></as-watchlist>`,
        minRows: WATCHLIST_ROWS,
      },
    ],
  ];
  if (available.has('positions') || available.has('pnl-leaders')) {
    const portfolioUser = await env.newUser({ positions: POSITIONS });
    log(`streaming: ${POSITIONS} positions for the portfolio runs`);
    if (available.has('positions'))
      runs.push([
        portfolioUser,
        {
          label: `positions (${POSITIONS})`,
          markup: '<as-positions></as-positions>',
          minRows: POSITIONS,
        },
      ]);
    if (available.has('pnl-leaders'))
      runs.push([
        portfolioUser,
        {
          label: `P&L leaders (${POSITIONS} positions)`,
          markup: '<as-pnl-leaders limit="10"></as-pnl-leaders>',
          minRows: 1,
        },
      ]);
  }
  for (const [user, run] of runs) {
    log(`streaming: ${run.label}, coalescing on…`);
    const on = await measure(env, user, run, true);
    log(`streaming: ${run.label}, coalescing off…`);
    const off = await measure(env, user, run, false);
    figures.push(...figuresOf(run.label, on, off));
  }
  return figures;
}

/**
 * Streaming render and paint, all under the sandbox's quote firehose (10,000 ticks/s), one page
 * at a time, measured by the in-page instrumentation (bench/page/instrument.ts):
 *
 * - paint: a baseline page with no kit code (bench/page/baseline-page.ts: its own quote socket,
 *   one text node per security written in the message handler) and each live widget showing a
 *   last price (quote, watchlist of 500, positions of 200). Tick-to-paint is timed for
 *   {@link TRACKED} securities on screen, and a tick counts only once its value is read in the
 *   widget's cell in the frame that paints it (bench/page/paint-probe.ts). Goal: a widget's p95
 *   ≤ the baseline's p95 + 2 ms. The sandbox stamps each message with its send time
 *   (`POST /__sandbox/streams/stamp`), so arrival delay is printed too.
 * - load: the watchlist (500 rows), positions (200) and P&L leaders (over 200 positions): long
 *   animation frames (goal: none caused by the kit) and script per frame (p95 ≤ 4 ms), with
 *   the client's per-frame coalescing on, then off (the comparison).
 *
 * The machine's load is read around every run and printed with the figures.
 */
import type { BenchEnv, SandboxUser } from '../lib/env.ts';
import { sleep } from '../lib/env.ts';
import { loadText, readLoad, type LoadReading } from '../lib/load.ts';
import { PROFILING, TRACING, profilePage, tracePage } from '../lib/profile.ts';
import type { Figure } from '../lib/report.ts';
import { round } from '../lib/report.ts';
import type { LongFrame, RecordingSummary } from '../page/instrument.ts';
import { availableWidgets } from './dashboard.ts';

const FIREHOSE = 10_000;
/** Recording length of each run (`BENCH_SECONDS` overrides, for a quick look). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Rows of the big watchlist and positions of the portfolio user. */
const WATCHLIST_ROWS = 500;
const POSITIONS = 200;
/** Securities on screen whose ticks are timed to paint. */
const TRACKED = 10;
/** A widget's tick-to-paint p95 may exceed the baseline's by this much. */
const PAINT_MARGIN_MS = 2;
const SCENARIO = 'streaming';

interface Run {
  label: string;
  user: SandboxUser;
  markup: string;
  /** Rows that must be shown before the firehose starts. */
  minRows: number;
  /** Time tick-to-paint (the widget shows last prices). */
  paint: boolean;
  /** Also measure with coalescing off. */
  compare: boolean;
}

type Measured = RecordingSummary & { rows: number; load: LoadReading; tracked: string[] };

interface BenchApi {
  rows(): number;
  waiting(): unknown[];
  onScreen(count: number): string[];
  track(securities: Array<{ key: string; symbol: string }>): void;
  start(): void;
  stop(): RecordingSummary;
  ready(): boolean;
}
/** The page's `globalThis` (evaluated code must name no helper of this module). */
type PageGlobal = { bench: BenchApi };

/** Stream keys (security ids) of `symbols`, from the REST API. */
async function keysOf(
  env: BenchEnv,
  user: SandboxUser,
  symbols: string[],
): Promise<Array<{ key: string; symbol: string }>> {
  return Promise.all(
    symbols.map(async (symbol) => {
      const security = await env.api<{ Id: number }>(
        user,
        `/v1.0/equities/${encodeURIComponent(symbol)}`,
      );
      return { key: String(security.Id), symbol };
    }),
  );
}

/** The firehose for `SECONDS` while the page records; the market back at 20 ticks/s after. */
async function record(
  env: BenchEnv,
  page: Awaited<ReturnType<BenchEnv['open']>>,
  label: string,
  log: (line: string) => void,
): Promise<{ summary: RecordingSummary; load: LoadReading }> {
  try {
    await env.control('/market', { tickRate: FIREHOSE });
    await sleep(500);
    const stopProfile = PROFILING ? await profilePage(page, label) : undefined;
    const stopTrace = TRACING ? await tracePage(page) : undefined;
    const loadEnd = readLoad();
    await page.evaluate(() => (globalThis as unknown as PageGlobal).bench.start());
    await sleep(SECONDS * 1000);
    const summary = await page.evaluate(() => (globalThis as unknown as PageGlobal).bench.stop());
    const load = loadEnd();
    if (stopProfile) for (const line of await stopProfile()) log(`  ${label}: ${line}`);
    if (stopTrace) for (const line of await stopTrace()) log(`  ${label}: ${line}`);
    return { summary, load };
  } finally {
    await env.control('/market', { tickRate: 20 });
  }
}

async function measureWidget(
  env: BenchEnv,
  run: Run,
  coalesce: boolean,
  log: (line: string) => void,
): Promise<Measured> {
  const page = await env.open(`${env.sessionTag()}${run.markup}</as-session>`, {
    token: run.user.token,
    clientOptions: { quotes: { coalesce } },
  });
  try {
    await page.waitForFunction(
      (min: number) =>
        (globalThis as unknown as PageGlobal).bench.rows() >= min &&
        (globalThis as unknown as PageGlobal).bench.waiting().length === 0,
      {
        timeout: 30_000,
        polling: 200,
      },
      run.minRows,
    );
    const rows = await page.evaluate(() => (globalThis as unknown as PageGlobal).bench.rows());
    let tracked: string[] = [];
    if (run.paint) {
      tracked = await page.evaluate(
        (n: number) => (globalThis as unknown as PageGlobal).bench.onScreen(n),
        TRACKED,
      );
      const securities = await keysOf(env, run.user, tracked);
      await page.evaluate((s) => (globalThis as unknown as PageGlobal).bench.track(s), securities);
    }
    const { summary, load } = await record(
      env,
      page,
      `${run.label}${coalesce ? '' : ' coalescing off'}`,
      log,
    );
    return { ...summary, rows, load, tracked };
  } finally {
    await page.close();
  }
}

async function measureBaseline(
  env: BenchEnv,
  user: SandboxUser,
  symbols: string[],
  log: (line: string) => void,
): Promise<Measured> {
  const securities = await keysOf(env, user, symbols);
  const page = await env.open(
    '',
    {
      baseline: {
        apiUrl: env.apiUrl,
        appKey: env.appKey,
        token: user.token,
        userId: user.userId,
        securities,
      },
    },
    'baseline-page',
  );
  try {
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).bench.ready(), {
      timeout: 30_000,
      polling: 200,
    });
    const { summary, load } = await record(env, page, 'baseline', log);
    return { ...summary, rows: 0, load, tracked: symbols };
  } finally {
    await page.close();
  }
}

/** Long frames whose time is mostly script (the page runs no script but the kit's and the bench hooks). */
const byScript = (frames: LongFrame[]) => frames.filter((f) => f.scriptMs >= f.duration / 2);

function describeLongFrames(frames: LongFrame[]): string {
  if (frames.length === 0) return 'none';
  const worst = [...frames].sort((a, b) => b.duration - a.duration)[0]!;
  const scripts = worst.scripts
    .map((s) => `${s.invoker} ${s.source} ${round(s.duration)} ms`)
    .join('; ');
  return `${frames.length} (${byScript(frames).length} mostly script); worst ${round(worst.duration)} ms: script ${round(worst.scriptMs)} ms, render from ${round(worst.renderStart)} ms, style/layout from ${round(worst.styleAndLayoutStart)} ms${scripts ? ` (${scripts})` : ''}`;
}

function arrivalText(m: Measured): string {
  return m.stamped
    ? `arrival delay (sandbox send → handler) p50 ${round(m.arrivalMsP50)} ms, p95 ${round(m.arrivalMsP95)} ms, max ${round(m.arrivalMsMax)} ms over ${m.stamped} messages`
    : 'no stamped messages';
}

function paintFigures(label: string, m: Measured, baseline?: Measured): Figure[] {
  const p = m.paint;
  const counts = `${p.painted} of ${p.ticks} ticks changing Last on ${m.tracked.length} securities read on screen, ${p.superseded} replaced before a frame showed them, ${p.neverShown} never shown`;
  const figures: Figure[] = [
    {
      scenario: SCENARIO,
      name: `paint: ${label}: tick-to-paint p95`,
      value: p.p95,
      unit: 'ms',
      goal: baseline ? { max: round(baseline.paint.p95 + PAINT_MARGIN_MS) } : undefined,
      anchor: baseline ? `baseline (no kit) ${round(baseline.paint.p95)} ms` : undefined,
      note: `p50 ${round(p.p50)} ms; value in the laid-out DOM p95 ${round(p.renderedP95)} ms; ${counts}; ${arrivalText(m)}; frame ${round(m.frameMsMedian)} ms; ${loadText(m.load)}`,
    },
    {
      scenario: SCENARIO,
      name: `paint: ${label}: ticks never shown`,
      value: p.neverShown,
      unit: 'ticks',
      goal: { max: 0 },
      note: `tracked ticks whose value no frame showed within 2 s, though no later tick replaced it`,
    },
  ];
  // The baseline's own check is in its note.
  return baseline ? figures : figures.slice(0, 1);
}

function loadFigures(label: string, on: Measured, off?: Measured): Figure[] {
  const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b)}×` : 'n/a');
  const offText = (text: string) => (off ? `; coalescing off: ${text}` : '');
  const base = `${on.rows} rows, ${on.frames} frames (median ${round(on.frameMsMedian)} ms), ${on.quoteMessages} quote messages; ${loadText(on.load)}`;
  const kitFrames = byScript(on.longFrames).length;
  return [
    {
      scenario: SCENARIO,
      name: `${label}: long animation frames caused by the kit`,
      value: kitFrames,
      unit: 'frames',
      goal: { max: 0 },
      note: `long animation frames (≥ 50 ms): ${describeLongFrames(on.longFrames)}; slowest message handler ${round(on.slowestMessage.ms)} ms (${on.slowestMessage.streamer}: ${on.slowestMessage.head}…); long tasks ${on.longTasks}${offText(describeLongFrames(off?.longFrames ?? []))}`,
    },
    {
      scenario: SCENARIO,
      name: `${label}: script per frame p95`,
      value: on.scriptMsP95,
      unit: 'ms',
      goal: { max: 4 },
      note: `${base}; p50 ${round(on.scriptMsP50)} ms, max ${round(on.scriptMsMax)} ms; outside message handlers p95 ${round(on.nonSocketScriptMsP95)} ms${offText(`p95 ${round(off?.scriptMsP95 ?? 0)} ms (${ratio(off?.scriptMsP95 ?? 0, on.scriptMsP95)})`)}`,
    },
    {
      scenario: SCENARIO,
      name: `${label}: renders per element per frame (max)`,
      value: on.maxRendersPerElementFrame,
      unit: 'renders',
      goal: { max: 1 },
      note: `text nodes written per frame p50 ${on.textWritesP50}, max ${on.textWritesMax}; ${on.totalRenders} renders and ${round(on.scriptMsTotal)} ms script in ${SECONDS} s${offText(`${off?.maxRendersPerElementFrame} (${off?.totalRenders} renders, ${round(off?.scriptMsTotal ?? 0)} ms script)`)}`,
    },
  ];
}

export async function streamingScenario(
  env: BenchEnv,
  log: (line: string) => void,
): Promise<Figure[]> {
  const available = new Set(availableWidgets().map(([folder]) => folder));
  await env.control('/streams/stamp', { sentAt: true });
  try {
    const watchUser = await env.newUser({ watchlistSize: WATCHLIST_ROWS });
    const runs: Run[] = [];
    if (available.has('quote'))
      runs.push({
        label: 'quote',
        user: watchUser,
        markup: '<as-quote symbol="AAPL"></as-quote>',
        minRows: 0,
        paint: true,
        compare: false,
      });
    runs.push({
      label: `watchlist (${WATCHLIST_ROWS} rows)`,
      user: watchUser,
      markup: `<as-watchlist watchlist-id="${watchUser.watchlistId}" readonly></as-watchlist>`,
      minRows: WATCHLIST_ROWS,
      paint: true,
      compare: true,
    });
    if (available.has('positions') || available.has('pnl-leaders')) {
      const portfolioUser = await env.newUser({ positions: POSITIONS });
      if (available.has('positions'))
        runs.push({
          label: `positions (${POSITIONS})`,
          user: portfolioUser,
          markup: '<as-positions></as-positions>',
          minRows: POSITIONS,
          paint: true,
          compare: true,
        });
      if (available.has('pnl-leaders'))
        runs.push({
          label: `P&L leaders (${POSITIONS} positions)`,
          user: portfolioUser,
          markup: '<as-pnl-leaders limit="10"></as-pnl-leaders>',
          minRows: 1,
          paint: false,
          compare: true,
        });
    }

    const paint: Figure[] = [];
    const load: Figure[] = [];
    // `BENCH_ONLY=watch` keeps the runs whose label contains it (a quick look at one widget).
    const only = process.env.BENCH_ONLY;
    for (const run of runs.filter((r) => !only || r.label.includes(only))) {
      log(`streaming: ${run.label}, coalescing on…`);
      const on = await measureWidget(env, run, true, log);
      log(`streaming: ${run.label}: ${loadText(on.load)}`);
      if (run.paint) {
        // The baseline right after, on the same securities: the same machine state.
        log(
          `streaming: baseline page (no kit) on the ${run.label}'s ${on.tracked.length} securities…`,
        );
        const baseline = await measureBaseline(env, run.user, on.tracked, log);
        log(`streaming: baseline: ${loadText(baseline.load)}`);
        paint.push(
          ...paintFigures(`baseline (no kit) for the ${run.label}`, baseline),
          ...paintFigures(run.label, on, baseline),
        );
      }
      if (run.compare) {
        log(`streaming: ${run.label}, coalescing off…`);
        const off = await measureWidget(env, run, false, log);
        load.push(...loadFigures(run.label, on, off));
      }
    }
    const figures = [...paint, ...load];
    return figures;
  } finally {
    await env.control('/streams/stamp', { sentAt: false });
  }
}

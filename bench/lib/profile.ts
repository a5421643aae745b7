/**
 * `BENCH_PROFILE=1 pnpm bench streaming`: a CDP CPU profile of each streaming run's page
 * (written to `bench-results/<label>.cpuprofile`, openable in DevTools) and its functions with
 * the most self time, printed to the log. With `BENCH_KEEP_NAMES=1` the names are readable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './page-server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export const PROFILING = process.env.BENCH_PROFILE === '1';

/** Starts profiling `page`; the returned function stops, saves and summarises the profile. */
export async function profilePage(page: Page, label: string): Promise<() => Promise<string[]>> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach();
    const dir = join(ROOT, 'bench-results');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, `${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`),
      JSON.stringify(profile),
    );
    return topSelfTime(profile);
  };
}

/** The 12 functions with the most self time (ms), as text lines. */
function topSelfTime(profile: Profile): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([key, ms]) => `${ms.toFixed(1)} ms (${((100 * ms) / total).toFixed(1)} %) ${key}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string }; beginData?: { dirtyObjects?: number } };
}

/** The rendering steps of a frame, as the trace names them, and how the summary calls them. */
const FRAME_STEPS: Array<[string, string]> = [
  ['FireAnimationFrame', 'rAF'],
  ['UpdateLayoutTree', 'style'],
  ['Layout', 'layout'],
  ['PrePaint', 'pre-paint'],
  ['Paint', 'paint'],
  ['Layerize', 'layerize'],
  ['Commit', 'commit'],
];

/** A layout of more objects than the paint probe's sentinel dirties: new values were laid out. */
const WROTE = 10;

/**
 * Mean time per step over the main frames that laid out new values (more than {@link WROTE}
 * dirty layout objects) and over the others, from the renderer main thread's events sorted by start: where a frame
 * that writes cells spends its time.
 */
function perFrame(events: TraceEvent[]): string[] {
  const frames = events.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  const groups = { 'frames laying out values': [] as number[][], 'other frames': [] as number[][] };
  let next = 0;
  for (const frame of frames) {
    const end = frame.ts + frame.dur!;
    while (next < events.length && events[next]!.ts < frame.ts) next++;
    const steps = FRAME_STEPS.map(() => 0);
    let laidOut = false;
    for (let i = next; i < events.length && events[i]!.ts < end; i++) {
      const index = FRAME_STEPS.findIndex(([name]) => name === events[i]!.name);
      if (index < 0) continue;
      steps[index]! += events[i]!.dur! / 1000;
      if (events[i]!.name === 'Layout' && (events[i]!.args?.beginData?.dirtyObjects ?? 0) > WROTE)
        laidOut = true;
    }
    groups[laidOut ? 'frames laying out values' : 'other frames'].push([
      ...steps,
      frame.dur! / 1000,
    ]);
  }
  return Object.entries(groups).map(([label, rows]) => {
    const mean = (i: number) => rows.reduce((sum, row) => sum + row[i]!, 0) / (rows.length || 1);
    const parts = FRAME_STEPS.map(([, short], i) => `${short} ${mean(i).toFixed(2)}`);
    return `${label}: ${rows.length}, mean ms: ${parts.join(', ')}; whole frame ${mean(FRAME_STEPS.length).toFixed(2)}`;
  });
}

/**
 * `BENCH_TRACE=1`: a timeline trace of each streaming run; returns the renderer main thread's
 * rendering work (style, layout, pre-paint, paint, script…), total ms by event, and the mean of
 * each step per frame, for the frames that laid out (those that showed new values) and the
 * others, to show where a frame's time goes.
 */
export const TRACING = process.env.BENCH_TRACE === '1';

export async function tracePage(page: Page): Promise<() => Promise<string[]>> {
  await page.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'cc',
      'v8.execute',
    ],
  });
  return async () => {
    const buffer = await page.tracing.stop();
    const { traceEvents } = JSON.parse(Buffer.from(buffer!).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const main = traceEvents.find(
      (e) =>
        e.name === 'thread_name' &&
        (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
    );
    const totals = new Map<string, number>();
    const onMain: TraceEvent[] = [];
    for (const event of traceEvents) {
      if (event.ph !== 'X' || event.dur === undefined) continue;
      if (main && (event.pid !== main.pid || event.tid !== main.tid)) continue;
      totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
      onMain.push(event);
    }
    onMain.sort((a, b) => a.ts - b.ts);
    const byEvent = [...totals.entries()]
      .filter(([name]) =>
        /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|UpdateLayer|FunctionCall|EvaluateScript|RunMicrotasks|FireAnimationFrame|ParseHTML|HitTest|IntersectionObserverController::computeIntersections|ResizeObserverController::DeliverObservations|ProxyMain::BeginMainFrame|ThreadControllerImpl::RunTask)$/.test(
          name,
        ),
      )
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${ms.toFixed(1)} ms ${name}`);
    return [...byEvent, ...perFrame(onMain)];
  };
}

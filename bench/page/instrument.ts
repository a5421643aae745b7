/**
 * In-page instrumentation for the streaming benchmarks. Installed before any element renders:
 *
 * - frames: a `requestAnimationFrame` loop opens one bucket per frame; everything below is
 *   counted into the bucket of the frame it happened in;
 * - renders: Lit's `performUpdate` (found on the prototype chain of the widgets' base class) is
 *   wrapped, counting updates per element per frame and timing them;
 * - script time per frame: time spent in WebSocket `onmessage` handlers, in other
 *   `requestAnimationFrame` callbacks (the quote store's flush), in Lit updates, in
 *   `queueMicrotask` callbacks (live cells update themselves in one, after the store's flush,
 *   outside any host render) and in `IntersectionObserver` callbacks (rows coming into view);
 * - cell writes per frame: text nodes changed by script (a `MutationObserver` on every widget's
 *   shadow root counts `characterData` changes), so work done outside host renders is visible;
 * - tick-to-paint, checked on screen: `paint-probe.ts` (tracked securities, read from their cells);
 * - arrival delay: with the sandbox's stamp knob on, each quote message ends with its send time
 *   (`"SentAt"`, epoch ms); its arrival in the handler minus that (both wall clocks of this
 *   machine: `performance.timeOrigin + performance.now()` in Node and in the page);
 * - long tasks (`longtask`) and long animation frames (`long-animation-frame`, frames of 50 ms
 *   or more, with the scripts that ran in them).
 *
 * It imports nothing of the kit (the baseline page uses it too): the kit's page hands it the
 * prototype whose `performUpdate` to time.
 */
import {
  onFrame,
  onQuoteMessage,
  startProbe,
  stopProbe,
  type PaintSummary,
} from './paint-probe.ts';

interface FrameBucket {
  /** rAF timestamp (performance.now() clock) at the start of this frame. */
  start: number;
  /** Updates per element in this frame. */
  renders: Map<object, number>;
  /** Script milliseconds counted in this frame. */
  script: number;
  /** Of which in WebSocket `onmessage` handlers (the client's message path). */
  socketScript: number;
  /** Text nodes changed in this frame. */
  textWrites: number;
}

/** What `stop()` reports for one recording. */
export interface RecordingSummary {
  frames: number;
  frameMsMedian: number;
  /** Max updates of any one element within one frame. */
  maxRendersPerElementFrame: number;
  /** Mean updates per element per frame, over frames where that element updated. */
  meanRendersPerElementFrame: number;
  totalRenders: number;
  scriptMsP50: number;
  scriptMsP95: number;
  /** Script per frame outside WebSocket message handlers (store flush, cells, renders), p50/p95. */
  nonSocketScriptMsP50: number;
  nonSocketScriptMsP95: number;
  scriptMsMax: number;
  /** Script milliseconds over the whole recording. */
  scriptMsTotal: number;
  longTasks: number;
  longTaskMsTotal: number;
  quoteMessages: number;
  /** Text nodes changed per frame (median and max): cells written, by host renders or by themselves. */
  textWritesP50: number;
  textWritesMax: number;
  /** Tick-to-paint of the tracked securities (see paint-probe.ts). */
  paint: Omit<PaintSummary, 'paintMs' | 'renderedMs'> & {
    p50: number;
    p95: number;
    renderedP50: number;
    renderedP95: number;
  };
  /** Quote messages stamped by the sandbox, and their send → handler delay. */
  stamped: number;
  arrivalMsP50: number;
  arrivalMsP95: number;
  arrivalMsMax: number;
  /** Long animation frames (≥ 50 ms). */
  longFrames: LongFrame[];
  /** The message whose handler took longest: its streamer and the start of its text. */
  slowestMessage: { ms: number; streamer: string; head: string };
}

/** One long animation frame, as the browser reports it. */
export interface LongFrame {
  duration: number;
  blockingDuration: number;
  /** Script time inside it (sum of its scripts) and the longest scripts' invokers. */
  scriptMs: number;
  /** Render (rAF callbacks onwards) and style/layout start, ms after the frame's start. */
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: Array<{ invoker: string; source: string; duration: number }>;
}

interface LoafScript {
  invoker: string;
  sourceURL: string;
  sourceFunctionName: string;
  duration: number;
}
interface LoafEntry extends PerformanceEntry {
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: LoafScript[];
}

const realRaf = window.requestAnimationFrame.bind(window);

let recording = false;
let current: FrameBucket | undefined;
const buckets: FrameBucket[] = [];
let quoteMessages = 0;
/** Send → arrival of stamped quote messages, ms. */
const arrivalDelays: number[] = [];
let longTasks: PerformanceEntry[] = [];
let longFrames: LongFrame[] = [];
/** The message whose handler took longest in this recording. */
let slowestMessage: RecordingSummary['slowestMessage'] = { ms: 0, streamer: '', head: '' };
let depth = 0;

/** Times `work` into the current frame's script time (outermost call only). */
function timed<T>(work: () => T, socket = false): T {
  if (!recording || depth > 0) return work();
  depth++;
  const started = performance.now();
  try {
    return work();
  } finally {
    depth--;
    const ms = performance.now() - started;
    if (current) {
      current.script += ms;
      if (socket) current.socketScript += ms;
    }
  }
}

function frameLoop(timestamp: number): void {
  if (!recording) return;
  const start = Math.max(timestamp, 0);
  current = { start, renders: new Map(), script: 0, socketScript: 0, textWrites: 0 };
  buckets.push(current);
  onFrame();
  realRaf(frameLoop);
}

let installed = false;
/** Starts counting text writes in every shadow root under `root` (set by `install`). */
let observeShadowRoots: (root: ParentNode) => void = () => undefined;

/** Times and counts the Lit updates of elements built on `elementProto` (a widget base class). */
function hookUpdates(elementProto: object): void {
  let proto = elementProto as { performUpdate: () => void };
  while (!Object.prototype.hasOwnProperty.call(proto, 'performUpdate'))
    proto = Object.getPrototypeOf(proto) as typeof proto;
  const performUpdate = proto.performUpdate;
  proto.performUpdate = function (this: object) {
    if (recording && current) current.renders.set(this, (current.renders.get(this) ?? 0) + 1);
    return timed(() => performUpdate.call(this));
  };
}

const SENT_AT = '"SentAt":"';

/** A quote message's send → arrival delay, when the sandbox stamped it. */
function recordArrival(data: unknown, arrived: number): void {
  if (typeof data !== 'string') return;
  const at = data.lastIndexOf(SENT_AT);
  if (at < 0) return;
  const sent = Number(data.slice(at + SENT_AT.length, data.length - 2));
  if (Number.isFinite(sent)) arrivalDelays.push(performance.timeOrigin + arrived - sent);
}

/**
 * Installs the hooks once (before elements are defined or rendered); `elementProto`: the
 * prototype of the widgets' base class, whose updates are timed (none on the baseline page).
 */
export function install(elementProto?: object): void {
  if (installed) return;
  installed = true;
  if (elementProto) hookUpdates(elementProto);

  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    realRaf((time) => timed(() => callback(time)));

  const realMicrotask = window.queueMicrotask.bind(window);
  window.queueMicrotask = (callback: VoidFunction) => realMicrotask(() => timed(callback));

  const RealIntersectionObserver = window.IntersectionObserver;
  window.IntersectionObserver = class extends RealIntersectionObserver {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => timed(() => callback(entries, observer)), options);
    }
  };

  // Count text nodes written, in every shadow root (attached later too).
  const mutations = new MutationObserver((records) => {
    if (!recording || !current) return;
    for (const record of records) if (record.type === 'characterData') current.textWrites++;
  });
  observeShadowRoots = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      mutations.observe(element.shadowRoot, { subtree: true, characterData: true });
      observeShadowRoots(element.shadowRoot);
    }
  };

  const descriptor = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get(this: WebSocket) {
      return descriptor.get!.call(this);
    },
    set(this: WebSocket, handler: ((event: MessageEvent) => void) | null) {
      const isQuote = /quote/i.test(this.url);
      const wrapped =
        handler &&
        ((event: MessageEvent) => {
          if (isQuote) {
            const arrived = performance.now();
            onQuoteMessage(event.data as string, arrived);
            if (recording) {
              quoteMessages++;
              recordArrival(event.data, arrived);
            }
          }
          const began = performance.now();
          timed(() => handler.call(this, event), true);
          const ms = performance.now() - began;
          if (recording && ms > slowestMessage.ms)
            slowestMessage = {
              ms,
              streamer: isQuote ? 'quote' : 'data',
              head: String(event.data).slice(0, 60),
            };
        });
      descriptor.set!.call(this, wrapped);
    },
  });
}

let observer: PerformanceObserver | undefined;
let frameObserver: PerformanceObserver | undefined;

function longFrame(entry: LoafEntry): LongFrame {
  const scripts = [...entry.scripts].sort((a, b) => b.duration - a.duration);
  return {
    duration: entry.duration,
    blockingDuration: entry.blockingDuration,
    scriptMs: scripts.reduce((sum, script) => sum + script.duration, 0),
    renderStart: entry.renderStart ? entry.renderStart - entry.startTime : 0,
    styleAndLayoutStart: entry.styleAndLayoutStart
      ? entry.styleAndLayoutStart - entry.startTime
      : 0,
    scripts: scripts.slice(0, 3).map((script) => ({
      invoker: script.invoker,
      source: `${script.sourceURL.slice(script.sourceURL.lastIndexOf('/') + 1)}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}`,
      duration: script.duration,
    })),
  };
}

/** Starts a recording (clears the previous one). */
export function start(): void {
  buckets.length = 0;
  arrivalDelays.length = 0;
  quoteMessages = 0;
  longTasks = [];
  longFrames = [];
  slowestMessage = { ms: 0, streamer: '', head: '' };
  observer?.disconnect();
  observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  frameObserver?.disconnect();
  frameObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longFrames.push(longFrame(entry as LoafEntry));
  });
  frameObserver.observe({ type: 'long-animation-frame' });
  observeShadowRoots(document);
  startProbe();
  recording = true;
  realRaf(frameLoop);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Stops the recording and summarises it (the first and last, partial, frames are dropped). */
export function stop(): RecordingSummary {
  recording = false;
  observer?.disconnect();
  frameObserver?.disconnect();
  const paint = stopProbe();
  const frames = buckets.slice(1, -1);
  const intervals = frames.slice(1).map((f, i) => f.start - frames[i]!.start);
  let maxRenders = 0;
  let renderSum = 0;
  let renderCells = 0;
  for (const frame of frames) {
    for (const count of frame.renders.values()) {
      maxRenders = Math.max(maxRenders, count);
      renderSum += count;
      renderCells++;
    }
  }
  const script = frames.map((f) => f.script);
  const writes = frames.map((f) => f.textWrites);
  const nonSocket = frames.map((f) => f.script - f.socketScript);
  return {
    frames: frames.length,
    frameMsMedian: percentile(intervals, 50),
    maxRendersPerElementFrame: maxRenders,
    meanRendersPerElementFrame: renderCells ? renderSum / renderCells : 0,
    totalRenders: renderSum,
    scriptMsP50: percentile(script, 50),
    scriptMsP95: percentile(script, 95),
    nonSocketScriptMsP50: percentile(nonSocket, 50),
    nonSocketScriptMsP95: percentile(nonSocket, 95),
    scriptMsMax: Math.max(0, ...script),
    scriptMsTotal: script.reduce((sum, ms) => sum + ms, 0),
    longTasks: longTasks.length,
    longTaskMsTotal: longTasks.reduce((sum, t) => sum + t.duration, 0),
    quoteMessages,
    textWritesP50: percentile(writes, 50),
    textWritesMax: Math.max(0, ...writes),
    paint: {
      ticks: paint.ticks,
      painted: paint.painted,
      superseded: paint.superseded,
      neverShown: paint.neverShown,
      p50: percentile(paint.paintMs, 50),
      p95: percentile(paint.paintMs, 95),
      renderedP50: percentile(paint.renderedMs, 50),
      renderedP95: percentile(paint.renderedMs, 95),
    },
    stamped: arrivalDelays.length,
    arrivalMsP50: percentile(arrivalDelays, 50),
    arrivalMsP95: percentile(arrivalDelays, 95),
    arrivalMsMax: arrivalDelays.reduce((max, ms) => Math.max(max, ms), 0),
    longFrames,
    slowestMessage,
  };
}

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
 * - tick-to-paint: each quote-socket message's arrival time, against the end of the rendering of
 *   the first frame after it (a `MessageChannel` task posted from the frame's rAF callback runs
 *   once that frame's rendering step is done);
 * - long tasks: a `PerformanceObserver` on `longtask`.
 */
import { AutoSharesElement } from '@autoshares/widgets';

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
  tickToPaintMsP50: number;
  tickToPaintMsP95: number;
}

const realRaf = window.requestAnimationFrame.bind(window);

let recording = false;
let current: FrameBucket | undefined;
const buckets: FrameBucket[] = [];
/** Arrival times of quote messages not yet painted. */
let pendingArrivals: number[] = [];
const latencies: number[] = [];
let quoteMessages = 0;
let longTasks: PerformanceEntry[] = [];
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
  // Messages that arrived before this frame are painted at the end of its rendering step.
  const arrivals = pendingArrivals;
  pendingArrivals = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const painted = performance.now();
    for (const arrived of arrivals) latencies.push(painted - arrived);
  };
  channel.port2.postMessage(null);
  realRaf(frameLoop);
}

let installed = false;
/** Starts counting text writes in every shadow root under `root` (set by `install`). */
let observeShadowRoots: (root: ParentNode) => void = () => undefined;

/** Installs the hooks once (before elements are defined or rendered). */
export function install(): void {
  if (installed) return;
  installed = true;

  let proto = AutoSharesElement.prototype as unknown as { performUpdate: () => void };
  while (!Object.prototype.hasOwnProperty.call(proto, 'performUpdate'))
    proto = Object.getPrototypeOf(proto) as typeof proto;
  const performUpdate = proto.performUpdate;
  proto.performUpdate = function (this: object) {
    if (recording && current) current.renders.set(this, (current.renders.get(this) ?? 0) + 1);
    return timed(() => performUpdate.call(this));
  };

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
          if (recording && isQuote) {
            quoteMessages++;
            pendingArrivals.push(performance.now());
          }
          timed(() => handler.call(this, event), true);
        });
      descriptor.set!.call(this, wrapped);
    },
  });
}

let observer: PerformanceObserver | undefined;

/** Starts a recording (clears the previous one). */
export function start(): void {
  buckets.length = 0;
  latencies.length = 0;
  pendingArrivals = [];
  quoteMessages = 0;
  longTasks = [];
  observer?.disconnect();
  observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  observeShadowRoots(document);
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
    tickToPaintMsP50: percentile(latencies, 50),
    tickToPaintMsP95: percentile(latencies, 95),
  };
}

/**
 * Tick-to-paint with proof: for a few tracked securities, each quote tick that changes `Last`
 * is timed from its arrival (the socket's message handler) to the end of the rendering of the
 * first frame whose laid-out DOM shows that value, read from the widget's cell.
 *
 * How a frame is checked: every frame the probe resizes a 1 px sentinel, so the browser calls a
 * `ResizeObserver` back after that frame's style and layout, after every rAF callback and the
 * microtasks they queued (store flush, Lit updates, live cells), just before paint. There the
 * probe reads the tracked cells. A tick whose value is shown is painted by this frame; the time
 * taken is when a `user-blocking` task posted from there runs, i.e. once the frame's paint is
 * done on the main thread (`renderedMs` is the reading itself, before paint).
 *
 * A tick whose value a later tick replaced before any frame showed it is "superseded" (no
 * latency); one still not shown after {@link GIVE_UP_MS} is "never shown".
 */

/** Gives up on a tick not shown after this long. */
const GIVE_UP_MS = 2000;

interface Tick {
  value: number;
  arrived: number;
}

interface Tracked {
  symbol: string;
  /** `Last` of the previous tick of this security (ticks that do not change it are skipped). */
  previous?: number;
  pending: Tick[];
  cell?: Element;
}

export interface PaintSummary {
  /** Ticks that changed `Last` on a tracked security. */
  ticks: number;
  /** Of which shown, with their times. */
  painted: number;
  superseded: number;
  neverShown: number;
  /** Arrival → end of the paint of the first frame showing the value, ms. */
  paintMs: number[];
  /** Arrival → the value read in the laid-out DOM of that frame (before its paint), ms. */
  renderedMs: number[];
}

/** Finds the element showing `symbol`'s last price (in a widget's shadow root or the page). */
export type CellFinder = (symbol: string) => Element | undefined;

const tracked = new Map<string, Tracked>();
let findCell: CellFinder = () => undefined;
let recording = false;
let summary: PaintSummary = emptySummary();
const sentinel = document.createElement('div');
let wide = false;

function emptySummary(): PaintSummary {
  return { ticks: 0, painted: 0, superseded: 0, neverShown: 0, paintMs: [], renderedMs: [] };
}

/** The number a cell shows ("$1,234.50" → 1234.5), with the step of its last decimal. */
function shown(cell: Element): { value: number; step: number } | undefined {
  const text = (cell.textContent ?? '').replace(/[^0-9.\-−]/g, '').replace('−', '-');
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) return undefined;
  const dot = text.indexOf('.');
  return { value, step: dot < 0 ? 1 : 10 ** -(text.length - dot - 1) };
}

const afterPaint: (callback: () => void) => void =
  'scheduler' in globalThis
    ? (callback) =>
        void (
          globalThis as unknown as {
            scheduler: { postTask(cb: () => void, o: { priority: string }): Promise<void> };
          }
        ).scheduler.postTask(callback, { priority: 'user-blocking' })
    : (callback) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = callback;
        channel.port2.postMessage(null);
      };

function check(): void {
  if (!recording) return;
  const readAt = performance.now();
  const shownNow: Tick[] = [];
  for (const entry of tracked.values()) {
    if (entry.pending.length === 0) continue;
    if (!entry.cell?.isConnected) entry.cell = findCell(entry.symbol);
    const cell = entry.cell && shown(entry.cell);
    if (!cell) continue;
    // The newest pending tick the cell shows: it is painted, the older ones were superseded.
    let index = -1;
    for (let i = entry.pending.length - 1; i >= 0; i--) {
      if (Math.abs(entry.pending[i]!.value - cell.value) <= cell.step / 2 + 1e-9) {
        index = i;
        break;
      }
    }
    if (index >= 0) {
      summary.superseded += index;
      shownNow.push(entry.pending[index]!);
      entry.pending.splice(0, index + 1);
    }
    while (entry.pending.length > 0 && readAt - entry.pending[0]!.arrived > GIVE_UP_MS) {
      entry.pending.shift();
      summary.neverShown++;
    }
  }
  if (shownNow.length === 0) return;
  for (const tick of shownNow) summary.renderedMs.push(readAt - tick.arrived);
  afterPaint(() => {
    const painted = performance.now();
    for (const tick of shownNow) summary.paintMs.push(painted - tick.arrived);
    summary.painted += shownNow.length;
  });
}

let installed = false;
function installSentinel(): void {
  if (installed) return;
  installed = true;
  sentinel.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;contain:strict;pointer-events:none;opacity:0';
  document.documentElement.append(sentinel);
  new ResizeObserver(check).observe(sentinel);
}

/** Called in the frame's first rAF callback: makes the frame call `check` after its layout. */
export function onFrame(): void {
  if (!recording) return;
  wide = !wide;
  sentinel.style.width = wide ? '2px' : '1px';
}

/** Tracks these securities (stream `Key` → symbol), found on screen with `finder`. */
export function track(
  securities: ReadonlyArray<{ key: string; symbol: string }>,
  finder: CellFinder,
): void {
  tracked.clear();
  for (const { key, symbol } of securities) tracked.set(key, { symbol, pending: [] });
  findCell = finder;
  installSentinel();
}

const KEY = /"Key":"(\d+)"/;
const LAST = /"Last":"([^"]*)"/;

/** A quote message arrived (raw text) at `arrived` (performance.now()). */
export function onQuoteMessage(data: string, arrived: number): void {
  if (tracked.size === 0) return;
  const key = KEY.exec(data)?.[1];
  const entry = key === undefined ? undefined : tracked.get(key);
  if (!entry) return;
  const last = Number(LAST.exec(data)?.[1]);
  if (!Number.isFinite(last) || last === entry.previous) return;
  entry.previous = last;
  if (!recording) return;
  entry.pending.push({ value: last, arrived });
  summary.ticks++;
}

export function startProbe(): void {
  summary = emptySummary();
  for (const entry of tracked.values()) entry.pending = [];
  recording = true;
}

export function stopProbe(): PaintSummary {
  recording = false;
  return summary;
}

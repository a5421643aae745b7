/**
 * The `indicators` attribute: `"sma:20,ema:50"` → moving-average overlays, requested from the
 * history endpoint as signatures `SMA|<period>|false|20|0` (api-reference §9.1).
 */
import type { ChartPeriod } from '@autoshares/client';

export interface Overlay {
  kind: 'SMA' | 'EMA';
  length: number;
  /** "SMA 20". */
  label: string;
}

/** Longest moving average accepted (the endpoint bounds its look-back too). */
const MAX_LENGTH = 500;

/** Parses `"sma:20, ema:50"`; unknown names and bad lengths are ignored, duplicates dropped. */
export function parseOverlays(text: string | null | undefined): Overlay[] {
  const seen = new Set<string>();
  const out: Overlay[] = [];
  for (const part of (text ?? '').split(',')) {
    const match = /^\s*(sma|ema)\s*:\s*(\d+)\s*$/i.exec(part);
    if (!match) continue;
    const kind = match[1]!.toUpperCase() as Overlay['kind'];
    const length = Number(match[2]);
    if (length < 1 || length > MAX_LENGTH) continue;
    const label = `${kind} ${length}`;
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ kind, length, label });
  }
  return out;
}

/** The indicator signature for an overlay on bars of `period`. */
export function overlaySignature(overlay: Overlay, period: ChartPeriod): string {
  return `${overlay.kind}|${period}|false|${overlay.length}|0`;
}

/** A point of an overlay line (epoch ms). */
export interface OverlayPoint {
  time: number;
  value: number;
}

/**
 * Moves an overlay with the live last bar (in place): its point at that bar's time is
 * recomputed from the closes (SMA of the last `length`) or from the point before it (EMA), and
 * added when the bar is new. Returns the point, or undefined when there is too little history to
 * compute it (the line then simply ends at the last point the server sent).
 */
export function followLastBar(
  overlay: Overlay,
  closes: readonly { time: number; close: number }[],
  points: OverlayPoint[],
): OverlayPoint | undefined {
  const bar = closes.at(-1);
  const last = points.at(-1);
  if (!bar || !last || bar.time < last.time) return undefined;
  const replacing = bar.time === last.time;
  let value: number;
  if (overlay.kind === 'SMA') {
    if (closes.length < overlay.length) return undefined;
    let sum = 0;
    for (let i = closes.length - overlay.length; i < closes.length; i++) sum += closes[i]!.close;
    value = sum / overlay.length;
  } else {
    const previous = replacing ? points.at(-2) : last;
    if (!previous) return undefined;
    const alpha = 2 / (overlay.length + 1);
    value = alpha * bar.close + (1 - alpha) * previous.value;
  }
  const point = { time: bar.time, value };
  if (replacing) points[points.length - 1] = point;
  else points.push(point);
  return point;
}

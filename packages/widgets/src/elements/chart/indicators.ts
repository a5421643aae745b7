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

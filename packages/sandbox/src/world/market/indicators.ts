/**
 * Chart indicators computed over candle closes, as `PUT /history/symbols` returns them:
 * one `{Date, Values}` per candle once the indicator has enough data.
 * Signatures: `Name|Period|UseSignalLine|params…` (api-reference §9.1), e.g. `SMA|1h|false|10|0`.
 */

/** A parsed indicator signature. */
export interface IndicatorSignature {
  name: string;
  period: string;
  useSignalLine: boolean;
  params: number[];
}

export interface IndicatorPoint {
  Date: number;
  Values: number[];
}

/** Parses `Name|Period|UseSignalLine|p1|p2…`; returns null when it is not of that shape. */
export function parseSignature(signature: string): IndicatorSignature | null {
  const parts = signature.split('|').map((p) => p.trim());
  if (parts.length < 2 || !/^[A-Za-z]+$/.test(parts[0])) return null;
  const params = parts.slice(3).map(Number);
  if (params.some((n) => !Number.isFinite(n))) return null;
  return {
    name: parts[0],
    period: parts[1],
    useSignalLine: parts[2]?.toLowerCase() === 'true',
    params,
  };
}

/** Longest look-back an indicator may ask for (bounds the work a request can cause). */
export const MAX_LOOKBACK = 1000;

/** Candles needed before the first output point (so the series is defined from the start). */
export function warmup(sig: IndicatorSignature): number {
  return Math.min(MAX_LOOKBACK, rawWarmup(sig));
}

function rawWarmup(sig: IndicatorSignature): number {
  const p = sig.params;
  switch (sig.name.toLowerCase()) {
    case 'sma':
    case 'ema':
    case 'bollinger':
      return Math.max(1, p[0] || 10) - 1;
    case 'rsi':
      return Math.max(1, p[0] || 14);
    case 'macd':
      return Math.max(p[0] || 12, p[1] || 26) + (p[2] || 9);
    default:
      return 0;
  }
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function sma(closes: number[], length: number): (number | null)[] {
  const out: (number | null)[] = [];
  let sum = 0;
  for (let i = 0; i < closes.length; i++) {
    sum += closes[i];
    if (i >= length) sum -= closes[i - length];
    out.push(i >= length - 1 ? sum / length : null);
  }
  return out;
}

function ema(closes: number[], length: number): (number | null)[] {
  const k = 2 / (length + 1);
  const out: (number | null)[] = [];
  let prev: number | null = null;
  let seed = 0;
  for (let i = 0; i < closes.length; i++) {
    if (prev === null) {
      seed += closes[i];
      if (i === length - 1) prev = seed / length;
      out.push(prev);
    } else {
      prev = closes[i] * k + prev * (1 - k);
      out.push(prev);
    }
  }
  return out;
}

function bollinger(closes: number[], length: number, width: number): (number[] | null)[] {
  const mid = sma(closes, length);
  return mid.map((m, i) => {
    if (m === null) return null;
    let v = 0;
    for (let j = i - length + 1; j <= i; j++) v += (closes[j] - m) ** 2;
    const sd = Math.sqrt(v / length);
    return [m, m + width * sd, m - width * sd];
  });
}

function rsi(closes: number[], length: number): (number | null)[] {
  const out: (number | null)[] = [null];
  let gain = 0;
  let loss = 0;
  for (let i = 1; i < closes.length; i++) {
    const d = closes[i] - closes[i - 1];
    const g = Math.max(0, d);
    const l = Math.max(0, -d);
    if (i <= length) {
      gain += g / length;
      loss += l / length;
      out.push(i === length ? 100 - 100 / (1 + gain / (loss || 1e-12)) : null);
    } else {
      gain = (gain * (length - 1) + g) / length;
      loss = (loss * (length - 1) + l) / length;
      out.push(100 - 100 / (1 + gain / (loss || 1e-12)));
    }
  }
  return out;
}

function macd(closes: number[], fast: number, slow: number, signal: number): (number[] | null)[] {
  const f = ema(closes, fast);
  const s = ema(closes, slow);
  const line = closes.map((_, i) => (f[i] !== null && s[i] !== null ? f[i]! - s[i]! : null));
  const firstLine = line.findIndex((x) => x !== null);
  const sig = firstLine < 0 ? [] : ema(line.slice(firstLine) as number[], signal);
  return line.map((m, i) => {
    const sv = i >= firstLine && firstLine >= 0 ? sig[i - firstLine] : null;
    return m === null || sv === null || sv === undefined ? null : [m, sv, m - sv];
  });
}

/** The indicator names this sandbox computes (others answer an empty series). */
export const SUPPORTED_INDICATORS = ['SMA', 'EMA', 'Bollinger', 'RSI', 'MACD'] as const;

/**
 * Computes an indicator over `closes` (oldest first) at `times` (Unix s). Points before the
 * indicator is defined are omitted. An unsupported name gives `[]`.
 */
export function computeIndicator(
  sig: IndicatorSignature,
  times: number[],
  closes: number[],
): IndicatorPoint[] {
  const p = sig.params;
  let values: (number[] | null)[];
  switch (sig.name.toLowerCase()) {
    case 'sma':
      values = sma(closes, Math.max(1, p[0] || 10)).map((v) => (v === null ? null : [v]));
      break;
    case 'ema':
      values = ema(closes, Math.max(1, p[0] || 10)).map((v) => (v === null ? null : [v]));
      break;
    case 'bollinger':
      values = bollinger(closes, Math.max(1, p[0] || 20), p[1] || 2);
      break;
    case 'rsi':
      values = rsi(closes, Math.max(1, p[0] || 14)).map((v) => (v === null ? null : [v]));
      break;
    case 'macd':
      values = macd(
        closes,
        Math.max(1, p[0] || 12),
        Math.max(1, p[1] || 26),
        Math.max(1, p[2] || 9),
      );
      break;
    default:
      return [];
  }
  const out: IndicatorPoint[] = [];
  values.forEach((v, i) => {
    if (v) out.push({ Date: times[i], Values: v.map(round) });
  });
  return out;
}

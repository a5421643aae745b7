/**
 * Deterministic candle history. Each bar's return comes from `(seed, symbol, period, bar start)`,
 * so a bar always has the same shape whatever the call order; the series is then anchored so the
 * last bar closes at the security's current Last (the chart's last bar meets the live quote) and,
 * for daily bars, today's bar is the quote's day Open/High/Low/volume on top of PreviousClose.
 * Intraday bars cover the regular session (09:30–16:00 New York), or 04:00–20:00 with
 * `includeNonMarketData`; every weekday trades.
 */
import type { Schemas } from '../../contract.ts';
import { hashSeed } from '../random.ts';
import {
  addEasternDays,
  easternDayStart,
  isRegularHours,
  isTradingDay,
  MS,
  SESSION,
} from './eastern-time.ts';
import { roundToTick } from './quote-state.ts';
import { CHART_INTERVAL, CHART_PERIODS, type ChartPeriod } from '@autoshares/client/contract';

export type Candle = Schemas['TimeSeriesValueCandleMapModel'];

export type Period = ChartPeriod;

/** Most bars one request returns (the newest ones are kept). */
export const MAX_BARS = 5000;

/** What history generation needs from the market for one security. */
export interface HistorySource {
  seed: number;
  symbol: string;
  vol: number;
  adv: number;
  last: number;
  day: { previousClose: number; open: number; high: number; low: number; volume: number };
}

export interface HistoryQuery {
  period: Period;
  interval: number;
  /** Unix s; 0/undefined = not given. */
  startDate?: number;
  /** Unix s; 0/undefined = now. */
  endDate?: number;
  /** > 0 limits the number of (newest) bars. */
  candlesCount?: number;
  includeNonMarketData?: boolean;
  /** Extra bars before the range (indicator warm-up). */
  extraBefore?: number;
}

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (CHART_PERIODS as readonly string[]).includes(value);
}

const MINUTES: Partial<Record<Period, number>> = {
  '1m': 1,
  '2m': 2,
  '3m': 3,
  '5m': 5,
  '10m': 10,
  '15m': 15,
  '30m': 30,
  '1h': 60,
  '2h': 120,
  '4h': 240,
};
const MONTHS: Partial<Record<Period, number>> = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12 };

/** Bar calendar: the bar containing an instant, and the bar before a bar. */
interface Calendar {
  containing(t: number): number;
  previous(barStart: number): number;
  /** Where a bar ends (exclusive). */
  endOf(barStart: number): number;
  /** Bar length in trading years (for volatility scaling) and share of a day's volume. */
  years: number;
  volumeShare: number;
}

function monthStart(year: number, month: number): number {
  return easternDayStart(Date.UTC(year, month, 1, 12));
}

function calendarFor(period: Period, extended: boolean): Calendar {
  const minutes = MINUTES[period];
  if (minutes !== undefined) {
    const p = minutes * 60_000;
    const open = extended ? SESSION.preOpen : SESSION.open;
    const close = extended ? SESSION.postClose : SESSION.close;
    const lastBarOf = (day: number) => day + open + Math.floor((close - open - 1) / p) * p;
    const previousDayLastBar = (day: number) => {
      let d = addEasternDays(day, -1);
      while (!isTradingDay(d)) d = addEasternDays(d, -1);
      return lastBarOf(d);
    };
    return {
      containing(t) {
        const day = easternDayStart(t);
        if (isTradingDay(day) && t >= day + open) {
          return t >= day + close
            ? lastBarOf(day)
            : day + open + Math.floor((t - day - open) / p) * p;
        }
        return previousDayLastBar(day);
      },
      previous(bar) {
        const day = easternDayStart(bar);
        return bar - p >= day + open ? bar - p : previousDayLastBar(day);
      },
      endOf: (bar) => bar + p,
      years: minutes / (390 * 252),
      volumeShare: minutes / 390,
    };
  }
  if (period === '1D') {
    const prevTrading = (day: number) => {
      let d = addEasternDays(day, -1);
      while (!isTradingDay(d)) d = addEasternDays(d, -1);
      return d;
    };
    return {
      containing(t) {
        const day = easternDayStart(t);
        return isTradingDay(day) && t >= day + (extended ? SESSION.preOpen : SESSION.open)
          ? day
          : prevTrading(day);
      },
      previous: prevTrading,
      endOf: (bar) => addEasternDays(bar, 1),
      years: 1 / 252,
      volumeShare: 1,
    };
  }
  if (period === '1W') {
    const monday = (t: number) => {
      let d = easternDayStart(t);
      while (new Date(d + 12 * MS.HOUR).getUTCDay() !== 1) d = addEasternDays(d, -1);
      return d;
    };
    return {
      containing: monday,
      previous: (bar) => addEasternDays(bar, -7),
      endOf: (bar) => addEasternDays(bar, 7),
      years: 5 / 252,
      volumeShare: 5,
    };
  }
  const n = MONTHS[period] ?? 1;
  return {
    containing(t) {
      const d = new Date(easternDayStart(t) + 12 * MS.HOUR);
      const m = Math.floor(d.getUTCMonth() / n) * n;
      return monthStart(d.getUTCFullYear(), m);
    },
    previous(bar) {
      const d = new Date(bar + 12 * MS.HOUR);
      return monthStart(d.getUTCFullYear(), d.getUTCMonth() - n);
    },
    endOf(bar) {
      const d = new Date(bar + 12 * MS.HOUR);
      return monthStart(d.getUTCFullYear(), d.getUTCMonth() + n);
    },
    years: n / 12,
    volumeShare: 21 * n,
  };
}

/**
 * Start instant (ms) of the range an `Interval` code asks for, counted back from `end` (ms).
 * Day-sized ranges count from the day of the last bar, so a weekend still shows Friday.
 */
function intervalStart(interval: number, end: number, lastBar: number): number | null {
  const day = easternDayStart(lastBar);
  const back = (months: number) => {
    const d = new Date(end);
    return Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() - months,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
    );
  };
  switch (interval) {
    case CHART_INTERVAL.All:
      return back(12 * 10);
    case CHART_INTERVAL.YearToDate:
      return monthStart(new Date(day + 12 * MS.HOUR).getUTCFullYear(), 0);
    case CHART_INTERVAL.Day1:
    case CHART_INTERVAL.Today:
      return day;
    case CHART_INTERVAL.Day3: {
      let d = day;
      for (let found = 1; found < 3;) {
        d = addEasternDays(d, -1);
        if (isTradingDay(d)) found++;
      }
      return d;
    }
    case CHART_INTERVAL.Week1:
      return end - 7 * MS.DAY;
    case CHART_INTERVAL.Month1:
      return back(1);
    case CHART_INTERVAL.Month3:
      return back(3);
    case CHART_INTERVAL.Month6:
      return back(6);
    case CHART_INTERVAL.Year1:
      return back(12);
    case CHART_INTERVAL.Year3:
      return back(36);
    default:
      return null; // Candles / CustomCandles / Custom: count- or date-driven
  }
}

/** Deterministic standard normal for one bar (two uniforms from a hash, Box-Muller). */
function barNormal(seed: number, key: string): [number, number, number] {
  let h = hashSeed(seed) ^ hashSeed(key);
  const u = () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), h | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = Math.max(u(), 1e-12);
  const b = u();
  const r = Math.sqrt(-2 * Math.log(a));
  return [r * Math.cos(2 * Math.PI * b), r * Math.sin(2 * Math.PI * b), u()];
}

/**
 * Candles for one security, oldest first, ending with the bar that contains `min(endDate, now)`.
 * Returns `[]` when the range holds no bars.
 */
export function generateCandles(source: HistorySource, query: HistoryQuery, now: number): Candle[] {
  const extended = query.includeNonMarketData === true;
  const cal = calendarFor(query.period, extended);
  const end = query.endDate && query.endDate > 0 ? Math.min(query.endDate * 1000, now) : now;
  const lastBar = cal.containing(end);
  const byInterval = intervalStart(query.interval, end, lastBar);
  const start = query.startDate && query.startDate > 0 ? query.startDate * 1000 : byInterval;
  const count =
    query.candlesCount && query.candlesCount > 0
      ? query.candlesCount
      : start === null
        ? 100
        : Infinity;

  // Bar starts, newest first: up to `wanted` bars that end after `start`, then the warm-up bars.
  const wanted = Math.min(MAX_BARS, count);
  const extraWanted = Math.max(0, query.extraBefore ?? 0);
  const starts: number[] = [];
  let inRange = 0;
  for (let bar = lastBar, extra = 0; ; bar = cal.previous(bar)) {
    if ((start === null || cal.endOf(bar) > start) && inRange < wanted) {
      inRange++;
    } else if (extra < extraWanted) {
      extra++;
    } else {
      break;
    }
    starts.push(bar);
  }
  if (inRange === 0) return [];
  starts.reverse();

  const isDaily = query.period === '1D';
  const todayBar = isDaily && lastBar === cal.containing(now) && easternDayStart(now) === lastBar;
  // Intraday bars of today's session meet the quote's day: they open at the day's Open, stay
  // inside its High/Low, add up to its volume, and the bar before them closes at PreviousClose.
  const todayStart = easternDayStart(now);
  const sessionToday =
    MINUTES[query.period] !== undefined &&
    isTradingDay(todayStart) &&
    lastBar >= todayStart &&
    lastBar === cal.containing(now);
  const firstToday = sessionToday ? starts.findIndex((t) => t >= todayStart) : -1;
  const sigma = source.vol * Math.sqrt(cal.years);
  const baseVolume = source.adv * cal.volumeShare;
  const n = starts.length;
  const candles: Candle[] = new Array(n);
  // Walk backwards from the anchor: the last close is Last (daily: today's bar closes at Last
  // and yesterday's at PreviousClose).
  let close = source.last;
  for (let i = n - 1; i >= 0; i--) {
    const t = starts[i];
    const [z, z2, u] = barNormal(source.seed, `${source.symbol}:${query.period}:${t}`);
    const ret = z * sigma;
    let open = close / Math.exp(ret);
    if (isDaily) open *= 1 + z2 * sigma * 0.15;
    const spread = Math.abs(z2) * sigma * 0.5 + sigma * 0.25;
    let high = Math.max(open, close) * (1 + spread * u);
    let low = Math.min(open, close) * (1 - spread * (1 - u));
    let volume = Math.round(
      baseVolume * Math.exp(0.35 * z2) * (extended && !isRegularHours(t) ? 0.06 : 1),
    );
    if (i === n - 1 && todayBar) {
      open = source.day.open;
      high = Math.max(source.day.high, source.last);
      low = Math.min(source.day.low, source.last);
      volume = source.day.volume;
    }
    const c = roundToTick(close, 0.01);
    const o = roundToTick(open, 0.01);
    candles[i] = {
      ValuationLevels: [],
      IsMarket: query.period.endsWith('m') || query.period.endsWith('h') ? isRegularHours(t) : true,
      Volume: Math.max(0, volume),
      OpenInterest: 0,
      Time: Math.floor(t / 1000),
      DateTime: new Date(t).toISOString().replace('.000Z', 'Z'),
      Open: o,
      High: Math.max(roundToTick(high, 0.01), o, c),
      Low: Math.max(0.01, Math.min(roundToTick(low, 0.01), o, c)),
      Close: c,
    };
    // The bar before closes where this one opened (daily: with the overnight gap removed,
    // and today's bar starts from PreviousClose).
    close =
      (i === n - 1 && todayBar) || i === firstToday
        ? source.day.previousClose
        : isDaily
          ? open / (1 + z2 * sigma * 0.15)
          : open;
  }
  if (firstToday >= 0) fitToDay(candles, firstToday, source.day);
  return candles;
}

/**
 * Bends today's intraday bars (from index `first`) so the first opens at the day's Open (the
 * last close is already Last), clamps them into the day's Low..High and scales their volumes
 * to the day's volume.
 */
function fitToDay(candles: Candle[], first: number, day: HistorySource['day']): void {
  const n = candles.length;
  const k = n - first;
  const delta = day.open - (candles[first].Open ?? day.open);
  const clamp = (x: number) => Math.min(day.high, Math.max(day.low, roundToTick(x, 0.01)));
  let volume = 0;
  for (let j = first; j < n; j++) volume += candles[j].Volume ?? 0;
  const scale = volume > 0 ? day.volume / volume : 0;
  let assigned = 0;
  for (let j = first; j < n; j++) {
    const c = candles[j];
    const shiftOpen = delta * (1 - (j - first) / k);
    const shiftClose = delta * (1 - (j - first + 1) / k);
    const o = clamp((c.Open ?? 0) + shiftOpen);
    const cl = clamp((c.Close ?? 0) + shiftClose);
    c.Open = o;
    c.Close = cl;
    c.High = Math.max(clamp((c.High ?? 0) + Math.max(shiftOpen, shiftClose)), o, cl);
    c.Low = Math.min(clamp((c.Low ?? 0) + Math.min(shiftOpen, shiftClose)), o, cl);
    const v =
      j === n - 1 ? Math.max(0, day.volume - assigned) : Math.round((c.Volume ?? 0) * scale);
    c.Volume = v;
    assigned += v;
  }
}

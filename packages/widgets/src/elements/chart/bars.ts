/**
 * Candles as the chart keeps them, and the live update of the last bar from quotes: a quote
 * moves the current bar's close (and high/low); when the quote's time falls in a later bar of
 * the regular session (New York time), a new bar starts.
 */
import type { Candle } from '@autoshares/client';
import type { ChartPeriod } from '@autoshares/client';

/** One bar; `time` is epoch ms of the bar's start. */
export interface Bar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The API's candles (epoch ms `Time`) as bars, oldest first, incomplete ones dropped. */
export function toBars(candles: readonly Candle[] | undefined): Bar[] {
  const bars: Bar[] = [];
  for (const c of candles ?? []) {
    if (!isNum(c.Time) || !isNum(c.Open) || !isNum(c.High) || !isNum(c.Low) || !isNum(c.Close))
      continue;
    bars.push({
      time: c.Time,
      open: c.Open,
      high: c.High,
      low: c.Low,
      close: c.Close,
      volume: isNum(c.Volume) ? c.Volume : 0,
    });
  }
  bars.sort((a, b) => a.time - b.time);
  // one bar per time (the chart library requires strictly increasing times)
  return bars.filter((b, i) => i === 0 || b.time !== bars[i - 1]!.time);
}

const NY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const OPEN_MIN = 9 * 60 + 30;
const CLOSE_MIN = 16 * 60;
const MINUTES: Partial<Record<ChartPeriod, number>> = {
  '1m': 1,
  '2m': 2,
  '3m': 3,
  '5m': 5,
  '10m': 10,
  '15m': 15,
  '30m': 30,
};

/** New York wall clock of an instant. */
function newYork(t: number) {
  const parts = Object.fromEntries(NY.formatToParts(t).map((p) => [p.type, p.value]));
  const weekday = WEEKDAYS.indexOf(parts.weekday ?? '');
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  return {
    weekday,
    minutes: hour * 60 + minute,
    msOfDay: ((hour * 60 + minute) * 60 + second) * 1000 + (t % 1000),
  };
}

/**
 * Start (epoch ms) of the bar of `period` that a trade at `t` belongs to, or undefined outside
 * the regular session (weekends, before 09:30 or from 16:00 New York), when no bar starts.
 * Supports minute bars up to 30 minutes, daily and weekly bars.
 */
export function barStart(period: ChartPeriod, t: number): number | undefined {
  const ny = newYork(t);
  if (ny.weekday < 1 || ny.weekday > 5) return undefined;
  if (ny.minutes < OPEN_MIN || ny.minutes >= CLOSE_MIN) return undefined;
  const dayStart = t - ny.msOfDay;
  const minutes = MINUTES[period];
  if (minutes !== undefined) {
    const intoSession = ny.minutes - OPEN_MIN;
    return dayStart + (OPEN_MIN + Math.floor(intoSession / minutes) * minutes) * 60_000;
  }
  if (period === '1D') return dayStart;
  if (period === '1W') return dayStart - (ny.weekday - 1) * 86_400_000;
  return undefined;
}

/** A live trade: price, time (epoch ms) and, when known, the day's total volume. */
export interface Tick {
  price: number;
  time: number;
  dayVolume?: number;
}

/** Slack for daylight-saving shifts when comparing day-based bar starts. */
const DST_SLACK = 2 * 3_600_000;

/**
 * Applies a tick to the bars: a new bar when the tick's bar starts after the last one,
 * otherwise the last bar's close/high/low (and, for daily bars, its volume) move. Returns the
 * changed bar (the new last bar), or undefined when there are no bars.
 */
export function applyTick(bars: Bar[], period: ChartPeriod, tick: Tick): Bar | undefined {
  const last = bars.at(-1);
  if (!last) return undefined;
  const start = barStart(period, tick.time);
  const slack = MINUTES[period] === undefined ? DST_SLACK : 0;
  if (start !== undefined && start > last.time + slack) {
    const bar: Bar = {
      time: start,
      open: tick.price,
      high: tick.price,
      low: tick.price,
      close: tick.price,
      volume: period === '1D' && tick.dayVolume !== undefined ? tick.dayVolume : 0,
    };
    bars.push(bar);
    return bar;
  }
  last.close = tick.price;
  last.high = Math.max(last.high, tick.price);
  last.low = Math.min(last.low, tick.price);
  if (period === '1D' && tick.dayVolume !== undefined) last.volume = tick.dayVolume;
  return last;
}

/**
 * Mutable per-security market state (numbers only, so a tick allocates nothing until the emitted
 * snapshot) and the pure helpers that move it.
 */
import type { QuoteModel } from '../../contract.ts';
import type { Random } from '../random.ts';
import type { CatalogEntry } from './catalog.ts';

export interface QuoteState {
  securityId: number;
  symbol: string;
  /** Listing exchange (MIC), reported as the quote's Bid/Ask/Last exchange. */
  exchange: string;
  tickSize: number;
  /** Annualised volatility. */
  vol: number;
  /** Reference level the walk is gently pulled towards (keeps long runs realistic). */
  anchor: number;
  /** How far the anchor moves per update (signed): the day's trend. */
  drift: number;
  /** Typical trade size, shares. */
  lot: number;
  /** Spread in ticks. */
  spreadTicks: number;
  last: number;
  bid: number;
  ask: number;
  bidSize: number;
  askSize: number;
  open: number;
  high: number;
  low: number;
  previousClose: number;
  volume: number;
  week52Low: number;
  week52High: number;
  /** Epoch ms of the last change. */
  updatedAt: number;
}

/** Rounds to the nearest multiple of `tick` and strips float noise. */
export function roundToTick(price: number, tick: number): number {
  const r = Math.round(price / tick) * tick;
  return Math.round(r * 1e8) / 1e8;
}

/** Seeds the day's state for one catalog entry. */
export function initialState(
  entry: CatalogEntry,
  securityId: number,
  random: Random,
  now: number,
): QuoteState {
  const tickSize = 0.01;
  const prev = entry.price;
  const open = roundToTick(prev * (1 + random.normal(0, 0.006)), tickSize);
  const last = roundToTick(open * (1 + random.normal(0, entry.vol * 0.02)), tickSize);
  const high = roundToTick(
    Math.max(open, last) * (1 + Math.abs(random.normal(0, 0.003))),
    tickSize,
  );
  const low = roundToTick(Math.min(open, last) * (1 - Math.abs(random.normal(0, 0.003))), tickSize);
  const spreadTicks = Math.max(1, Math.round((prev * 0.0002) / tickSize)) + random.int(0, 1);
  const lot = Math.max(1, Math.round(entry.adv / 50_000 / 100)) * 100 || 100;
  const state: QuoteState = {
    securityId,
    symbol: entry.symbol,
    exchange: entry.exchange,
    tickSize,
    vol: entry.vol,
    anchor: prev,
    drift: driftFor(entry.vol, prev, random),
    lot,
    spreadTicks,
    last,
    bid: 0,
    ask: 0,
    bidSize: 0,
    askSize: 0,
    open,
    high,
    low,
    previousClose: prev,
    volume: Math.round(entry.adv * random.float(0.25, 0.55)),
    week52Low: roundToTick(Math.min(low, prev * random.float(0.62, 0.88)), tickSize),
    week52High: roundToTick(Math.max(high, prev * random.float(1.04, 1.3)), tickSize),
    updatedAt: now,
  };
  placeBook(state, random);
  return state;
}

/** Re-derives bid/ask (a spread around Last) and their sizes. */
export function placeBook(s: QuoteState, random: Random): void {
  const spread = s.spreadTicks * s.tickSize;
  const below = random.int(0, s.spreadTicks) * s.tickSize;
  s.bid = roundToTick(Math.max(s.tickSize, s.last - below), s.tickSize);
  s.ask = roundToTick(s.bid + spread, s.tickSize);
  if (s.ask < s.last) s.ask = s.last;
  s.bidSize = random.int(1, 20) * 100;
  s.askSize = random.int(1, 20) * 100;
}

/** Per-update standard deviation as a fraction of price, per unit of annual volatility. */
const STEP_SCALE = 0.0015;
/** Pull towards the anchor per update. */
const REVERSION = 0.002;

/** Per-update anchor drift: a trend worth about a tenth of the annual volatility per 2,000 updates. */
function driftFor(vol: number, price: number, random: Random): number {
  return random.normal(0, vol * price * 0.00005);
}

/** Largest distance of the anchor from PreviousClose, as a fraction of it (vol / 10). */
const maxTrend = (s: QuoteState) => s.vol * 0.1 * s.previousClose;

/** One random-walk step: a trade at a new Last, with day high/low/volume bookkeeping. */
export function walk(s: QuoteState, random: Random, now: number): void {
  // The anchor trends, and turns back at ±vol/10 around PreviousClose, so any run stays bounded.
  s.anchor += s.drift;
  if (
    Math.abs(s.anchor - s.previousClose) > maxTrend(s) &&
    Math.sign(s.drift) === Math.sign(s.anchor - s.previousClose)
  ) {
    s.drift = -s.drift;
  }
  const shock = random.normal(0, s.vol * STEP_SCALE * s.last);
  const pull = REVERSION * (s.anchor - s.last);
  applyTrade(s, s.last + shock + pull, random.int(1, 10) * s.lot, random, now);
}

/** Records a trade at `price` (rounded to tick, floored at one tick). */
export function applyTrade(
  s: QuoteState,
  price: number,
  size: number,
  random: Random,
  now: number,
): void {
  s.last = roundToTick(Math.max(s.tickSize, price), s.tickSize);
  if (s.last > s.high) s.high = s.last;
  if (s.last < s.low) s.low = s.last;
  if (s.last > s.week52High) s.week52High = s.last;
  if (s.last < s.week52Low) s.week52Low = s.last;
  s.volume += size;
  s.updatedAt = now;
  placeBook(s, random);
}

/** Starts a new trading day: yesterday's Last becomes PreviousClose; the day's range resets. */
export function rollDay(s: QuoteState, now: number): void {
  s.previousClose = s.last;
  s.anchor = s.last;
  s.open = s.last;
  s.high = s.last;
  s.low = s.last;
  s.volume = 0;
  s.updatedAt = now;
}

/** A QuoteModel snapshot of the state (the one allocation per update). */
export function toQuoteModel(s: QuoteState, isoTime: string): QuoteModel {
  const change = roundToTick(s.last - s.previousClose, s.tickSize);
  const changePc = s.previousClose ? Math.round((change / s.previousClose) * 1e6) / 1e4 : 0;
  return {
    SecurityId: s.securityId,
    Key: s.securityId,
    Symbol: s.symbol,
    Bid: s.bid,
    Ask: s.ask,
    BidSize: s.bidSize,
    AskSize: s.askSize,
    Last: s.last,
    Price: s.last,
    Mark: roundToTick((s.bid + s.ask) / 2, 0.0001),
    Open: s.open,
    High: s.high,
    Low: s.low,
    Close: s.last,
    PreviousClose: s.previousClose,
    Volume: s.volume,
    TotalDailyVolume: s.volume,
    Change: change,
    ChangePc: changePc,
    Week52Low: s.week52Low,
    Week52High: s.week52High,
    OpenInterest: 0,
    IsHalted: false,
    BidExchange: s.exchange,
    AskExchange: s.exchange,
    LastExchange: s.exchange,
    Timestamp: isoTime,
    Date: isoTime,
  };
}

/**
 * Live quotes of option contracts around their theoretical (Black–Scholes) value.
 *
 * - Bid/ask: a half-spread of 1.5 % of the value (at least a cent) that widens with the distance
 *   from the money in standard deviations (`|ln(S/K)| / (σ√T)`), so wings quote wider than the
 *   at-the-money strikes; the bid never goes below 0.
 * - Last: the price of the contract's last trade; it trades (about every other move of its
 *   underlying) somewhere inside the spread, which adds to the day's volume.
 * - Open interest and the day's opening volume: seeded per contract, highest at the money and
 *   near expiry; open interest is fixed for the day.
 * Each contract draws from its own seeded generator, so one contract's quotes do not depend on
 * which others are watched.
 */
import type { QuoteModel, Schemas } from '../../contract.ts';
import { randomFor, type Random } from '../random.ts';
import { roundToTick } from './quote-state.ts';

type OptionResource = Schemas['OptionResource'];

/** The market around a contract at one instant. */
export interface OptionQuoteContext {
  /** The underlying's Last. */
  spot: number;
  /** The underlying's annual volatility. */
  vol: number;
  /** Years to expiry (0 at or after it). */
  years: number;
  /** The contract's theoretical value at the underlying's previous close. */
  previousClose: number;
  now: number;
  /** Epoch ms of the New York day start (the day's volume and range reset with it). */
  day: number;
}

interface OptionQuoteState {
  random: Random;
  day: number;
  last: number;
  open: number;
  high: number;
  low: number;
  volume: number;
  openInterest: number;
  bidSize: number;
  askSize: number;
  updatedAt: number;
  /** A forced value (control API) and until when it holds. */
  forced?: { price: number; until: number };
}

const TICK = 0.01;

/** Distance from the money in standard deviations of the remaining life. */
function moneyness(option: OptionResource, ctx: OptionQuoteContext): number {
  const strike = option.StrikePrice ?? 0;
  if (!(ctx.spot > 0) || !(strike > 0)) return 0;
  const spread = ctx.vol * Math.sqrt(Math.max(ctx.years, 1 / 365));
  return Math.abs(Math.log(ctx.spot / strike)) / spread;
}

/** Half the bid/ask spread for a contract worth `mid`. */
export function halfSpread(mid: number, distance: number): number {
  return Math.max(TICK, 0.015 * mid) * (1 + 0.6 * Math.min(distance, 6));
}

export class OptionQuotes {
  private readonly states = new Map<number, OptionQuoteState>();

  constructor(private readonly seed: number) {}

  /** The contract's quote now (`mid` = its theoretical or forced value). */
  quote(option: OptionResource, mid: number, ctx: OptionQuoteContext, isoTime: string): QuoteModel {
    const s = this.state(option, mid, ctx);
    const half = halfSpread(mid, moneyness(option, ctx));
    const bid = Math.max(0, roundToTick(mid - half, TICK));
    const ask = Math.max(roundToTick(mid + half, TICK), bid + TICK);
    const change = roundToTick(s.last - ctx.previousClose, TICK);
    return {
      SecurityId: option.Id,
      Key: option.Id,
      Symbol: option.Symbol,
      Bid: bid,
      Ask: roundToTick(ask, TICK),
      BidSize: s.bidSize,
      AskSize: s.askSize,
      Last: s.last,
      Price: s.last,
      Mark: roundToTick((bid + ask) / 2, 0.0001),
      Open: s.open,
      High: s.high,
      Low: s.low,
      Close: s.last,
      PreviousClose: ctx.previousClose,
      Change: change,
      ChangePc: ctx.previousClose ? Math.round((change / ctx.previousClose) * 1e6) / 1e4 : 0,
      Volume: s.volume,
      TotalDailyVolume: s.volume,
      OpenInterest: s.openInterest,
      IsHalted: false,
      BidExchange: 'OPRA',
      AskExchange: 'OPRA',
      LastExchange: 'OPRA',
      Timestamp: isoTime,
      Date: isoTime,
    };
  }

  /** The underlying moved: about every other time the contract trades inside its spread. */
  trade(option: OptionResource, mid: number, ctx: OptionQuoteContext): void {
    const s = this.state(option, mid, ctx);
    const r = s.random;
    s.bidSize = r.int(1, 50) * 10;
    s.askSize = r.int(1, 50) * 10;
    if (!r.chance(0.5) && !s.forced) return;
    const half = halfSpread(mid, moneyness(option, ctx));
    const price = s.forced
      ? mid
      : Math.max(TICK, roundToTick(mid + r.float(-0.8, 0.8) * half, TICK));
    this.print(s, price, r.int(1, 20), ctx.now);
  }

  /** Forces the contract's value (it trades there at once). */
  force(option: OptionResource, price: number, now: number, holdMs: number): void {
    const s = this.states.get(option.Id ?? 0);
    const until = holdMs > 0 ? now + holdMs : now;
    if (s) {
      s.forced = { price, until };
      this.print(s, price, 1, now);
    } else {
      // First seen while forced: opened at the forced price.
      this.states.set(option.Id ?? 0, {
        ...this.fresh(option, price, 0, 0, now),
        forced: { price, until },
      });
    }
  }

  /** The forced value of a contract while it holds (a hold of 0 lasts until the next move). */
  forced(option: OptionResource, now: number): number | null {
    const f = this.states.get(option.Id ?? 0)?.forced;
    if (!f) return null;
    if (now <= f.until) return f.price;
    delete this.states.get(option.Id ?? 0)!.forced;
    return null;
  }

  private print(s: OptionQuoteState, price: number, size: number, now: number): void {
    s.last = price;
    s.high = Math.max(s.high, price);
    s.low = Math.min(s.low, price);
    s.volume += size;
    s.updatedAt = now;
  }

  private state(option: OptionResource, mid: number, ctx: OptionQuoteContext): OptionQuoteState {
    const id = option.Id ?? 0;
    let s = this.states.get(id);
    if (!s) {
      s = this.fresh(option, mid, moneyness(option, ctx), ctx.years, ctx.now);
      this.states.set(id, s);
    } else if (s.day !== ctx.day && s.day !== -1) {
      // A new day: the range and volume start again from the last price.
      s.day = ctx.day;
      s.open = s.high = s.low = s.last;
      s.volume = 0;
    }
    s.day = ctx.day;
    return s;
  }

  private fresh(
    option: OptionResource,
    mid: number,
    distance: number,
    years: number,
    now: number,
  ): OptionQuoteState {
    const random = randomFor(this.seed, `option:${option.Symbol}`);
    const nearness = Math.exp((-distance * distance) / 2);
    const soon = 1 / (1 + 4 * years);
    const openInterest = Math.round(20 + 8000 * nearness * soon * random.float(0.4, 1.6));
    const open = Math.max(TICK, roundToTick(mid * random.float(0.96, 1.04), TICK));
    return {
      random,
      // adopted by the first quote (no reset of the seeded volume)
      day: -1,
      last: mid,
      open,
      high: Math.max(open, mid),
      low: Math.min(open, mid),
      volume: Math.round(openInterest * random.float(0.05, 0.4)),
      openInterest,
      bidSize: random.int(1, 50) * 10,
      askSize: random.int(1, 50) * 10,
      updatedAt: now,
    };
  }
}

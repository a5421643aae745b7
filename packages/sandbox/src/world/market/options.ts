/**
 * Listed option contracts for a few underlyings: weekly expirations for the next six Fridays plus
 * three monthly (third-Friday) ones, strikes around the underlying's price, OSI symbols
 * (`AAPL  250117C00230000`). Prices are Black-Scholes theoretical values from the underlying's
 * Last and catalog volatility. Contract ids are assigned from 1,000,001 in creation order, so
 * they are stable within one world.
 */
import type { QuoteModel, Schemas } from '../../contract.ts';
import { CATALOG } from './catalog.ts';
import { addEasternDays, easternDayStart, easternWeekday, MS } from './eastern-time.ts';
import { OptionQuotes, type OptionQuoteContext } from './option-quotes.ts';
import { roundToTick } from './quote-state.ts';

export type OptionResource = Schemas['OptionResource'];
export type OptionChainResource = Schemas['OptionChainResource'];
export type OptionExpirationResource = Schemas['OptionExpirationResource'];
type ExpirationType = NonNullable<OptionResource['ExpirationType']>;

/** Underlyings with listed options. */
export const OPTION_UNDERLYINGS = ['AAPL', 'MSFT', 'NVDA', 'TSLA', 'SPY', 'QQQ'] as const;

const STRIKES_EACH_SIDE = 10;
const RATE = 0.04;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface OptionBookOptions {
  seed: number;
  now: () => number;
  lastPrice: (symbol: string) => number | null;
  /** The underlying's previous close (for the contracts' previous close and change). */
  previousClose: (symbol: string) => number | null;
}

interface Expiration {
  seriesId: number;
  /** UTC midnight of the expiration date, ms. */
  date: number;
  type: ExpirationType;
  centralStrike: number;
  contracts: OptionResource[];
}

function strikeStep(price: number): number {
  if (price < 25) return 0.5;
  if (price < 100) return 1;
  if (price < 250) return 2.5;
  if (price < 500) return 5;
  return 10;
}

/** OSI symbol: root padded to 6, yymmdd, C/P, strike × 1000 in 8 digits. */
export function osiSymbol(
  root: string,
  expiration: number,
  type: 'Call' | 'Put',
  strike: number,
): string {
  const d = new Date(expiration);
  const yymmdd = `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  return `${root.padEnd(6, ' ')}${yymmdd}${type === 'Call' ? 'C' : 'P'}${String(Math.round(strike * 1000)).padStart(8, '0')}`;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26). */
function normCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp((-x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Black-Scholes price of a European option. */
export function blackScholes(
  type: 'Call' | 'Put',
  spot: number,
  strike: number,
  years: number,
  vol: number,
): number {
  if (years <= 0) return Math.max(0, type === 'Call' ? spot - strike : strike - spot);
  const sq = vol * Math.sqrt(years);
  const d1 = (Math.log(spot / strike) + (RATE + (vol * vol) / 2) * years) / sq;
  const d2 = d1 - sq;
  const df = Math.exp(-RATE * years);
  return type === 'Call'
    ? spot * normCdf(d1) - strike * df * normCdf(d2)
    : strike * df * normCdf(-d2) - spot * normCdf(-d1);
}

export class OptionBook {
  private readonly now: () => number;
  private readonly lastPrice: (symbol: string) => number | null;
  private readonly previousClose: (symbol: string) => number | null;
  private readonly quotes: OptionQuotes;
  /** underlying → expirations, built once per New York day. */
  private readonly chains = new Map<string, { day: number; expirations: Expiration[] }>();
  private readonly byId = new Map<number, OptionResource>();
  private readonly bySymbol = new Map<string, OptionResource>();
  private nextId = 1_000_001;
  private nextSeries = 5_001;

  constructor(options: OptionBookOptions) {
    this.now = options.now;
    this.lastPrice = options.lastPrice;
    this.previousClose = options.previousClose;
    this.quotes = new OptionQuotes(options.seed);
  }

  /** Does this underlying have listed options? */
  hasOptions(underlying: string): boolean {
    return (OPTION_UNDERLYINGS as readonly string[]).includes(underlying.toUpperCase());
  }

  /** Expirations of an underlying (empty array when it has no options). */
  expirations(underlying: string): OptionExpirationResource[] {
    return this.chain(underlying).map((e) => ({
      SeriesId: e.seriesId,
      SeriesType: e.type,
      ExpirationDate: new Date(e.date).toISOString().replace('.000Z', 'Z'),
      ExpirationType: e.type,
    }));
  }

  /**
   * The option chain of an underlying, optionally narrowed: `expiration` (UTC midnight ms),
   * `range` (strikes each side of the centre), `expirationType`. Null when it has no options.
   */
  optionChain(
    underlying: string,
    narrow: { expiration?: number; range?: number; expirationType?: ExpirationType } = {},
  ): OptionChainResource | null {
    if (!this.hasOptions(underlying)) return null;
    const expirations = this.chain(underlying)
      .filter((e) => narrow.expiration === undefined || e.date === narrow.expiration)
      .filter((e) => narrow.expirationType === undefined || e.type === narrow.expirationType)
      .map((e) => {
        let options = e.contracts;
        if (narrow.range !== undefined) {
          const step = strikeStep(e.centralStrike);
          const limit = narrow.range * step + 1e-9;
          options = options.filter(
            (o) => Math.abs((o.StrikePrice ?? 0) - e.centralStrike) <= limit,
          );
        }
        return {
          Expiration: new Date(e.date).toISOString().replace('.000Z', 'Z'),
          CentralStrike: e.centralStrike,
          Options: options.map((o) => ({ ...o })),
        };
      });
    return { Expirations: expirations };
  }

  /** Every contract currently listed (all underlyings), for the paged `/options` route. */
  all(): OptionResource[] {
    return OPTION_UNDERLYINGS.flatMap((u) =>
      this.chain(u).flatMap((e) => e.contracts.map((o) => ({ ...o }))),
    );
  }

  /** A contract by id (number or digits) or OSI symbol (spaces significant, case-insensitive). */
  find(idOrSymbol: number | string): OptionResource | null {
    this.chain(OPTION_UNDERLYINGS[0]);
    const text = String(idOrSymbol);
    const found = /^\d+$/.test(text.trim())
      ? this.byId.get(Number(text.trim()))
      : this.bySymbol.get(text.toUpperCase());
    return found ? { ...found } : null;
  }

  /** Theoretical price (two decimals) of a contract from its underlying's Last. */
  theoreticalPrice(option: OptionResource): number | null {
    const spot = this.lastPrice(option.UnderlyingAssetSymbol ?? '');
    if (spot === null) return null;
    const entry = CATALOG.find((c) => c.symbol === option.UnderlyingAssetSymbol);
    // Expires at the 16:00 New York close, about 21:00 UTC.
    const expiry = Date.parse(option.ExpirationDate ?? '') + 21 * MS.HOUR;
    const years = Math.max(0, (expiry - this.now()) / (365 * MS.DAY));
    const forced = this.quotes.forced(option, this.now());
    if (forced !== null) return forced;
    const price = blackScholes(
      option.OptionType === 'Put' ? 'Put' : 'Call',
      spot,
      option.StrikePrice ?? 0,
      years,
      entry?.vol ?? 0.3,
    );
    return Math.max(0.01, roundToTick(price, 0.01));
  }

  /**
   * The live quote of a contract id, or null: bid/ask around the theoretical value (the spread
   * widens away from the money and into the wings), the last trade, the day's volume and the
   * open interest (see `option-quotes.ts`). Reading a quote does not move it.
   */
  quote(securityId: number, isoTime: string): QuoteModel | null {
    const option = this.find(securityId);
    if (!option) return null;
    const mid = this.theoreticalPrice(option);
    if (mid === null) return null;
    return this.quotes.quote(option, mid, this.context(option), isoTime);
  }

  /**
   * The underlying moved: the contract may trade (its Last, volume, day range change).
   * Returns the new quote, or null for an unknown contract.
   */
  trade(securityId: number, isoTime: string): QuoteModel | null {
    const option = this.find(securityId);
    if (!option) return null;
    const mid = this.theoreticalPrice(option);
    if (mid === null) return null;
    this.quotes.trade(option, mid, this.context(option));
    return this.quotes.quote(option, mid, this.context(option), isoTime);
  }

  /**
   * Forces the contract's value to `price` (tests and stories): its quote centres on it and it
   * trades there; with `holdMs` the theoretical value stays off it that long (market time).
   */
  setPrice(securityId: number, price: number, holdMs: number): boolean {
    const option = this.find(securityId);
    if (!option || !Number.isFinite(price) || price <= 0) return false;
    this.quotes.force(option, roundToTick(price, option.TickSize ?? 0.01), this.now(), holdMs);
    return true;
  }

  /** What the quote model needs besides the contract and its mid. */
  private context(option: OptionResource): OptionQuoteContext {
    const underlying = option.UnderlyingAssetSymbol ?? '';
    const spot = this.lastPrice(underlying) ?? 0;
    const entry = CATALOG.find((c) => c.symbol === underlying);
    const expiry = Date.parse(option.ExpirationDate ?? '') + 21 * MS.HOUR;
    const years = Math.max(0, (expiry - this.now()) / (365 * MS.DAY));
    const previousSpot = this.previousClose(underlying) ?? spot;
    const previousClose = Math.max(
      0.01,
      roundToTick(
        blackScholes(
          option.OptionType === 'Put' ? 'Put' : 'Call',
          previousSpot,
          option.StrikePrice ?? 0,
          years + 1 / 365,
          entry?.vol ?? 0.3,
        ),
        0.01,
      ),
    );
    return {
      spot,
      vol: entry?.vol ?? 0.3,
      years,
      previousClose,
      now: this.now(),
      day: easternDayStart(this.now()),
    };
  }

  /**
   * The expirations of an underlying. All underlyings are listed together, in a fixed order,
   * once per New York day, so contract ids do not depend on which chain was asked for first.
   */
  private chain(underlying: string): Expiration[] {
    const symbol = underlying.toUpperCase();
    if (!this.hasOptions(symbol)) return [];
    const today = easternDayStart(this.now());
    if (this.chains.get(symbol)?.day !== today) {
      const dates = this.expirationDates(today);
      for (const u of OPTION_UNDERLYINGS) {
        const spot = this.lastPrice(u) ?? 100;
        const expirations = dates.map(({ date, type }) => this.makeExpiration(u, date, type, spot));
        this.chains.set(u, { day: today, expirations });
      }
    }
    return this.chains.get(symbol)?.expirations ?? [];
  }

  /** Next six Fridays (weekly; third Fridays are Regular) plus the next three third-Friday months. */
  private expirationDates(today: number): { date: number; type: ExpirationType }[] {
    const out = new Map<number, ExpirationType>();
    let day = today;
    while (easternWeekday(day) !== 5) day = addEasternDays(day, 1);
    for (let i = 0; i < 6; i++, day = addEasternDays(day, 7)) {
      const utc = utcMidnight(day);
      out.set(utc, isThirdFriday(utc) ? 'Regular' : 'Weekly');
    }
    const base = new Date(today);
    for (let m = 2; m <= 4; m++) {
      const third = thirdFriday(base.getUTCFullYear(), base.getUTCMonth() + m);
      out.set(third, 'Regular');
    }
    return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([date, type]) => ({ date, type }));
  }

  private makeExpiration(
    symbol: string,
    date: number,
    type: ExpirationType,
    spot: number,
  ): Expiration {
    const step = strikeStep(spot);
    const centralStrike = Math.round(spot / step) * step;
    const seriesId = this.nextSeries++;
    const contracts: OptionResource[] = [];
    const d = new Date(date);
    const label = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}`;
    for (let k = -STRIKES_EACH_SIDE; k <= STRIKES_EACH_SIDE; k++) {
      const strike = Math.round((centralStrike + k * step) * 100) / 100;
      if (strike <= 0) continue;
      for (const optionType of ['Call', 'Put'] as const) {
        const osi = osiSymbol(symbol, date, optionType, strike);
        const existing = this.bySymbol.get(osi);
        const id = existing?.Id ?? this.nextId++;
        const name = `${symbol} ${label} ${strike.toFixed(2)} ${optionType}`;
        const option: OptionResource = {
          Id: id,
          Symbol: osi,
          Name: name,
          Description: name,
          Exchange: 'OPRA',
          Currency: 'USD',
          AddedDate: new Date(date - 60 * MS.DAY).toISOString().replace('.000Z', 'Z'),
          ModifyDate: new Date(date - 60 * MS.DAY).toISOString().replace('.000Z', 'Z'),
          Type: 'Option',
          Precision: 2,
          VolumePrecision: 0,
          TickSize: 0.01,
          Enabled: true,
          AllowTrade: true,
          AllowMargin: false,
          AllowShort: true,
          OptionType: optionType,
          ExpirationType: type,
          ExpirationDate: new Date(date).toISOString().replace('.000Z', 'Z'),
          StrikePrice: strike,
          SeriesId: seriesId,
          UnderlyingAssetSymbol: symbol,
          ContractSize: 100,
        };
        contracts.push(option);
        this.byId.set(id, option);
        this.bySymbol.set(osi, option);
      }
    }
    return { seriesId, date, type, centralStrike, contracts };
  }
}

/** UTC midnight of the calendar date of a New York day start. */
function utcMidnight(easternDay: number): number {
  const d = new Date(easternDay + 12 * MS.HOUR);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function thirdFriday(year: number, month: number): number {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (5 - first.getUTCDay() + 7) % 7;
  return Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1 + offset + 14);
}

function isThirdFriday(utc: number): boolean {
  const d = new Date(utc);
  return thirdFriday(d.getUTCFullYear(), d.getUTCMonth()) === utc;
}

/**
 * Deterministic news and corporate actions per symbol. Items are generated per New York day from
 * `(seed, symbol, day)`, so the same day always has the same stories whatever the call order, and
 * only stories dated at or before `now()` are visible. Headers are HTML-entity-encoded like the
 * real feed (`&#39;`, `&amp;`, `&quot;`); tests may `inject()` hostile items.
 */
import type { Schemas } from '../../contract.ts';
import { hashSeed, randomFor, type Random } from '../random.ts';
import type { EquityResource } from './securities.ts';
import { addEasternDays, easternDayStart, SESSION } from './eastern-time.ts';

export type NewsResource = Schemas['NewsResource'];
export type CorporateActionResource = Schemas['CorporateActionResource'];

export interface NewsStoreOptions {
  seed: number;
  now: () => number;
  resolve: (symbol: string) => EquityResource | null;
}

/** How many days back the feed reaches. */
const DAYS = 14;

const SOURCES = [
  'Business Wire',
  'PR Newswire',
  'GlobeNewswire',
  'MarketWatch',
  'Zacks',
  'Benzinga',
  'Reuters',
];

/** Headline templates; `{n}` = short company name, `{s}` = symbol. Already entity-encoded. */
const HEADLINES = [
  '{n}&#39;s quarterly revenue tops estimates as margins widen',
  '{n} shares slip after analyst trims price target',
  'Analysts: &quot;{n} is priced for perfection&quot;',
  '{n} announces new buyback &amp; raises dividend outlook',
  'Options traders bet on a big move in {s} ahead of earnings',
  '{n} to present at investor conference next week',
  'Why {s} stock is moving today',
  '{n} expands partnership with major cloud provider',
  '{n} CEO: demand &quot;remains robust&quot; into next year',
  'Short interest in {s} falls to multi-month low',
  '{n} files 8-K: leadership changes &amp; board appointments',
  'Is {s} a buy after its recent pullback?',
];

const CONTENT = [
  'The company reported results that came in ahead of consensus, citing strong demand across its core segments.',
  'Shares moved in early trading as investors weighed the update against a cautious macro backdrop.',
  'Management reiterated full-year guidance and said it continues to invest in long-term growth.',
  'Analysts said the announcement was broadly in line with expectations, with attention now on next quarter.',
  'Trading volume was above its 30-day average as the stock reacted to the news.',
];

/** Splits of a few well-known names: [symbol, ISO date, old, new]. */
const SPLITS: [string, string, number, number][] = [
  ['AAPL', '2020-08-31', 1, 4],
  ['TSLA', '2022-08-25', 1, 3],
  ['NVDA', '2024-06-10', 1, 10],
  ['AMZN', '2022-06-06', 1, 20],
  ['GOOGL', '2022-07-18', 1, 20],
  ['WMT', '2024-02-26', 1, 3],
];

/** Shortens "Apple Inc." to "Apple", "The Coca-Cola Company" to "Coca-Cola". */
function shortName(description: string): string {
  return (
    description
      .replace(/^The /, '')
      .replace(/,? (Inc\.|Corporation|Company|Incorporated|Limited|Co\.|plc)\b.*$/, '')
      .replace(/ Class [A-Z]$/, '')
      .replace(/&/g, '&amp;')
      .replace(/'/g, '&#39;')
      .trim() || description
  );
}

function fill(template: string, name: string, symbol: string): string {
  return template.replace(/\{n\}/g, name).replace(/\{s\}/g, symbol);
}

export class NewsStore {
  private readonly seed: number;
  private readonly now: () => number;
  private readonly resolve: (symbol: string) => EquityResource | null;
  private readonly injected = new Map<string, NewsResource[]>();
  private injectedId = 900_000_000;

  constructor(options: NewsStoreOptions) {
    this.seed = options.seed;
    this.now = options.now;
    this.resolve = options.resolve;
  }

  /**
   * News for a symbol, newest first, including injected items; null if the symbol is neither
   * listed nor has injected items.
   */
  list(symbol: string): NewsResource[] | null {
    const security = this.resolve(symbol);
    if (!security?.Symbol) {
      const injected = this.injected.get(symbol.trim().toUpperCase());
      return injected ? [...injected] : null;
    }
    const sym = security.Symbol;
    const now = this.now();
    const items: NewsResource[] = [...(this.injected.get(sym) ?? [])];
    const today = easternDayStart(now);
    for (let d = 0; d < DAYS; d++) {
      const day = addEasternDays(today, -d);
      for (const item of this.dayItems(sym, security.Description ?? sym, day)) {
        if ((item.Date ?? 0) * 1000 <= now) items.push(item);
      }
    }
    return items.sort((a, b) => (b.Date ?? 0) - (a.Date ?? 0));
  }

  /**
   * Adds an item to a symbol's feed (tests: hostile HTML, `javascript:` URLs, huge text…).
   * Missing fields are filled: `Key` = symbol, `Date` = now (Unix s), `NewsId` unique,
   * `Source` "Sandbox". Returns the stored item. The symbol need not be listed.
   */
  inject(symbol: string, item: Partial<NewsResource>): NewsResource {
    const sym = this.resolve(symbol)?.Symbol ?? symbol.trim().toUpperCase();
    const stored: NewsResource = {
      Key: sym,
      Date: Math.floor(this.now() / 1000),
      Source: 'Sandbox',
      Header: '',
      Attachment: '',
      Content: '',
      NewsId: ++this.injectedId,
      ...item,
    };
    const list = this.injected.get(sym) ?? [];
    list.unshift(stored);
    this.injected.set(sym, list);
    return stored;
  }

  /** Removes injected items (all, or one symbol's). */
  clearInjected(symbol?: string): void {
    if (symbol === undefined) this.injected.clear();
    else this.injected.delete(this.resolve(symbol)?.Symbol ?? symbol.toUpperCase());
  }

  /** Corporate actions (splits, the last quarterly dividends) for a symbol, or null if unknown. */
  corporateActions(symbol: string): CorporateActionResource[] | null {
    const security = this.resolve(symbol);
    if (!security?.Symbol || security.Id === undefined) return null;
    const sym = security.Symbol;
    const securityId = security.Id;
    const out: CorporateActionResource[] = [];
    let n = 0;
    const add = (type: string, dateIso: string, data: Record<string, string>) => {
      n += 1;
      const id = (hashSeed(`${sym}:${type}:${dateIso}`) >>> 1) % 1_000_000_000;
      out.push({
        Id: id,
        CorporateActionEventId: id,
        Completed: Date.parse(dateIso) <= this.now(),
        CompleteDate: dateIso,
        UniqueId: `${sym}-${type}-${dateIso.slice(0, 10)}-${n}`,
        SecurityId: securityId,
        Date: dateIso,
        Type: type,
        IsCancel: false,
        Data: data,
      });
    };
    for (const [s, date, from, to] of SPLITS) {
      if (s === sym)
        add('StockSplit', `${date}T00:00:00Z`, { OldRate: String(from), NewRate: String(to) });
    }
    if (security.Type === 'CommonStock') {
      const r = randomFor(this.seed, `dividend:${sym}`);
      if (r.chance(0.75)) {
        const rate = (Math.round(r.float(0.1, 1.6) * 100) / 100).toFixed(2);
        const today = easternDayStart(this.now());
        for (let q = 0; q < 4; q++) {
          const ex = addEasternDays(today, -(20 + q * 91));
          const iso = new Date(ex).toISOString();
          add('CashDividend', iso, {
            Rate: rate,
            Currency: 'USD',
            ExDate: iso.slice(0, 10),
            RecordDate: new Date(addEasternDays(ex, 1)).toISOString().slice(0, 10),
            PayDate: new Date(addEasternDays(ex, 14)).toISOString().slice(0, 10),
          });
        }
      }
    }
    return out.sort((a, b) => Date.parse(b.Date ?? '') - Date.parse(a.Date ?? ''));
  }

  /** The stories of one symbol on one New York day (0–3 of them, in session-ish hours). */
  private dayItems(symbol: string, description: string, dayStart: number): NewsResource[] {
    const r: Random = randomFor(this.seed, `news:${symbol}:${dayStart}`);
    const count = r.int(0, 3);
    const name = shortName(description);
    const items: NewsResource[] = [];
    for (let i = 0; i < count; i++) {
      const at = dayStart + SESSION.preOpen + r.int(0, 15 * 60) * 60_000;
      const newsId = ((hashSeed(`${symbol}:${dayStart}:${i}`) >>> 1) % 800_000_000) + 1;
      items.push({
        Key: symbol,
        Date: Math.floor(at / 1000),
        Source: r.pick(SOURCES),
        Header: fill(r.pick(HEADLINES), name, symbol),
        Attachment: `https://news.example.com/${symbol.toLowerCase()}/${newsId}`,
        Content: r.pick(CONTENT),
        NewsId: newsId,
      });
    }
    return items;
  }
}

/**
 * Delayed quotes: what a security's quote was a while ago. The tape starts with every
 * security's quote at the world's start (the quote "since forever": nothing moved before the
 * world began) and records a security's quotes, one per {@link SPACING_MS} (the last of each
 * window), from the first time anyone asks for its delayed quote, keeping {@link KEEP_MS}.
 * Until then the delayed quote is the starting one, dated 15 minutes before the start. So a fresh
 * sandbox shows delayed users the starting prices for 15 minutes, then prices 15 minutes old.
 * The same quote object is returned while it stays the answer, so the streamer sends it once.
 */
import type { QuoteModel } from '../../contract.ts';
import { MARKET_DATA_DELAY_MS } from './agreements.ts';

/** One recorded quote per this many ms (the last quote of each window). */
export const SPACING_MS = 2000;
/** How far back the tape keeps quotes. */
export const KEEP_MS = MARKET_DATA_DELAY_MS + 60_000;

interface Entry {
  at: number;
  quote: QuoteModel;
}

/** What the tape needs from the market. */
export interface TapeMarket {
  securities(): { Id?: number }[];
  quote(securityId: number): QuoteModel | null;
  onQuote(listener: (quote: QuoteModel, securityId: number) => void): () => void;
}

export class QuoteTape {
  private readonly starting = new Map<number, QuoteModel>();
  private readonly recorded = new Map<number, Entry[]>();

  constructor(
    market: TapeMarket,
    private readonly now: () => number,
  ) {
    // The starting quotes are dated a delay before the start: no trade happened since.
    const dated = new Date(now() - MARKET_DATA_DELAY_MS).toISOString();
    for (const { Id } of market.securities()) {
      const quote = Id === undefined ? null : market.quote(Id);
      if (Id !== undefined && quote)
        this.starting.set(Id, { ...quote, Timestamp: dated, Date: dated });
    }
    market.onQuote((quote, securityId) => this.record(securityId, quote));
  }

  private record(securityId: number, quote: QuoteModel): void {
    const tape = this.recorded.get(securityId);
    if (!tape) return;
    const now = this.now();
    const last = tape.at(-1);
    if (last && now - last.at < SPACING_MS) last.quote = quote;
    else tape.push({ at: now, quote });
    while (tape.length > 1 && tape[1].at <= now - KEEP_MS) tape.shift();
  }

  /**
   * The security's quote `delayMs` ago (null for a security the tape does not know, e.g. an
   * option contract). Starts recording the security.
   */
  quoteAgo(securityId: number, delayMs: number): QuoteModel | null {
    const starting = this.starting.get(securityId);
    if (!starting) return null;
    if (!this.recorded.has(securityId)) this.recorded.set(securityId, []);
    const then = this.now() - delayMs;
    const tape = this.recorded.get(securityId) ?? [];
    let found: QuoteModel | undefined;
    for (const entry of tape) {
      if (entry.at > then) break;
      found = entry.quote;
    }
    return found ?? starting;
  }
}

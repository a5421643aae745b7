import type { PositionResource, StreamQuote } from '@autoshares/client';
import type { QuoteFeed } from '../controllers/quote-feed.ts';
import { livePosition, type LivePosition } from './pnl.ts';
import { mapLive, type Live } from '../live/live-value.ts';

/**
 * Each position marked to its live quote from a `QuoteFeed`, as one `Live` per position that is
 * recomputed only when that position's quote changes (however many cells show it). Kept per
 * position object, so a refetched position list starts afresh.
 */
export class LivePositions {
  readonly #rows = new WeakMap<
    PositionResource,
    { quote: Live<StreamQuote | undefined>; row: Live<LivePosition> }
  >();

  constructor(private readonly quotes: QuoteFeed) {}

  /** The position's live row. */
  of(position: PositionResource): Live<LivePosition> {
    const quote = this.quotes.quote(position.SecurityId);
    const cached = this.#rows.get(position);
    if (cached?.quote === quote) return cached.row;
    const row = mapLive(quote, (q) => livePosition(position, q));
    this.#rows.set(position, { quote, row });
    return row;
  }
}

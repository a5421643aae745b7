import type { Session } from '../session/session.ts';
import type { SessionHost } from './query-controller.ts';
import { QuoteFeed, type QuoteKey } from './quote-feed.ts';

export type { QuoteKey };

/**
 * Live quotes for a changing set of securities from the session's quote store (one streamer
 * subscription per security for the whole page, notifications coalesced per animation frame).
 * The host re-renders when any of its quotes change (once per frame); `stale` is true while the
 * quote streamer is reconnecting. For many rows, prefer `QuoteFeed` with `liveCell` cells, which
 * update without a host render.
 *
 * @example
 * private quotes = new QuoteController(this, () => this.rows.map((r) => r.Id));
 * html`${formatPrice(this.quotes.get(row.Id)?.Last)}`
 */
export class QuoteController extends QuoteFeed {
  constructor(host: SessionHost, keys: (session: Session) => readonly QuoteKey[]) {
    super(host, keys, () => host.requestUpdate());
  }
}

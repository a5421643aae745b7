import type { PositionResource } from '@autoshares/client';
import { positionsQuery } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import { AccountResolver, type AccountHost } from '../controllers/account-resolver.ts';
import { QueryController } from '../controllers/query-controller.ts';
import { QuoteFeed } from '../controllers/quote-feed.ts';
import type { StateSource } from '../controllers/state-source.ts';
import type { Live } from '../live/live-value.ts';
import type { LivePosition } from './pnl.ts';
import { LivePositions } from './live-positions.ts';

export interface PositionsFeedOptions {
  /** Whether the positions' quotes stream (default: always); e.g. not for realized P&L. */
  streams?: () => boolean;
  /** Called once per frame when quotes of shown positions changed (e.g. to re-sort, bounded). */
  onQuotes?: () => void;
}

/**
 * The account's positions marked to the live market: the account in effect, its positions
 * query, the quotes of their securities and one live row per position. What the positions and
 * P&L leaders tables both build on.
 */
export class PositionsFeed {
  readonly account: AccountResolver;
  readonly query: QueryController<PositionResource[]>;
  readonly quotes: QuoteFeed;
  readonly #live: LivePositions;

  constructor(host: AccountHost, options: PositionsFeedOptions = {}) {
    this.account = new AccountResolver(host);
    this.query = new QueryController<PositionResource[]>(host, (session) => {
      const accountId = this.account.accountId(session);
      return accountId == null ? null : positionsQuery(session.client, accountId);
    });
    const streams = options.streams ?? (() => true);
    this.quotes = new QuoteFeed(
      host,
      () =>
        streams()
          ? (this.query.data ?? [])
              .map((p) => p.SecurityId)
              .filter((id): id is number => typeof id === 'number')
          : [],
      () => options.onQuotes?.(),
    );
    this.#live = new LivePositions(this.quotes);
  }

  /** The positions as last fetched (empty until they are). */
  get positions(): readonly PositionResource[] {
    return this.query.data ?? [];
  }

  /** The position's live row (recomputed only when its quote changes). */
  row(position: PositionResource): Live<LivePosition> {
    return this.#live.of(position);
  }

  /** The live values of the position in `symbol`, if the account holds it. */
  valuesOf(symbol: string): LivePosition | undefined {
    const position = this.positions.find((p) => p.Symbol === symbol);
    return position && this.row(position).value;
  }

  /** What the element's state (loading, error, retry) depends on for a session. */
  sources(session: Session | undefined): StateSource[] {
    const accountId = this.account.accountId(session);
    return [...this.account.sources, ...(accountId != null ? [this.query] : [])];
  }

  /** Whether what is shown may be out of date (the stream or the list). */
  get stale(): boolean {
    return this.quotes.stale || this.query.stale;
  }
}

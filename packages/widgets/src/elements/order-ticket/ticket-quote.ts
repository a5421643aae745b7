import type { EquityResource } from '@autoshares/client';
import { isRateLimited } from '../../base/view-states.ts';
import { QueryController, type SessionHost } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import type { StateSource } from '../../controllers/state-source.ts';
import { errorCode } from '../../orders/placement/placement-support.ts';
import { msg } from '../../locale/msg.ts';

/** What the ticket says while rate limited (it has no Retry: the query cache retries by itself). */
export const rateLimitedMessage = (): string =>
  msg(
    'AutoShares is rate limiting requests right now (too many requests). The ticket tries again by itself as soon as it is allowed.',
  );

/**
 * A source held back by rate limiting: its last failure was a 429 (the client's query cache
 * retries it unasked, honouring `Retry-After`, and keeps the failure until it succeeds), or its
 * first request waits out a 429 before trying again.
 */
export function rateLimited(source: StateSource): boolean {
  if (source.status === 'error') return isRateLimited(source.error);
  return !source.hasData && !!source.fetching && source.rateLimitedUntil !== undefined;
}

/**
 * The security the ticket trades and its live quote: the shared equity query for the ticker
 * (a normal `QueryController`, recovered by the query cache) and the `Quote` stream for it.
 */
export class TicketQuote {
  /** The security's reference data. */
  readonly equity: QueryController<EquityResource>;
  /** Its live bid/ask/last. */
  readonly quotes: QuoteController;

  constructor(host: SessionHost, ticker: () => string | undefined) {
    this.equity = new QueryController<EquityResource>(host, (session) => {
      const symbol = ticker();
      return symbol ? session.client.resources.equity(symbol) : null;
    });
    this.quotes = new QuoteController(host, () =>
      this.equity.data?.Id != null ? [this.equity.data.Id] : [],
    );
  }

  /** The security for the checks: null when the server says the symbol does not exist. */
  get security(): EquityResource | null | undefined {
    if (this.equity.data) return this.equity.data;
    if (this.equity.status === 'error' && errorCode(this.equity.error) === 'not_found') return null;
    return undefined;
  }

  /** The latest quote of the security, if any. */
  get quote() {
    return this.quotes.get(this.equity.data?.Id);
  }
}

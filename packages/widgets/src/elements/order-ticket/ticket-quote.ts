import type { EquityResource, OptionResource } from '@autoshares/client';
import { equityQuery, optionQuery } from '@autoshares/client';
import { isRateLimited } from '../../base/view-states.ts';
import { QueryController, type SessionHost } from '../../controllers/query-controller.ts';
import { QuoteController } from '../../controllers/quote-controller.ts';
import type { StateSource } from '../../controllers/state-source.ts';
import { errorCode } from '../../orders/placement/placement-support.ts';
import { msg } from '../../locale/msg.ts';
import { isOsiSymbol } from '../../options/contract.ts';

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

/** What the ticket trades: an equity, or an option contract with its terms. */
export type TradedSecurity = EquityResource &
  Partial<
    Pick<OptionResource, 'OptionType' | 'StrikePrice' | 'ExpirationDate' | 'UnderlyingAssetSymbol'>
  >;

/** Whether the ticket trades an option contract. */
export const isOptionContract = (security: TradedSecurity | null | undefined): boolean =>
  security?.Type === 'Option';

/**
 * The security the ticket trades and its live quote: the shared query of the equity, or of the
 * option contract for an OSI symbol (a normal `QueryController`, recovered by the query cache),
 * and the `Quote` stream for it.
 */
export class TicketQuote {
  /** The security's reference data. */
  readonly instrument: QueryController<TradedSecurity>;
  /** Its live bid/ask/last. */
  readonly quotes: QuoteController;

  constructor(host: SessionHost, ticker: () => string | undefined) {
    this.instrument = new QueryController<TradedSecurity>(host, (session) => {
      const symbol = ticker();
      if (!symbol) return null;
      return isOsiSymbol(symbol)
        ? optionQuery(session.client, symbol)
        : equityQuery(session.client, symbol);
    });
    this.quotes = new QuoteController(host, () =>
      this.instrument.data?.Id != null ? [this.instrument.data.Id] : [],
    );
  }

  /** The security for the checks: null when the server says the symbol does not exist. */
  get security(): TradedSecurity | null | undefined {
    if (this.instrument.data) return this.instrument.data;
    if (this.instrument.status === 'error' && errorCode(this.instrument.error) === 'not_found')
      return null;
    return undefined;
  }

  /** The latest quote of the security, if any. */
  get quote() {
    return this.quotes.get(this.instrument.data?.Id);
  }
}

/** Option chains: an underlying's expirations, and one expiration's chain. */
import { and, eq } from '../../filter/filter.ts';
import type { DateInput } from '../../http/dates.ts';
import type { OptionChainResource, OptionExpirationResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The underlying's option expirations (contract lists change rarely: kept an hour). */
export function optionExpirationsQuery(
  { api }: ResourceContext,
  underlying: string,
): QueryDef<OptionExpirationResource[]> {
  const symbol = underlying.trim().toUpperCase();
  return {
    key: ['security', 'option-expirations', symbol],
    fetch: (signal, hooks) => api.securities.expirations(symbol, { signal, ...hooks }),
    staleTimeMs: STALE_TIMES.security,
  };
}

/**
 * One expiration of the underlying's option chain (`Expiration = #…#`), with `range` strikes
 * each side of the centre (`Range = n`), or every strike when `range` is 0.
 */
export function optionChainQuery(
  { api }: ResourceContext,
  underlying: string,
  expiration: DateInput,
  range = 0,
): QueryDef<OptionChainResource> {
  const symbol = underlying.trim().toUpperCase();
  const day = new Date(expiration).getTime();
  const filter = and(eq('Expiration', new Date(day)), range > 0 && eq('Range', range));
  return {
    key: ['security', 'option-chain', symbol, day, range],
    fetch: (signal, hooks) => api.securities.optionChain(symbol, { filter, signal, ...hooks }),
    staleTimeMs: STALE_TIMES.security,
  };
}

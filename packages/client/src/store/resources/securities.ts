/** Equities: by ticker or id, and the symbol look-up. */
import type { EquityResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** An equity by ticker (upper-cased) or id; also what resolves tickers to SecurityIds. */
export function equityQuery(
  { api }: ResourceContext,
  symbolOrId: string | number,
): QueryDef<EquityResource> {
  const id = typeof symbolOrId === 'string' ? symbolOrId.trim().toUpperCase() : symbolOrId;
  return {
    key: ['security', 'equity', id],
    fetch: (signal, hooks) => api.securities.equity(id, { signal, ...hooks }),
    staleTimeMs: STALE_TIMES.security,
  };
}

/** Up to `count` equities whose symbol or name matches `mask`. */
export const lookupQuery = (
  { api }: ResourceContext,
  mask: string,
  count = 10,
): QueryDef<EquityResource[]> => ({
  key: ['security', 'lookup', mask.trim().toUpperCase(), count],
  fetch: (signal, hooks) => api.securities.lookup(mask.trim(), { count, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.lookup,
});

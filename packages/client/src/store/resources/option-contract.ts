/** One option contract, by OSI symbol or id (what an order ticket for an option shows). */
import type { OptionResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** An option contract by OSI symbol (spaces kept) or id. */
export function optionQuery(
  { api }: ResourceContext,
  symbolOrId: string | number,
): QueryDef<OptionResource> {
  const id = typeof symbolOrId === 'string' ? symbolOrId.trim().toUpperCase() : symbolOrId;
  return {
    key: ['security', 'option', id],
    fetch: (signal, hooks) => api.securities.option(id, { signal, ...hooks }),
    staleTimeMs: STALE_TIMES.security,
  };
}

/** News about a symbol. */
import type { NewsResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The newest news items about `symbol`. */
export const newsQuery = ({ api }: ResourceContext, symbol: string): QueryDef<NewsResource[]> => ({
  key: ['news', symbol.trim().toUpperCase()],
  fetch: (signal, hooks) => api.news.list(symbol.trim(), { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.news,
});

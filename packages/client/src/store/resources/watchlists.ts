/** The user's watchlists, kept current by the user's data stream. */
import type { WatchlistModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, combineLive, userLive, type ResourceContext } from './context.ts';

/** Every watchlist of the user, with its securities. */
export const watchlistsQuery = (ctx: ResourceContext): QueryDef<WatchlistModel[]> => ({
  key: queryKeys.watchlists(),
  fetch: (signal, hooks) => ctx.api.watchlists.list({ includeSecurities: true, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.watchlists,
  live: userLive(ctx),
});

/** One watchlist with its securities; live: the user's lists and this list's content. */
export const watchlistQuery = (
  { api, live }: ResourceContext,
  watchlistId: number,
): QueryDef<WatchlistModel> => ({
  key: queryKeys.watchlist(watchlistId),
  fetch: (signal, hooks) =>
    api.watchlists.get(watchlistId, { includeSecurities: true, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.watchlists,
  live: live ? () => combineLive([live.user(), live.watchlist(watchlistId)]) : undefined,
});

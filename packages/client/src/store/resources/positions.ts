/** An account's positions: all of them, grouped, and the largest. */
import type { GroupPositionsResource, PositionResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, accountLive, type ResourceContext } from './context.ts';

/** Every position of the account (all pages, bounded). */
export const positionsQuery = (
  ctx: ResourceContext,
  accountId: number,
): QueryDef<PositionResource[]> => ({
  key: queryKeys.positions(accountId),
  fetch: (signal, hooks) => ctx.api.positions.all(accountId, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.positions,
  live: accountLive(ctx, accountId),
});

/** The account's positions grouped by underlying. */
export const positionGroupsQuery = (
  ctx: ResourceContext,
  accountId: number,
): QueryDef<GroupPositionsResource[]> => ({
  key: [...queryKeys.positions(accountId), 'groups'],
  fetch: (signal, hooks) => ctx.api.positions.groups(accountId, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.positions,
  live: accountLive(ctx, accountId),
});

/** The account's `count` largest position groups. */
export const topPositionsQuery = (
  ctx: ResourceContext,
  accountId: number,
  count = 5,
): QueryDef<GroupPositionsResource[]> => ({
  key: [...queryKeys.positions(accountId), 'top', count],
  fetch: (signal, hooks) => ctx.api.positions.top(accountId, count, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.positions,
  live: accountLive(ctx, accountId),
});

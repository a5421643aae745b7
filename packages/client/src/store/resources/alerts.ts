/** The user's price alerts, kept current by the user's data stream. */
import type { Page, PriceAlertInfoModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, userLive, type ResourceContext } from './context.ts';

/** The user's price alerts. */
export const alertsQuery = (ctx: ResourceContext): QueryDef<Page<PriceAlertInfoModel>> => ({
  key: queryKeys.alerts(),
  fetch: (signal, hooks) => ctx.api.alerts.list({ signal, ...hooks }),
  staleTimeMs: STALE_TIMES.alerts,
  live: userLive(ctx),
});

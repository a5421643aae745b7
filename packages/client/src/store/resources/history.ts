/** Price history (candles, with indicators) of a security. */
import type { CandlesRequest } from '../../api/history.ts';
import type { ChartHistoryModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The candles of a security over a period (or range), with the requested indicators. */
export function candlesQuery(
  { api }: ResourceContext,
  request: Omit<CandlesRequest, 'signal' | 'timeoutMs'>,
): QueryDef<ChartHistoryModel> {
  const sec =
    typeof request.security === 'string' ? request.security : (request.security.Symbol ?? '');
  return {
    key: [
      'history',
      sec.toUpperCase(),
      request.period,
      request.interval ?? null,
      request.from === undefined ? null : +request.from,
      request.to === undefined ? null : +request.to,
      request.candlesCount ?? null,
      (request.indicators ?? []).map((i) => i.signature).join(';'),
    ],
    fetch: (signal, hooks) => api.history.candles({ ...request, signal, ...hooks }),
    staleTimeMs: STALE_TIMES.history,
  };
}

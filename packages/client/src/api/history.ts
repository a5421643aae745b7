/**
 * Chart history (api-reference §9): `PUT /v1.0/history/symbols` is a read despite the verb, so
 * it is marked safe (retried like a GET). Dates in and out are epoch ms (wire: Unix seconds).
 */
import { toUnixSeconds, type DateInput } from '../http/dates.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { Candle, ChartHistoryModel, Schemas, SecuritySignature } from '../types.ts';
import { listOf, objectOf, toSignature } from './shared.ts';

import { CHART_INTERVAL, type ChartPeriod } from '../contract/chart-history.ts';

export { CHART_INTERVAL, type ChartPeriod };

export interface IndicatorRequest {
  /** e.g. `SMA|1h|false|10|0`, `MACD|1h|false|12|26|9`. */
  signature: string;
  offset?: number;
}

export interface CandlesRequest extends CallOptions {
  /** Ticker, or `{Symbol, Exchange?, Currency?}`. */
  security: string | SecuritySignature;
  period: ChartPeriod;
  from?: DateInput;
  to?: DateInput;
  /** Instead of `from`: the last N candles up to `to`. */
  candlesCount?: number;
  /** Default `Custom` (-3) with from/to, `CustomCandles` (-11) with candlesCount. */
  interval?: number;
  /** Include extended-hours candles. */
  includeNonMarketData?: boolean;
  indicators?: IndicatorRequest[];
}

/** The time window both chart calls send: Unix seconds, and the interval code that fits it. */
function historySettings(o: Omit<CandlesRequest, 'security' | 'indicators'>) {
  const { period, from, to = Date.now(), candlesCount, interval } = o;
  return {
    StartDate: from === undefined ? 0 : toUnixSeconds(from),
    EndDate: toUnixSeconds(to),
    CandlesCount: candlesCount ?? -1,
    Period: period,
    Interval:
      interval ??
      (candlesCount !== undefined ? CHART_INTERVAL.CustomCandles : CHART_INTERVAL.Custom),
  };
}

export function createHistoryApi(http: HttpTransport) {
  const put = async (
    path: string,
    json: unknown,
    { signal, timeoutMs, onQueued, onSent }: CallOptions,
  ) =>
    http.request({
      ...{ signal, timeoutMs, onQueued, onSent },
      method: 'PUT',
      path,
      json,
      category: 'history',
      safe: true,
    });

  return {
    /** Candles (and indicators) for one security. */
    async candles(request: CandlesRequest): Promise<ChartHistoryModel> {
      const { security, includeNonMarketData = false, indicators = [] } = request;
      const settings = historySettings(request);
      const body: Schemas['ChartHistoryRequestModel'] = {
        Security: toSignature(security),
        SecurityHistorySettings: { ...settings, IncludeNonMarketData: includeNonMarketData },
        IndicatorsHistorySettings: indicators.map((i) => ({
          Signature: i.signature,
          StartDate: settings.StartDate,
          EndDate: settings.EndDate,
          Period: settings.Period,
          Offset: i.offset ?? 0,
          CandlesCount: settings.CandlesCount,
          IncludeNonMarketData: includeNonMarketData,
        })),
      };
      return objectOf(await put('v1.0/history/symbols', body, request));
    },
    /** `PUT /v1.0/history/compare`: one candle series per security, in request order. */
    async compare(
      securities: Array<string | SecuritySignature>,
      options: Omit<CandlesRequest, 'security' | 'indicators'>,
    ): Promise<Candle[][]> {
      const body = {
        Securities: securities.map(toSignature),
        SecuritiesHistorySettings: historySettings(options),
      };
      return listOf(await put('v1.0/history/compare', body, options));
    },
  };
}
export type HistoryApi = ReturnType<typeof createHistoryApi>;

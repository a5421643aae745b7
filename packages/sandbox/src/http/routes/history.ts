/**
 * Charts (api-reference §9): `PUT /v1.0/history/symbols` (candles + indicators) and
 * `PUT /v1.0/history/compare` (candles of several securities). A body that does not bind is a
 * 422 with a ModelState body; an unknown security is the 409 "Chart data cannot be provided".
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { chartHistory, type IndicatorRequest } from '../../world/market/chart.ts';
import { CHART_PERIODS } from '@autoshares/client/contract';
import { isPeriod, type HistoryQuery } from '../../world/market/history.ts';
import { conflict, validationError } from '../errors.ts';
import { jsonBody } from '../query.ts';
import type { MarketRouteDeps } from './market-deps.ts';

type Json = Record<string, unknown>;

/** Reads a property case-insensitively (Json.NET binds that way). */
function prop(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (obj as Json)[key];
}

const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Collects binding errors as ModelState entries under `prefix`. */
class Binder {
  readonly errors: Record<string, string[]> = {};
  add(key: string, message: string): void {
    (this.errors[key] ??= []).push(message);
  }
  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw validationError(this.errors, 422);
  }
}

/** Binds `SecurityHistorySettings`-like settings into a history query. */
function bindSettings(
  raw: unknown,
  prefix: string,
  b: Binder,
  fallback?: HistoryQuery,
): HistoryQuery {
  if (!isObject(raw)) {
    if (fallback) return fallback;
    b.add(prefix, 'The settings are required.');
    return { period: '1D', interval: 0 };
  }
  const period = prop(raw, 'Period') ?? fallback?.period;
  if (!isPeriod(period))
    b.add(`${prefix}.Period`, `Period must be one of ${CHART_PERIODS.join(', ')}.`);
  const num = (name: string, fallbackValue?: number): number | undefined => {
    const v = prop(raw, name);
    if (v === undefined || v === null) return fallbackValue;
    if (!isInt(v)) {
      b.add(`${prefix}.${name}`, `Could not convert ${JSON.stringify(v)} to an integer.`);
      return undefined;
    }
    return v;
  };
  const nonMarket = prop(raw, 'IncludeNonMarketData');
  if (nonMarket !== undefined && nonMarket !== null && typeof nonMarket !== 'boolean') {
    b.add(`${prefix}.IncludeNonMarketData`, 'Could not convert to a boolean.');
  }
  return {
    period: isPeriod(period) ? period : '1D',
    interval: num('Interval', fallback?.interval) ?? 0,
    startDate: num('StartDate', fallback?.startDate),
    endDate: num('EndDate', fallback?.endDate),
    candlesCount: num('CandlesCount', fallback?.candlesCount),
    includeNonMarketData:
      nonMarket === true || (nonMarket === undefined && fallback?.includeNonMarketData === true),
  };
}

function symbolOf(raw: unknown, key: string, b: Binder): string {
  const symbol = prop(raw, 'Symbol');
  if (typeof symbol !== 'string' || symbol.trim() === '') {
    b.add(`${key}.Symbol`, 'The Symbol field is required.');
    return '';
  }
  return symbol.trim();
}

const chartUnavailable = () => conflict('Chart data cannot be provided');

export function registerHistoryRoutes(
  app: Hono<SandboxEnv>,
  { world: { market } }: MarketRouteDeps,
): void {
  app.put('/v1.0/history/symbols', async (c) => {
    const body = await jsonBody<unknown>(c, 'model');
    const b = new Binder();
    const security = prop(body, 'Security');
    const symbol = isObject(security)
      ? symbolOf(security, 'model.Security', b)
      : (b.add('model.Security', 'The Security field is required.'), '');
    const query = bindSettings(
      prop(body, 'SecurityHistorySettings'),
      'model.SecurityHistorySettings',
      b,
    );
    const rawIndicators = prop(body, 'IndicatorsHistorySettings') ?? [];
    const indicators: IndicatorRequest[] = [];
    if (!Array.isArray(rawIndicators)) {
      b.add('model.IndicatorsHistorySettings', 'Must be an array.');
    } else {
      rawIndicators.forEach((raw, i) => {
        const key = `model.IndicatorsHistorySettings[${i}]`;
        const signature = prop(raw, 'Signature');
        if (typeof signature !== 'string' || signature.trim() === '')
          b.add(`${key}.Signature`, 'The Signature field is required.');
        indicators.push({
          signature: String(signature ?? ''),
          query: bindSettings(raw, key, b, query),
        });
      });
    }
    b.throwIfAny();
    const chart = chartHistory(market, symbol, query, indicators);
    if (!chart) throw chartUnavailable();
    return c.json(chart);
  });

  app.put('/v1.0/history/compare', async (c) => {
    const body = await jsonBody<unknown>(c, 'model');
    const b = new Binder();
    const securities = prop(body, 'Securities');
    const symbols: string[] = [];
    if (!Array.isArray(securities) || securities.length === 0) {
      b.add('model.Securities', 'At least one security is required.');
    } else {
      securities.forEach((s, i) => symbols.push(symbolOf(s, `model.Securities[${i}]`, b)));
    }
    const query = bindSettings(
      prop(body, 'SecuritiesHistorySettings'),
      'model.SecuritiesHistorySettings',
      b,
    );
    b.throwIfAny();
    const series = symbols.map((s) => market.history(s, query));
    if (series.some((s) => s === null)) throw chartUnavailable();
    return c.json(series);
  });
}

/**
 * Chart history parameters (api-reference §9.1): the bar sizes (`Period`) and the `Interval`
 * codes the history endpoint accepts. The spec types both as plain strings and integers.
 */

/** Bar sizes the API accepts, shortest first. */
export const CHART_PERIODS = [
  '1m',
  '2m',
  '3m',
  '5m',
  '10m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '1D',
  '1W',
  '1M',
  '3M',
  '6M',
  '1Y',
] as const;
export type ChartPeriod = (typeof CHART_PERIODS)[number];

/** `Interval` codes: how far back the bars reach (negative codes name a range ending now). */
export const CHART_INTERVAL = {
  Candles: 0,
  All: -1,
  YearToDate: -2,
  Custom: -3,
  Day1: -4,
  Week1: -5,
  Month1: -6,
  Month3: -7,
  Month6: -8,
  Year1: -9,
  Year3: -10,
  CustomCandles: -11,
  Day3: -12,
  Today: -13,
} as const;
export type ChartInterval = (typeof CHART_INTERVAL)[keyof typeof CHART_INTERVAL];

/**
 * What the host's Sharesight bridge answers (`@autoshares/host`, `createSharesightBridge`):
 * Sharesight's own v3/v2 shapes, reduced to the fields this element reads. Every figure is
 * Sharesight's; the element computes none of them.
 */

/** `GET portfolios`. */
export interface PortfolioList {
  portfolios: PortfolioSummary[];
}

export interface PortfolioSummary {
  id: number;
  name: string;
  currency_code: string;
  inception_date: string;
}

/** The gain figures Sharesight reports for the portfolio, a group and a holding. */
export interface GainFigures {
  value: number;
  capital_gain: number;
  capital_gain_percent: number;
  payout_gain: number;
  payout_gain_percent: number;
  currency_gain: number;
  currency_gain_percent: number;
  total_gain: number;
  total_gain_percent: number;
}

export interface ReportHolding extends GainFigures {
  id: number;
  quantity: number;
  instrument: { code: string; name: string; market_code: string; currency_code?: string };
  group_id: number | null;
  group_name: string | null;
}

export interface ReportSubTotal extends GainFigures {
  group_id: number | null;
  group_name: string | null;
}

/** `GET portfolios/{id}/performance`: `{ report }`. */
export interface PerformanceAnswer {
  report: GainFigures & {
    start_date: string;
    end_date: string;
    grouping: string;
    currency: { code: string };
    holdings: ReportHolding[];
    sub_totals: ReportSubTotal[];
  };
}

/** `GET portfolios/{id}/index-chart`: a line per portfolio/group, scaled to 10,000 at the start. */
export interface IndexChartAnswer {
  performance_index_chart: {
    dates: string[];
    lines: { label: string; line_type: string; values: number[] }[];
  };
}

/** `GET portfolios/{id}/payouts`: Sharesight v2 payouts (dividends). */
export interface PayoutsAnswer {
  payouts: Payout[];
}

export interface Payout {
  id: number;
  symbol: string;
  paid_on: string;
  amount: number;
  currency: string;
}

/** The groupings the bridge passes on (Sharesight's `grouping` parameter). */
export const GROUPINGS = [
  'market',
  'currency',
  'country',
  'industry_classification',
  'sector_classification',
  'ungrouped',
] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A `grouping` attribute value, else `market` (Sharesight's default). */
export function grouping(value: string | null | undefined): Grouping {
  return (GROUPINGS as readonly string[]).includes(value ?? '') ? (value as Grouping) : 'market';
}

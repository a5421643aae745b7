/**
 * Sharesight's JSON shapes (v3 portfolios, holdings, performance report, index chart; v2
 * payouts) built from the seeded data in `data.ts`. Figures are computed, never stored:
 * value = quantity × price × today's AUD/USD; capital gain at today's rate; currency gain =
 * cost × (today's rate − the rate when bought); payout gain = payouts paid in the period at
 * their own rates. Gains and percentages are rounded to 2 decimals as the API documents.
 */
import {
  AUD_PER_USD,
  CURRENCIES,
  userById,
  type Holding,
  type Payout,
  type Portfolio,
} from './data.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;
const percent = (gain: number, base: number): number =>
  base === 0 ? 0 : round2((gain / base) * 100);

/** The groupings the sandbox accepts (a subset of Sharesight's). */
export const GROUPINGS = [
  'market',
  'currency',
  'country',
  'industry_classification',
  'sector_classification',
  'ungrouped',
] as const;
export type Grouping = (typeof GROUPINGS)[number];

const US_COUNTRY_ID = 49;

export function portfolioJson(p: Portfolio) {
  const owner = userById(p.userId);
  return {
    id: p.id,
    consolidated: false,
    name: p.name,
    external_identifier: null,
    tz_name: 'Australia/Sydney',
    default_sale_allocation_method: 'fifo',
    cg_discount: '0.5',
    financial_year_end: '06-30',
    interest_method: 'simple',
    country_code: 'AU',
    currency_code: 'AUD',
    inception_date: p.inceptionDate,
    access_level: 'OWNER',
    user_id: p.userId,
    owner_name: owner ? `${owner.firstName} ${owner.lastName}` : '',
    rwtr_rate: null,
    trader: false,
    disable_automatic_transactions: false,
    tax_entity_type: null,
    trade_sync_cash_account_id: null,
    payout_sync_cash_account_id: null,
  };
}

function instrumentJson(h: Holding) {
  const i = h.instrument;
  return {
    code: i.code,
    country_id: US_COUNTRY_ID,
    crypto: false,
    currency_code: 'USD',
    expires_on: null,
    expired: false,
    id: i.id,
    market_code: i.market_code,
    name: i.name,
    supported_denominations: null,
    tz_name: 'America/New_York',
    industry_classification_name: i.industry,
    sector_classification_name: i.sector,
    friendly_instrument_description: 'Ordinary Shares',
    friendly_instrument_description_code: 'ordinary_shares',
  };
}

const portfolioRef = (p: Portfolio) => ({ id: p.id, consolidated: false, name: p.name });

function group(
  h: Holding,
  grouping: Grouping,
): { group_id: number | null; group_name: string | null } {
  const i = h.instrument;
  switch (grouping) {
    case 'market':
      return { group_id: i.market_code === 'NASDAQ' ? 5 : 6, group_name: i.market_code };
    case 'currency':
      return { group_id: CURRENCIES.USD.id, group_name: 'USD' };
    case 'country':
      return { group_id: US_COUNTRY_ID, group_name: 'United States' };
    case 'industry_classification':
      return { group_id: nameId(i.industry), group_name: i.industry };
    case 'sector_classification':
      return { group_id: nameId(i.sector), group_name: i.sector };
    case 'ungrouped':
      return { group_id: null, group_name: null };
  }
}

/** A stable small id for a group name. */
function nameId(name: string): number {
  let n = 0;
  for (const ch of name) n = (n * 31 + ch.charCodeAt(0)) % 100_000;
  return n;
}

export function holdingJson(p: Portfolio, h: Holding, grouping: Grouping = 'ungrouped') {
  return {
    id: h.id,
    instrument: instrumentJson(h),
    instrument_currency: CURRENCIES.USD,
    symbol: h.instrument.code,
    valid_position: h.quantity > 0,
    portfolio: portfolioRef(p),
    ...group(h, grouping),
  };
}

const inRange = (date: string, start: string, end: string) => date >= start && date <= end;

interface Gains {
  value: number;
  cost: number;
  capital_gain: number;
  payout_gain: number;
  currency_gain: number;
}

function gainsOf(h: Holding, start: string, end: string): Gains {
  const cost = h.quantity * h.costPrice * h.costFx;
  const payouts = h.payouts
    .filter((x) => inRange(x.paidOn, start, end))
    .reduce((sum, x) => sum + x.amount * x.exchangeRate, 0);
  return {
    value: h.quantity * h.price * AUD_PER_USD,
    cost,
    capital_gain: h.quantity * (h.price - h.costPrice) * AUD_PER_USD,
    currency_gain: h.quantity * h.costPrice * (AUD_PER_USD - h.costFx),
    payout_gain: payouts,
  };
}

function sum(list: Gains[]): Gains {
  const total: Gains = { value: 0, cost: 0, capital_gain: 0, payout_gain: 0, currency_gain: 0 };
  for (const g of list) for (const k of Object.keys(total) as (keyof Gains)[]) total[k] += g[k];
  return total;
}

function figures(g: Gains) {
  const total = g.capital_gain + g.payout_gain + g.currency_gain;
  return {
    capital_gain: round2(g.capital_gain),
    capital_gain_percent: percent(g.capital_gain, g.cost),
    payout_gain: round2(g.payout_gain),
    payout_gain_percent: percent(g.payout_gain, g.cost),
    currency_gain: round2(g.currency_gain),
    currency_gain_percent: percent(g.currency_gain, g.cost),
    total_gain: round2(total),
    total_gain_percent: percent(total, g.cost),
  };
}

export interface ReportPeriod {
  start: string;
  end: string;
}

export function performanceReport(
  p: Portfolio,
  period: ReportPeriod,
  grouping: Grouping,
  includeSales: boolean,
) {
  const rows = p.holdings.map((h) => ({
    h,
    g: gainsOf(h, period.start, period.end),
    grp: group(h, grouping),
  }));
  const groups = new Map<string, { grp: ReturnType<typeof group>; gains: Gains[] }>();
  for (const row of rows) {
    const key = String(row.grp.group_id);
    const entry = groups.get(key) ?? { grp: row.grp, gains: [] };
    entry.gains.push(row.g);
    groups.set(key, entry);
  }
  const total = sum(rows.map((r) => r.g));
  return {
    id: `PerformanceReport_${p.id}`,
    portfolio_id: p.id,
    portfolio_tz_name: 'Australia/Sydney',
    value: round2(total.value),
    grouping,
    currency: CURRENCIES.AUD,
    start_date: period.start,
    end_date: period.end,
    include_sales: includeSales,
    ...figures(total),
    percentages_annualised: false,
    holdings: rows.map(({ h, g, grp }) => ({
      id: h.id,
      instrument: instrumentJson(h),
      quantity: h.quantity,
      value: round2(g.value),
      valid_position: h.quantity > 0,
      instrument_price: h.price,
      instrument_currency: CURRENCIES.USD,
      portfolio: portfolioRef(p),
      labels: [],
      ...grp,
      ...figures(g),
      number_of_unconfirmed_transactions: 0,
    })),
    sub_totals: [...groups.values()].map(({ grp, gains }) => {
      const g = sum(gains);
      return { value: round2(g.value), ...grp, ...figures(g) };
    }),
    cash_accounts: [],
  };
}

/** Up to 20 evenly spaced dates from start to end (inclusive), YYYY-MM-DD. */
function chartDates(start: string, end: string): string[] {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  const days = Math.round((to - from) / 86_400_000);
  const points = Math.min(20, days + 1);
  if (points <= 1) return [start];
  const out: string[] = [];
  for (let i = 0; i < points; i++) {
    const t = from + Math.round((days * i) / (points - 1)) * 86_400_000;
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return [...new Set(out)];
}

/**
 * The index chart: the portfolio's line starts at 10,000 points and ends at 10,000 × (1 + total
 * gain % / 100) of the same period; points between follow a fixed, deterministic wave.
 */
export function indexChart(p: Portfolio, period: ReportPeriod, grouping: Grouping) {
  const dates = chartDates(period.start, period.end);
  const line = (label: string, line_type: 'PORTFOLIO' | 'GROUP', gainPercent: number) => {
    const last = dates.length - 1;
    const values = dates.map((_, i) => {
      if (i === 0) return 10_000;
      const t = i / last;
      const wave = i === last ? 0 : Math.sin(i * 1.7) * 250;
      return Math.round(10_000 * (1 + (gainPercent / 100) * t) + wave);
    });
    return { label, line_type, values };
  };
  const report = performanceReport(p, period, grouping, false);
  const lines = [line(p.name, 'PORTFOLIO', report.total_gain_percent)];
  if (grouping !== 'ungrouped')
    for (const s of report.sub_totals)
      lines.push(line(s.group_name ?? '', 'GROUP', s.total_gain_percent));
  return {
    id: p.id,
    portfolio_id: p.id,
    portfolio_tz_name: 'Australia/Sydney',
    start_date: period.start,
    end_date: period.end,
    consolidated: false,
    dates,
    lines,
  };
}

const NON_RESIDENT_WITHHOLDING = 0.15;

/** A v2 payout of a holding. */
export function payoutJson(p: Portfolio, h: Holding, x: Payout, origin: string) {
  const gross = round2(x.amount / (1 - NON_RESIDENT_WITHHOLDING));
  return {
    id: x.id,
    portfolio_id: p.id,
    holding_id: h.id,
    instrument_id: h.instrument.id,
    symbol: h.instrument.code,
    market: h.instrument.market_code,
    paid_on: x.paidOn,
    ex_date: x.exDate,
    amount: x.amount,
    gross_amount: gross,
    transaction_description: 'DIV',
    resident_withholding_tax: 0,
    non_resident_withholding_tax: round2(gross - x.amount),
    tax_credit: 0,
    currency: 'USD',
    exchange_rate: x.exchangeRate,
    non_taxable: false,
    comments: null,
    other_net_fsi: 0,
    lic_capital_gain: 0,
    company_event_id: null,
    state: 'confirmed',
    links: { portfolio: `${origin}/api/v2/portfolios/${p.id}` },
  };
}

/** Payouts of the given holdings in a period, by paid_on or ex_date. */
export function payoutsJson(
  p: Portfolio,
  holdings: Holding[],
  period: ReportPeriod,
  useDate: 'paid_on' | 'ex_date',
  origin: string,
) {
  return holdings.flatMap((h) =>
    h.payouts
      .filter((x) => inRange(useDate === 'paid_on' ? x.paidOn : x.exDate, period.start, period.end))
      .map((x) => payoutJson(p, h, x, origin)),
  );
}

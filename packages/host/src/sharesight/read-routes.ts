/**
 * The narrow read API the browser gets, and how each route maps to Sharesight: only these
 * paths, only these query parameters (each value checked), only portfolios the signed-in
 * person's own grant lists. Everything else is refused before Sharesight is asked.
 */

/** A refusal of the browser's request: HTTP status, code, readable message. */
export class ReadRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const GROUPINGS = [
  'market',
  'currency',
  'country',
  'industry_classification',
  'sector_classification',
  'ungrouped',
];

const checks: Record<string, (value: string) => boolean> = {
  start_date: (v) => DATE.test(v) && !Number.isNaN(Date.parse(v)),
  end_date: (v) => DATE.test(v) && !Number.isNaN(Date.parse(v)),
  grouping: (v) => GROUPINGS.includes(v),
  include_sales: (v) => v === 'true' || v === 'false',
};

/** A portfolio report the browser may read. */
export interface ReadRoute {
  /** Sharesight's path for a portfolio id. */
  path(portfolioId: number): string;
  /** Query parameters passed on (checked by {@link checks}). */
  params: readonly string[];
  /** The part of Sharesight's answer the browser gets. */
  pick(body: Record<string, unknown>): unknown;
}

export const READ_ROUTES: Record<string, ReadRoute> = {
  performance: {
    path: (id) => `/api/v3/portfolios/${id}/performance`,
    params: ['start_date', 'end_date', 'grouping', 'include_sales'],
    pick: (body) => ({ report: body.report }),
  },
  holdings: {
    path: (id) => `/api/v3/portfolios/${id}/holdings`,
    params: [],
    pick: (body) => ({ holdings: body.holdings }),
  },
  'index-chart': {
    path: (id) => `/api/v3/portfolios/${id}/performance_index_chart`,
    params: ['start_date', 'end_date', 'grouping'],
    pick: (body) => ({ performance_index_chart: body.performance_index_chart }),
  },
  payouts: {
    path: (id) => `/api/v2/portfolios/${id}/payouts.json`,
    params: ['start_date', 'end_date'],
    pick: (body) => ({
      payouts: Array.isArray(body.payouts)
        ? body.payouts.map((p: Record<string, unknown>) => {
            const { links: _links, ...rest } = p;
            return rest;
          })
        : [],
    }),
  },
};

/** `/portfolios/{id}/{report}` of the bridge, or null. */
export function parseReadPath(rest: string): { portfolioId: number; route: ReadRoute } | null {
  const match = /^\/portfolios\/(\d{1,12})\/([a-z-]+)$/.exec(rest);
  if (!match) return null;
  const route = Object.hasOwn(READ_ROUTES, match[2]) ? READ_ROUTES[match[2]] : undefined;
  return route ? { portfolioId: Number(match[1]), route } : null;
}

/** The query to send on: only the route's parameters, each once and valid. */
export function checkedQuery(route: ReadRoute, query: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of new Set(query.keys())) {
    if (!route.params.includes(name))
      throw new ReadRequestError(
        400,
        'unsupported_parameter',
        `The parameter "${name}" is not accepted here.`,
      );
    const values = query.getAll(name);
    if (values.length !== 1)
      throw new ReadRequestError(
        400,
        'repeated_parameter',
        `The parameter "${name}" may be given once.`,
      );
    if (!checks[name](values[0]))
      throw new ReadRequestError(400, 'invalid_parameter', `The value of "${name}" is not valid.`);
    out.set(name, values[0]);
  }
  return out;
}

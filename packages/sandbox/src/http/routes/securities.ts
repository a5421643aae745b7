/**
 * Securities (api-reference §6): equities by id/ticker, lookup by mask, the filtered paged list,
 * placeholder logos, options (by id/OSI symbol, paged list, chain, expirations) and currency rates.
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { currencyRate } from '../../world/market/currency.ts';
import { logoPng } from '../../world/market/logo.ts';
import type { EquityResource } from '../../world/market/market.ts';
import type { OptionResource } from '../../world/market/options.ts';
import { badRequest, noResource } from '../errors.ts';
import { compileFilter, FilterSyntaxError, parseFilter, type FilterLiteral } from '../filter.ts';
import { boolParam, intParam, page, queryParam, requireQuery, sortByField } from '../query.ts';
import type { MarketRouteDeps } from './market-deps.ts';

/** Filter fields the equities endpoints accept (api-reference §6, plus a few obvious ones). */
export const EQUITY_FILTER_FIELDS = [
  'Id',
  'Symbol',
  'Description',
  'Exchange',
  'Currency',
  'Type',
  'AddedDate',
  'ModifyDate',
  'Enabled',
  'AllowTrade',
  'AllowMargin',
  'AllowShort',
  'Industry',
];
export const OPTION_FILTER_FIELDS = [
  ...EQUITY_FILTER_FIELDS,
  'UnderlyingAssetSymbol',
  'SeriesId',
  'OptionType',
  'ExpirationType',
  'ExpirationDate',
  'StrikePrice',
];
const EXPIRATION_TYPES = [
  'Regular',
  'Quarterly',
  'Weekly',
  'Flex',
  'Undefined',
  'Mini',
  'NonStandard',
] as const;

/** Compiles a `filter=` value; a bad one is a 400 `{"Message":…}`. */
export function filterFrom<T>(
  c: Context,
  allowedFields: readonly string[],
): (record: T) => boolean {
  try {
    return compileFilter<T>(queryParam(c, 'filter'), { allowedFields });
  } catch (e) {
    if (e instanceof FilterSyntaxError) throw badRequest(`Invalid filter: ${e.message}`);
    throw e;
  }
}

/** Reads the four required paging parameters and answers the `PagingResult`. */
function paged<T extends object>(c: Context, items: T[]) {
  const q = requireQuery(c, ['pageNumber', 'pageSize', 'sortField', 'desc']);
  const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
  const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
  const sorted = sortByField(items, q.sortField, boolParam(q.desc, 'desc'));
  return page(c, sorted, pageNumber, pageSize);
}

/** Ranks lookup hits: exact ticker, ticker prefix (shorter first), then description matches. */
function lookupRank(s: EquityResource, mask: string): number {
  const symbol = (s.Symbol ?? '').toUpperCase();
  const m = mask.toUpperCase();
  if (symbol === m) return 0;
  if (symbol.startsWith(m)) return 1 + symbol.length / 100;
  const description = (s.Description ?? '').toUpperCase();
  if (description.split(/[\s,.-]+/).some((word) => word.startsWith(m))) return 2;
  if (description.includes(m) || (s.Exchange ?? '').toUpperCase() === m) return 3;
  return -1;
}

export function registerSecurityRoutes(
  app: Hono<SandboxEnv>,
  { world: { market } }: MarketRouteDeps,
): void {
  app.get('/v1.0/equities/lookup', (c) => {
    const q = requireQuery(c, ['mask', 'count']);
    const count = intParam(q.count, 'count', { min: 0 });
    const match = filterFrom<EquityResource>(c, EQUITY_FILTER_FIELDS);
    const mask = q.mask.trim();
    const hits = market
      .securities()
      .map((s) => ({ s, rank: lookupRank(s, mask) }))
      .filter(({ s, rank }) => rank >= 0 && match(s))
      .sort((a, b) => a.rank - b.rank || (a.s.Symbol ?? '').localeCompare(b.s.Symbol ?? ''))
      .slice(0, count)
      .map(({ s }) => s);
    return c.json(hits);
  });

  app.get('/v1.0/equities', (c) => {
    const match = filterFrom<EquityResource>(c, EQUITY_FILTER_FIELDS);
    return c.json(paged(c, market.securities().filter(match)));
  });

  app.get('/v1.0/equities/:idOrSymbol', (c) => {
    const security = market.security(c.req.param('idOrSymbol'));
    if (!security) throw noResource(c.req.url);
    return c.json(security);
  });

  const logos = new Map<string, Uint8Array>();
  app.get('/v1.0/equities/:symbol/logo', (c) => {
    const security = market.security(c.req.param('symbol'));
    if (!security?.Symbol) throw noResource(c.req.url);
    let png = logos.get(security.Symbol);
    if (!png)
      logos.set(
        security.Symbol,
        (png = logoPng(security.Symbol, market.sector(security.Symbol) ?? '')),
      );
    return c.body(png.slice().buffer, 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'max-age=86400',
    });
  });

  app.get('/v1.0/currencyRate', (c) => {
    const q = requireQuery(c, ['currency', 'targetCurrency']);
    const rate = currencyRate(q.currency, q.targetCurrency, new Date(market.now()).toISOString());
    if (!rate) throw noResource(c.req.url);
    return c.json(rate);
  });

  app.get('/v1.0/options/expirations', (c) => {
    const { underlying } = requireQuery(c, ['underlying']);
    return c.json(market.options.expirations(underlying));
  });

  app.get('/v1.0/options/optionChain/:symbol', (c) => {
    const symbol = c.req.param('symbol');
    const narrow = chainFilter(queryParam(c, 'filter'));
    const chain = market.options.optionChain(symbol, narrow);
    return c.json(chain ?? { Expirations: [] });
  });

  app.get('/v1.0/options', (c) => {
    const match = filterFrom<OptionResource>(c, OPTION_FILTER_FIELDS);
    return c.json(paged(c, market.options.all().filter(match)));
  });

  app.get('/v1.0/options/:idOrSymbol', (c) => {
    const option = market.options.find(c.req.param('idOrSymbol'));
    if (!option) throw noResource(c.req.url);
    return c.json(option);
  });
}

/**
 * Reads the option-chain filter: `Expiration = #date#`, `Range = n`, `ExpirationType = 0..6`
 * (or its name), joined with `and`. Anything else is a 400.
 */
function chainFilter(text: string | undefined) {
  const narrow: {
    expiration?: number;
    range?: number;
    expirationType?: (typeof EXPIRATION_TYPES)[number];
  } = {};
  let clauses;
  try {
    clauses = parseFilter(text ?? '').clauses;
  } catch (e) {
    if (e instanceof FilterSyntaxError) throw badRequest(`Invalid filter: ${e.message}`);
    throw e;
  }
  const literal = (c: (typeof clauses)[number]): FilterLiteral => {
    if (c.op !== '=')
      throw badRequest(`Invalid filter: only '=' is supported for ${c.field} in an option chain`);
    return c.value;
  };
  for (const clause of clauses) {
    const value = literal(clause);
    switch (clause.field.toLowerCase()) {
      case 'expiration':
        if (value.kind !== 'date') throw badRequest('Invalid filter: Expiration needs a #date#');
        narrow.expiration = Math.floor(value.value / 86_400_000) * 86_400_000;
        break;
      case 'range':
        if (value.kind !== 'number' || value.value < 0)
          throw badRequest('Invalid filter: Range needs a number');
        narrow.range = Math.floor(value.value);
        break;
      case 'expirationtype': {
        const type =
          value.kind === 'number'
            ? EXPIRATION_TYPES[value.value]
            : EXPIRATION_TYPES.find(
                (t) => value.kind === 'string' && t.toLowerCase() === value.value.toLowerCase(),
              );
        if (!type) throw badRequest('Invalid filter: ExpirationType must be 0..6');
        narrow.expirationType = type;
        break;
      }
      default:
        throw badRequest(
          `Invalid filter: unknown field '${clause.field}' (Expiration, Range, ExpirationType)`,
        );
    }
  }
  return narrow;
}

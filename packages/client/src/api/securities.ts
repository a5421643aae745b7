/** Securities: equities, options, option chains, expirations (api-reference §6). */
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type {
  EquityResource,
  OptionChainResource,
  OptionExpirationResource,
  OptionResource,
  Page,
} from '../types.ts';
import { filterText, listOf, objectOf, pageOf, type FilterInput } from './shared.ts';

export interface MarketOptions extends CallOptions {
  exchange?: string;
  currency?: string;
}
export interface LookupOptions extends CallOptions {
  /** Most results (default 10). */
  count?: number;
  filter?: FilterInput;
}
export interface SecurityListOptions extends CallOptions {
  pageNumber?: number;
  pageSize?: number;
  sortField?: string;
  desc?: boolean;
  filter?: FilterInput;
}

export function createSecuritiesApi(http: HttpTransport) {
  const list = async <T>(
    kind: 'equities' | 'options',
    o: SecurityListOptions,
  ): Promise<Page<T>> => {
    const {
      pageNumber = 0,
      pageSize = 50,
      sortField = 'Symbol',
      desc = false,
      filter,
      ...call
    } = o;
    const body = await http.request({
      ...call,
      method: 'GET',
      path: kind === 'equities' ? 'v1.0/equities' : 'v1.0/options',
      query: { pageNumber, pageSize, sortField, desc, filter: filterText(filter) },
      category: 'securities',
    });
    return pageOf<T>(body, pageNumber, pageSize);
  };
  return {
    /** `GET /v1.0/equities/{idOrSymbol}`: by internal id (number) or ticker. 404 → `not_found`. */
    async equity(
      idOrSymbol: number | string,
      { exchange, currency, ...call }: MarketOptions = {},
    ): Promise<EquityResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/equities/${idOrSymbol}`,
          query: { exchange, currency },
          category: 'securities',
        }),
      );
    },
    /** `GET /v1.0/equities/lookup?mask=&count=`: search box; matches symbol, exchange and name. */
    async lookup(
      mask: string,
      { count = 10, filter, ...call }: LookupOptions = {},
    ): Promise<EquityResource[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: 'v1.0/equities/lookup',
          query: { mask, count, filter: filterText(filter) },
          category: 'securities',
        }),
      );
    },
    /** `GET /v1.0/equities`: filtered, paged. */
    equities: (options: SecurityListOptions = {}) => list<EquityResource>('equities', options),
    /** `GET /v1.0/options/{idOrSymbol}` (OSI symbols may contain spaces; they are encoded). */
    async option(
      idOrSymbol: number | string,
      { exchange, currency, ...call }: MarketOptions = {},
    ): Promise<OptionResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/options/${idOrSymbol}`,
          query: { exchange, currency },
          category: 'securities',
        }),
      );
    },
    /** `GET /v1.0/options`: filtered, paged. */
    options: (options: SecurityListOptions = {}) => list<OptionResource>('options', options),
    /** `GET /v1.0/options/optionChain/{symbol}` (filter e.g. `Range = 5`, `Expiration = #…#`). */
    async optionChain(
      symbol: string,
      { exchange, currency, filter, ...call }: MarketOptions & { filter?: FilterInput } = {},
    ): Promise<OptionChainResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/options/optionChain/${symbol}`,
          query: { exchange, currency, filter: filterText(filter) },
          category: 'securities',
        }),
      );
    },
    /** `GET /v1.0/options/expirations?underlying=`. */
    async expirations(
      underlying: string,
      { exchange, currency, ...call }: MarketOptions = {},
    ): Promise<OptionExpirationResource[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: 'v1.0/options/expirations',
          query: { underlying, exchange, currency },
          category: 'securities',
        }),
      );
    },
  };
}
export type SecuritiesApi = ReturnType<typeof createSecuritiesApi>;

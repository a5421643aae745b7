/** Positions (api-reference §5). REST positions carry no live price: combine with quotes. */
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { GroupPositionsResource, Page, PositionResource } from '../types.ts';
import {
  fetchAllPages,
  filterText,
  listOf,
  pageOf,
  type FetchAllOptions,
  type FilterInput,
} from './shared.ts';

export interface PositionListOptions extends CallOptions {
  pageNumber?: number;
  /** At most 99 (default 99). */
  pageSize?: number;
  /** Default `Id`. */
  sortField?: string;
  desc?: boolean;
  filter?: FilterInput;
}

export function createPositionsApi(http: HttpTransport) {
  const base = (accountId: number) => path`v1.0/accounts/${accountId}/positions`;
  const api = {
    /** `GET …/positions`: one page. Accepts a `PagingResult` or a bare array (docs conflict). */
    async list(
      accountId: number,
      options: PositionListOptions = {},
    ): Promise<Page<PositionResource>> {
      const {
        pageNumber = 0,
        pageSize = 99,
        sortField = 'Id',
        desc = false,
        filter,
        ...call
      } = options;
      const size = Math.min(pageSize, 99);
      const body = await http.request({
        ...call,
        method: 'GET',
        path: base(accountId),
        query: { pageNumber, pageSize: size, sortField, desc, filter: filterText(filter) },
        category: 'queries',
      });
      return pageOf<PositionResource>(body, pageNumber, size);
    },
    /** Every position, across pages (bounded by `maxPages`, default 20 × 99). */
    all(
      accountId: number,
      options: Omit<PositionListOptions, 'pageNumber'> & FetchAllOptions = {},
    ): Promise<PositionResource[]> {
      const { maxPages, ...rest } = options;
      return fetchAllPages((pageNumber) => api.list(accountId, { ...rest, pageNumber }), maxPages);
    },
    /** `GET …/positions/{symbol}`: the positions in one security. */
    async bySymbol(
      accountId: number,
      symbol: string,
      options: CallOptions & { exchange?: string; currency?: string } = {},
    ): Promise<PositionResource[]> {
      const { exchange, currency, ...call } = options;
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}${path`/${symbol}`}`,
          query: { exchange, currency },
          category: 'queries',
        }),
      );
    },
    /** `GET …/positions/groups`: market value per security group (Equity, Options, Cash…). */
    async groups(accountId: number, call: CallOptions = {}): Promise<GroupPositionsResource[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}/groups`,
          category: 'queries',
        }),
      );
    },
    /** `GET …/positions/top?count=`: the largest positions by market value. */
    async top(
      accountId: number,
      count = 5,
      call: CallOptions = {},
    ): Promise<GroupPositionsResource[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}/top`,
          query: { count },
          category: 'queries',
        }),
      );
    },
  };
  return api;
}
export type PositionsApi = ReturnType<typeof createPositionsApi>;

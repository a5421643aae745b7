/**
 * Account activity (api-reference §11, spec tag Transactions): `GET …/activity` (paged, sorted
 * with `isAsc`, filtered), the allowed activity types, and the CSV report of a selection.
 */
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { Page, TransactionMapModel } from '../types.ts';
import {
  fetchAllPages,
  filterText,
  listOf,
  pageOf,
  type FetchAllOptions,
  type FilterInput,
} from './shared.ts';

export interface ActivityListOptions extends CallOptions {
  pageNumber?: number;
  /** Default 50. */
  pageSize?: number;
  /** Default `Date`. */
  sortBy?: string;
  /** Default false (newest first). The spec's description says otherwise; the name wins. */
  isAsc?: boolean;
  filter?: FilterInput;
}

export interface ActivityReportOptions extends CallOptions {
  /** Default `Date`. */
  sortBy?: string;
  /** Default false (newest first). */
  isAsc?: boolean;
  filter?: FilterInput;
}

export function createActivityApi(http: HttpTransport) {
  const api = {
    /** `GET /v1.0/accounts/{id}/activity`: one page of the account's activity. */
    async list(
      accountId: number,
      options: ActivityListOptions = {},
    ): Promise<Page<TransactionMapModel>> {
      const {
        pageNumber = 0,
        pageSize = 50,
        sortBy = 'Date',
        isAsc = false,
        filter,
        ...call
      } = options;
      const body = await http.request({
        ...call,
        method: 'GET',
        path: path`v1.0/accounts/${accountId}/activity`,
        query: { pageSize, pageNumber, sortBy, isAsc, filter: filterText(filter) },
        category: 'queries',
      });
      return pageOf<TransactionMapModel>(body, pageNumber, pageSize);
    },
    /** Every matching entry across pages (bounded by `maxPages`). */
    all(
      accountId: number,
      options: Omit<ActivityListOptions, 'pageNumber'> & FetchAllOptions = {},
    ): Promise<TransactionMapModel[]> {
      const { maxPages, ...rest } = options;
      return fetchAllPages((pageNumber) => api.list(accountId, { ...rest, pageNumber }), maxPages);
    },
    /** `GET /v1.0/accounts/{id}/activity/allowed-types`: the `Type` values to filter by. */
    async allowedTypes(accountId: number, call: CallOptions = {}): Promise<string[]> {
      const body = await http.request({
        ...call,
        method: 'GET',
        path: path`v1.0/accounts/${accountId}/activity/allowed-types`,
        category: 'queries',
      });
      return listOf<unknown>(body).filter((t): t is string => typeof t === 'string');
    },
    /**
     * `GET /v1.0/accounts/{id}/activity/report?reportEnum=CsvReport`: the statement of the
     * selection as CSV lines (header first), as the spec types it (`string[]`).
     */
    async csvReport(accountId: number, options: ActivityReportOptions = {}): Promise<string[]> {
      const { sortBy = 'Date', isAsc = false, filter, ...call } = options;
      const body = await http.request({
        ...call,
        method: 'GET',
        path: path`v1.0/accounts/${accountId}/activity/report`,
        query: { sortBy, isAsc, reportEnum: 'CsvReport', filter: filterText(filter) },
        category: 'queries',
      });
      return listOf<unknown>(body).map((line) => String(line));
    },
  };
  return api;
}
export type ActivityApi = ReturnType<typeof createActivityApi>;

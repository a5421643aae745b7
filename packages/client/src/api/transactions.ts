/** Transactions (api-reference §11): paged, filtered (`SecurityId = 4`, `Date >= #…#`). */
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { Page, TransactionMapModel } from '../types.ts';
import {
  fetchAllPages,
  filterText,
  pageOf,
  type FetchAllOptions,
  type FilterInput,
} from './shared.ts';

export interface TransactionListOptions extends CallOptions {
  pageNumber?: number;
  pageSize?: number;
  /** Default `Date`. */
  sortBy?: string;
  /** Default true (newest first). */
  isDesc?: boolean;
  filter?: FilterInput;
  checkCode?: string;
}

export function createTransactionsApi(http: HttpTransport) {
  const api = {
    /** `GET /v1.0/accounts/{id}/transactions`. */
    async list(
      accountId: number,
      options: TransactionListOptions = {},
    ): Promise<Page<TransactionMapModel>> {
      const {
        pageNumber = 0,
        pageSize = 100,
        sortBy = 'Date',
        isDesc = true,
        filter,
        checkCode,
        ...call
      } = options;
      const body = await http.request({
        ...call,
        method: 'GET',
        path: path`v1.0/accounts/${accountId}/transactions`,
        query: { pageSize, pageNumber, sortBy, isDesc, checkCode, filter: filterText(filter) },
        category: 'queries',
      });
      return pageOf<TransactionMapModel>(body, pageNumber, pageSize);
    },
    /** Every matching transaction across pages (bounded by `maxPages`). */
    all(
      accountId: number,
      options: Omit<TransactionListOptions, 'pageNumber'> & FetchAllOptions = {},
    ): Promise<TransactionMapModel[]> {
      const { maxPages, ...rest } = options;
      return fetchAllPages((pageNumber) => api.list(accountId, { ...rest, pageNumber }), maxPages);
    },
  };
  return api;
}
export type TransactionsApi = ReturnType<typeof createTransactionsApi>;

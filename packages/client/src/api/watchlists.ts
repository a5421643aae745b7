/** Watchlists: all 9 operations (api-reference §7). Watchlists take the userId (`@me` default). */
import { AutoSharesError } from '../errors.ts';
import { path } from '../http/path.ts';
import type { HttpTransport } from '../http/transport.ts';
import type {
  CreateWatchlistModel,
  SecuritySignature,
  WatchlistModel,
  WatchlistRename,
} from '../types.ts';
import { listOf, objectOf, toSignature, type UserCallOptions } from './shared.ts';

export interface WatchlistReadOptions extends UserCallOptions {
  /** Include `SecurityList` (default true). */
  includeSecurities?: boolean;
}

export function createWatchlistsApi(http: HttpTransport) {
  const base = (userId: UserCallOptions['userId'] = '@me') => path`v1.0/users/${userId}/watchlists`;
  const one = async (
    method: 'PUT' | 'DELETE',
    suffix: string,
    { userId, ...call }: UserCallOptions,
    json?: unknown,
  ): Promise<WatchlistModel> =>
    objectOf(
      await http.request({
        ...call,
        method,
        path: base(userId) + suffix,
        json,
        category: 'watchlists',
      }),
    );

  return {
    /** 1. `GET W?includeSecurities=`. */
    async list({ includeSecurities = true, userId, ...call }: WatchlistReadOptions = {}): Promise<
      WatchlistModel[]
    > {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: base(userId),
          query: { includeSecurities },
          category: 'watchlists',
        }),
      );
    },
    /** 2. `GET W/{id}?includeSecurities=`; a missing list is 409 → `conflict`. */
    async get(
      watchlistId: number,
      { includeSecurities = true, userId, ...call }: WatchlistReadOptions = {},
    ): Promise<WatchlistModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: base(userId) + path`/${watchlistId}`,
          query: { includeSecurities },
          category: 'watchlists',
        }),
      );
    },
    /** 3. `POST W?resultIncludeSecurities=` with `{Name, Securities?}` (internal security ids). */
    async create(
      model: CreateWatchlistModel,
      { includeSecurities = true, userId, ...call }: WatchlistReadOptions = {},
    ): Promise<WatchlistModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'POST',
          path: base(userId),
          query: { resultIncludeSecurities: includeSecurities },
          json: model,
          category: 'watchlists',
        }),
      );
    },
    /** 4. `PUT W/{id}/name?name=`; normalises the `{"m_Item1":id,"m_Item2":name}` reply. */
    async rename(
      watchlistId: number,
      name: string,
      { userId, ...call }: UserCallOptions = {},
    ): Promise<WatchlistRename> {
      const body = objectOf<{ m_Item1?: number; m_Item2?: string; Item1?: number; Item2?: string }>(
        await http.request({
          ...call,
          method: 'PUT',
          path: base(userId) + path`/${watchlistId}/name`,
          query: { name },
          category: 'watchlists',
        }),
      );
      const id = body.m_Item1 ?? body.Item1;
      const newName = body.m_Item2 ?? body.Item2;
      if (typeof id !== 'number' || typeof newName !== 'string') {
        throw new AutoSharesError({
          code: 'malformed_response',
          status: 200,
          details: { expected: 'm_Item1/m_Item2' },
        });
      }
      return { id, name: newName };
    },
    /** 5. `DELETE W/{id}` (204). */
    async delete(watchlistId: number, { userId, ...call }: UserCallOptions = {}): Promise<void> {
      await http.request({
        ...call,
        method: 'DELETE',
        path: base(userId) + path`/${watchlistId}`,
        category: 'watchlists',
      });
    },
    /** 6. `PUT W/{id}/securities/{securityId}`. */
    addSecurity: (watchlistId: number, securityId: number, options: UserCallOptions = {}) =>
      one('PUT', path`/${watchlistId}/securities/${securityId}`, options),
    /** 7. `PUT W/{id}/securities` with `{Symbol, Exchange?, Currency?}`. */
    addSymbol: (
      watchlistId: number,
      security: SecuritySignature | string,
      options: UserCallOptions = {},
    ) => one('PUT', path`/${watchlistId}/securities`, options, toSignature(security)),
    /** 8. `DELETE W/{id}/securities/{securityId}`. */
    removeSecurity: (watchlistId: number, securityId: number, options: UserCallOptions = {}) =>
      one('DELETE', path`/${watchlistId}/securities/${securityId}`, options),
    /** 9. `DELETE W/{id}/securities` with a JSON body `{Symbol, …}` (a DELETE with a body). */
    removeSymbol: (
      watchlistId: number,
      security: SecuritySignature | string,
      options: UserCallOptions = {},
    ) => one('DELETE', path`/${watchlistId}/securities`, options, toSignature(security)),
  };
}
export type WatchlistsApi = ReturnType<typeof createWatchlistsApi>;

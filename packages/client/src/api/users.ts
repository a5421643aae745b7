/** Users and accounts (api-reference §3). userId ≠ accountId: balances take the accountId. */
import { toIsoString, type DateInput } from '../http/dates.ts';
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type {
  AccountBalance,
  AccountValueItem,
  UserAccountModel,
  UserBalance,
  UserInfoModel,
} from '../types.ts';
import { listOf, objectOf, type UserCallOptions } from './shared.ts';

export interface AccountHistoryOptions extends CallOptions {
  from: DateInput;
  to: DateInput;
}

export function createUsersApi(http: HttpTransport) {
  return {
    /** `GET /v1.0/users/{userId}/info` (default `@me`). */
    async info({ userId = '@me', ...call }: UserCallOptions = {}): Promise<UserInfoModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/users/${userId}/info`,
          category: 'queries',
        }),
      );
    },
    /** `GET /v1.0/users/{userId}/accounts`: the user's trading accounts (`Id` is the accountId). */
    async accounts({ userId = '@me', ...call }: UserCallOptions = {}): Promise<UserAccountModel[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/users/${userId}/accounts`,
          category: 'queries',
        }),
      );
    },
    /** `GET /v1.0/accounts/{accountId}/info`: the camelCase balance of one account. */
    async balance(accountId: number, call: CallOptions = {}): Promise<AccountBalance> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/accounts/${accountId}/info`,
          category: 'queries',
        }),
      );
    },
    /** `GET /v1.0/users/{userId}/balance-info`: the balance aggregated over the user's accounts. */
    async balanceInfo({ userId = '@me', ...call }: UserCallOptions = {}): Promise<UserBalance> {
      const body = await http.request({
        ...call,
        method: 'GET',
        path: path`v1.0/users/${userId}/balance-info`,
        category: 'queries',
      });
      return (body ?? {}) as UserBalance;
    },
    /** `GET /v1.0/accounts/{accountId}/history`: daily account value between two dates (sent as ISO). */
    async history(
      accountId: number,
      { from, to, ...call }: AccountHistoryOptions,
    ): Promise<AccountValueItem[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/accounts/${accountId}/history`,
          query: { startDate: toIsoString(from), endDate: toIsoString(to), step: 1 },
          category: 'queries',
        }),
      );
    },
  };
}
export type UsersApi = ReturnType<typeof createUsersApi>;

/** Price alerts: all 5 operations (api-reference §8). Dates in/out are epoch ms (wire: Unix s). */
import { toUnixSeconds } from '../http/dates.ts';
import { path } from '../http/path.ts';
import type { HttpTransport } from '../http/transport.ts';
import type { Page, PriceAlertInfoModel, PriceAlertInput } from '../types.ts';
import { objectOf, pageOf, type UserCallOptions } from './shared.ts';

export interface AlertListOptions extends UserCallOptions {
  pageNumber?: number;
  pageSize?: number;
  /** Default `Id`. */
  sortBy?: string;
  isDesc?: boolean;
}

/** The docs say all six fields must be sent; `State` defaults to `New`. */
function wireAlert(input: PriceAlertInput) {
  return {
    State: input.State ?? 'New',
    Operator: input.Operator,
    SecurityId: input.SecurityId,
    Field: input.Field,
    Argument: input.Argument,
    ExpirationDate: toUnixSeconds(input.ExpirationDate),
  };
}

export function createAlertsApi(http: HttpTransport) {
  const base = (userId: UserCallOptions['userId'] = '@me') =>
    path`v1.0/users/${userId}/pricealerts`;
  return {
    /** `GET P?pageSize=&pageNumber=&sortBy=&isDesc=` (all four are required by the server). */
    async list({
      pageNumber = 0,
      pageSize = 100,
      sortBy = 'Id',
      isDesc = false,
      userId,
      ...call
    }: AlertListOptions = {}): Promise<Page<PriceAlertInfoModel>> {
      const body = await http.request({
        ...call,
        method: 'GET',
        path: base(userId),
        query: { pageSize, pageNumber, sortBy, isDesc },
        category: 'alerts',
      });
      return pageOf<PriceAlertInfoModel>(body, pageNumber, pageSize);
    },
    /** `GET P/{alertId}`. */
    async get(
      alertId: number,
      { userId, ...call }: UserCallOptions = {},
    ): Promise<PriceAlertInfoModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: base(userId) + path`/${alertId}`,
          category: 'alerts',
        }),
      );
    },
    /** `POST P`; a missing field is 409 → `conflict`. */
    async create(
      input: PriceAlertInput,
      { userId, ...call }: UserCallOptions = {},
    ): Promise<PriceAlertInfoModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'POST',
          path: base(userId),
          json: wireAlert(input),
          category: 'alerts',
        }),
      );
    },
    /** `PUT P/{alertId}` (send the whole alert). */
    async update(
      alertId: number,
      input: PriceAlertInput,
      { userId, ...call }: UserCallOptions = {},
    ): Promise<PriceAlertInfoModel> {
      return objectOf(
        await http.request({
          ...call,
          method: 'PUT',
          path: base(userId) + path`/${alertId}`,
          json: wireAlert(input),
          category: 'alerts',
          safe: false,
        }),
      );
    },
    /** `DELETE P/{alertId}` (204). */
    async delete(alertId: number, { userId, ...call }: UserCallOptions = {}): Promise<void> {
      await http.request({
        ...call,
        method: 'DELETE',
        path: base(userId) + path`/${alertId}`,
        category: 'alerts',
      });
    },
  };
}
export type AlertsApi = ReturnType<typeof createAlertsApi>;

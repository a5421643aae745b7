/**
 * Orders (api-reference §4).
 *
 * Placement safety: {@link OrdersApi.place} sends the order **at most once per call**. It is
 * never retried automatically, not even after a timeout or a network error, because the server
 * may already have accepted it. The call then rejects with `timeout`/`network`, and
 * `error.details.clientId` holds the `ClientId` the order was sent with. A `ClientId` is
 * generated per call unless you pass one.
 *
 * A timeout does not mean the order is absent: the client gave up (its fetch is aborted), but a
 * server that already received the request may still create the order later. So before offering
 * to place again, keep looking it up with `findByClientId()` for a while (the order ticket keeps
 * the request running and re-checks for a window well past the timeout), and re-place only on a
 * fresh user action, with the **same** `ClientId`, so a server that deduplicates by it can refuse
 * the copy (the sandbox answers 409 "Duplicate ClientId"; then the order is there: look it up).
 * Pass `onSent` to know whether the request left the browser: aborting it before that (it waits
 * in the rate limiter) is the only abort that proves it was not placed. See `docs/order-safety.md`.
 */
import { AutoSharesError } from '../errors.ts';
import { inList } from '../filter/filter.ts';
import { toIsoString, type DateInput } from '../http/dates.ts';
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import { assertVerified } from '../order-rejections.ts';
import { newClientId } from './client-id.ts';
import { orderStatusCode, type OrderStatus } from '../contract/index.ts';
import type {
  CreateOrderResource,
  ModifyOrderResource,
  OrderDetailsModel,
  OrderLimits,
  OrderPreviewResource,
  OrderResource,
  OrderVerifiedResource,
  Page,
} from '../types.ts';
import {
  fetchAllPages,
  filterText,
  listOf,
  objectOf,
  pageOf,
  type FetchAllOptions,
  type FilterInput,
} from './shared.ts';

export interface OrderRouteOptions extends CallOptions {
  currency?: string;
  exchange?: string;
  /** Localises verification messages (`en-US`, `ja-JP`, `ru-RU`, `zh-CN`, `zh-TW`). */
  language?: string;
}

export interface OrderListOptions extends CallOptions {
  pageNumber?: number;
  /** At most 100 (default 100). */
  pageSize?: number;
  filter?: FilterInput;
  /**
   * Only these statuses (becomes `Status in (…)` with the numeric codes). A status without a
   * code (`Held`, see `ORDER_STATUS_CODES`) cannot be filtered on and is left out.
   */
  statuses?: readonly OrderStatus[];
  /** Default `Id`. */
  sortField?: string;
  /** Default true (newest first). */
  desc?: boolean;
}

function wireDate(value: DateInput | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : toIsoString(value);
}

function wireOrder(order: CreateOrderResource): Record<string, unknown> {
  return {
    ...order,
    ExpireDate: wireDate(order.ExpireDate),
    Legs: order.Legs?.map(wireOrder),
  };
}

function statusFilter(statuses: readonly OrderStatus[] | undefined) {
  if (!statuses?.length) return undefined;
  const codes = statuses.map(orderStatusCode).filter((c): c is number => c !== undefined);
  return codes.length ? inList('Status', codes) : undefined;
}

export { newClientId };

export function createOrdersApi(http: HttpTransport) {
  const base = (accountId: number) => path`v1.0/accounts/${accountId}`;
  /** Splits route options into the call options, the query and the `language` header. */
  const route = ({ currency, exchange, language, ...call }: OrderRouteOptions) => ({
    call,
    query: { currency, exchange },
    headers: language ? { language } : undefined,
  });

  const api = {
    /**
     * `POST /v1.0/accounts/{id}/preview/orders`: verify an order and get its costs. A business
     * rejection (200 with `IsSuccessful:false`) rejects with code `order_rejected`.
     */
    async preview(
      accountId: number,
      order: CreateOrderResource,
      options: OrderRouteOptions = {},
    ): Promise<OrderPreviewResource> {
      const { call, query, headers } = route(options);
      const body = await http.request<OrderPreviewResource>({
        ...call,
        method: 'POST',
        path: `${base(accountId)}/preview/orders`,
        query,
        headers,
        json: wireOrder(order),
        category: 'orders',
      });
      return assertVerified(objectOf<OrderPreviewResource>(body));
    },

    /**
     * `POST /v1.0/accounts/{id}/orders`: place an order. Sent at most once (see the module doc);
     * the result's `Status` is usually `PendingNew`; follow it on the stream or with `get()`.
     */
    async place(
      accountId: number,
      order: CreateOrderResource,
      options: OrderRouteOptions = {},
    ): Promise<OrderResource> {
      const { call, query, headers } = route(options);
      const clientId = order.ClientId || newClientId();
      try {
        const body = await http.request({
          ...call,
          method: 'POST',
          path: `${base(accountId)}/orders`,
          query,
          headers,
          json: wireOrder({ ...order, ClientId: clientId }),
          category: 'orders',
          safe: false,
        });
        return objectOf<OrderResource>(body);
      } catch (error) {
        if (error instanceof AutoSharesError)
          throw error.with({ details: { ...error.details, clientId } });
        throw error;
      }
    },

    /** `GET /v1.0/accounts/{id}/orders/{orderId}`. */
    async get(accountId: number, orderId: number, call: CallOptions = {}): Promise<OrderResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}/orders/${orderId}`,
          category: 'orders',
        }),
      );
    },

    /** `GET /v1.0/accounts/{id}/orders`: paged, filtered, newest first by default. */
    async list(accountId: number, options: OrderListOptions = {}): Promise<Page<OrderResource>> {
      const {
        pageNumber = 0,
        pageSize = 100,
        filter,
        statuses,
        sortField = 'Id',
        desc = true,
        ...call
      } = options;
      const text = [filterText(filter), filterText(statusFilter(statuses))]
        .filter(Boolean)
        .join(' and ');
      const body = await http.request({
        ...call,
        method: 'GET',
        path: `${base(accountId)}/orders`,
        query: {
          pageNumber,
          pageSize: Math.min(pageSize, 100),
          sortField,
          desc,
          filter: text || undefined,
        },
        category: 'orders',
      });
      return pageOf<OrderResource>(body, pageNumber, Math.min(pageSize, 100));
    },

    /** Every order matching the options, page by page (bounded by `maxPages`). */
    all(
      accountId: number,
      options: Omit<OrderListOptions, 'pageNumber'> & FetchAllOptions = {},
    ): Promise<OrderResource[]> {
      const { maxPages, ...rest } = options;
      return fetchAllPages((pageNumber) => api.list(accountId, { ...rest, pageNumber }), maxPages);
    },

    /**
     * Looks for a recent order by the `ClientId` it was placed with (after a placement timed
     * out). Scans the newest `maxPages` pages (default 1 = 100 orders).
     */
    async findByClientId(
      accountId: number,
      clientId: string,
      options: CallOptions & { maxPages?: number } = {},
    ): Promise<OrderResource | undefined> {
      const { maxPages = 1, ...call } = options;
      for (let pageNumber = 0; pageNumber < maxPages; pageNumber++) {
        const page = await api.list(accountId, { ...call, pageNumber });
        const hit = page.items.find((o) => o.ClientId === clientId);
        if (hit || !page.hasNextPage) return hit;
      }
      return undefined;
    },

    /** `PUT /v1.0/accounts/{id}/preview/orders/{orderId}`: verify a replacement (may need an admin token). */
    async previewReplace(
      accountId: number,
      orderId: number,
      changes: Omit<ModifyOrderResource, 'Id'>,
      options: OrderRouteOptions = {},
    ): Promise<OrderVerifiedResource> {
      const { call, headers } = route(options);
      const body = await http.request({
        ...call,
        method: 'PUT',
        path: `${base(accountId)}/preview/orders/${orderId}`,
        headers,
        json: { ...changes, ExpireDate: wireDate(changes.ExpireDate), Id: orderId },
        category: 'orders',
      });
      return assertVerified(objectOf<OrderVerifiedResource>(body));
    },

    /** `PUT /v1.0/accounts/{id}/orders/{orderId}`: cancel/replace. 409 → `conflict` ("Failed to replace"). Never retried. */
    async replace(
      accountId: number,
      orderId: number,
      changes: Omit<ModifyOrderResource, 'Id'>,
      call: CallOptions = {},
    ): Promise<OrderResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'PUT',
          path: `${base(accountId)}/orders/${orderId}`,
          json: { ...changes, ExpireDate: wireDate(changes.ExpireDate), Id: orderId },
          category: 'orders',
          safe: false,
        }),
      );
    },

    /** `DELETE /v1.0/accounts/{id}/orders/{orderId}`: 204; 409 → `conflict` (e.g. already filled). Never retried. */
    async cancel(accountId: number, orderId: number, call: CallOptions = {}): Promise<void> {
      await http.request({
        ...call,
        method: 'DELETE',
        path: `${base(accountId)}/orders/${orderId}`,
        category: 'orders',
        safe: false,
      });
    },

    /** `GET /v1.0/accounts/{id}/orders/{orderId}/details`: one entry per order event. */
    async details(
      accountId: number,
      orderId: number,
      call: CallOptions = {},
    ): Promise<OrderDetailsModel[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}/orders/${orderId}/details`,
          category: 'orders',
        }),
      );
    },

    /** `GET /v1.0/accounts/{id}/verified/orders/{orderId}`: re-validate an existing order. */
    async verify(
      accountId: number,
      orderId: number,
      call: CallOptions = {},
    ): Promise<OrderVerifiedResource> {
      const body = await http.request({
        ...call,
        method: 'GET',
        path: `${base(accountId)}/verified/orders/${orderId}`,
        category: 'orders',
      });
      return assertVerified(objectOf<OrderVerifiedResource>(body));
    },

    /** `GET /v1.0/accounts/{id}/preview/limits/{symbol}?price=`: max buy/sell quantity (price 0 = market). */
    async limits(
      accountId: number,
      symbol: string,
      options: CallOptions & { price?: number } = {},
    ): Promise<OrderLimits> {
      const { price = 0, ...call } = options;
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: `${base(accountId)}${path`/preview/limits/${symbol}`}`,
          query: { price },
          category: 'orders',
        }),
      );
    },
  };
  return api;
}
export type OrdersApi = ReturnType<typeof createOrdersApi>;

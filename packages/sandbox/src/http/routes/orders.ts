/**
 * Orders (api-reference §4): verify, place, list, get, details, replace, cancel, buy/sell
 * limits. Every route also answers on its `syncorders` twin.
 *
 * Placement (sandbox behaviour where the spec is silent): a `ClientId` is accepted once per
 * account (a duplicate, also one still held by `placementDelayMs`, is a 409 envelope), and the
 * `placementDelayMs` / `dropPlacementResponse` faults (`POST /__sandbox/faults`) hold the
 * processing or lose the answer after the order was created.
 */
import type { Context, Hono } from 'hono';
import type { OrderResource, SandboxEnv } from '../../contract.ts';
import { orderStatusCode } from '@autoshares/client/contract';
import { markPrice } from '../../world/broker/positions.ts';
import type { AccountState, OrderRecord } from '../../world/broker/types.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import {
  badGateway,
  badRequest,
  duplicateClientId,
  noResource,
  validationError,
} from '../errors.ts';
import { bearer } from '../faults.ts';
import { compileFilter, FilterSyntaxError } from '../filter.ts';
import { bindCreateOrder, bindModifyOrder } from '../order-input.ts';
import {
  boolParam,
  intParam,
  jsonBody,
  page,
  queryParam,
  requireQuery,
  sortByField,
} from '../query.ts';

/** Fields an order filter may name. */
export const ORDER_FILTER_FIELDS = [
  'Id',
  'SecurityId',
  'Symbol',
  'Status',
  'ExecutionStatus',
  'Side',
  'Type',
  'TimeInForce',
  'CreateDate',
  'Date',
  'TransactionDate',
  'Quantity',
  'Price',
  'StopPrice',
  'ExecutedQuantity',
  'LeavesQuantity',
  'AveragePrice',
  'ClientId',
];

/** Compiles a `filter=` for records, answering 400 for a bad one. */
export function compileOrBadRequest<T>(
  text: string | undefined,
  options: Parameters<typeof compileFilter>[1],
): (r: T) => boolean {
  try {
    return compileFilter<T>(text, options);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw badRequest(`Invalid filter: ${error.message}`);
    throw error;
  }
}

/**
 * An order's `Status` as the number filters compare (`Status in (0,1)`). A status without a
 * documented number (`Held`, see the contract) has none, so no numeric filter matches it.
 */
const statusCode = (o: OrderResource): number | undefined => orderStatusCode(o.Status);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function registerOrderRoutes(app: Hono<SandboxEnv>, { world, faults }: SandboxDeps): void {
  const broker = world.broker;
  /** `accountId:ClientId` of placements held by the `placementDelayMs` fault. */
  const placing = new Set<string>();
  const recordOf = (c: Context<SandboxEnv>, account: AccountState): OrderRecord => {
    const raw = c.req.param('orderId') ?? '';
    const record = /^\d+$/.test(raw) ? account.orders.get(Number(raw)) : undefined;
    if (!record) throw noResource(c.req.url);
    return record;
  };

  for (const orders of ['orders', 'syncorders']) {
    const base = `/v1.0/accounts/:accountId/${orders}`;

    app.post(`/v1.0/accounts/:accountId/preview/${orders}`, async (c) => {
      const account = accountOf(world, c);
      const input = bindCreateOrder(await jsonBody(c, 'placeParams'));
      return c.json(broker.preview(account, input));
    });

    app.post(base, async (c) => {
      const account = accountOf(world, c);
      const input = bindCreateOrder(await jsonBody(c, 'placeParams'));
      const fault = faults.placement(bearer(c));
      const key = input.clientId ? `${account.id}:${input.clientId}` : undefined;
      if (key && placing.has(key)) throw duplicateClientId(input.clientId!);
      broker.assertNewClientId(account, input.clientId);
      if (fault.delayMs > 0) {
        // The ClientId is taken from arrival on, so a retry during the delay is refused too.
        if (key) placing.add(key);
        try {
          await sleep(fault.delayMs);
        } finally {
          if (key) placing.delete(key);
        }
      }
      const order = broker.place(account, input);
      if (fault.dropResponse) throw badGateway();
      return c.json(order);
    });

    app.get(base, (c) => {
      const account = accountOf(world, c);
      const q = requireQuery(c, ['pageNumber', 'pageSize']);
      const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
      const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 100 });
      const match = compileOrBadRequest<OrderResource>(queryParam(c, 'filter'), {
        allowedFields: ORDER_FILTER_FIELDS,
        fields: {
          Status: statusCode,
          ExecutionStatus: (o: OrderResource) => orderStatusCode(o.ExecutionStatus),
        },
      });
      const desc = queryParam(c, 'desc');
      const all = [...account.orders.values()].map((r) => r.order).filter(match);
      const sorted = sortByField(
        all,
        queryParam(c, 'sortField') || 'Id',
        desc ? boolParam(desc, 'desc') : false,
      );
      return c.json(page(c, structuredClone(sorted), pageNumber, pageSize));
    });

    app.put(`/v1.0/accounts/:accountId/preview/${orders}/:orderId`, async (c) => {
      const account = accountOf(world, c);
      const record = recordOf(c, account);
      const change = bindModifyOrder(await jsonBody(c, 'modifyParams'));
      if (change.id !== record.order.Id) {
        throw validationError({
          'modifyParams.Id': ['The Id does not match the order in the path.'],
        });
      }
      return c.json(broker.verifyExisting(account, record, change));
    });

    app.get(`/v1.0/accounts/:accountId/verified/${orders}/:orderId`, (c) => {
      const account = accountOf(world, c);
      return c.json(broker.verifyExisting(account, recordOf(c, account)));
    });

    app.get(`${base}/:orderId`, (c) =>
      c.json(structuredClone(recordOf(c, accountOf(world, c)).order)),
    );

    app.get(`${base}/:orderId/details`, (c) =>
      c.json(structuredClone(recordOf(c, accountOf(world, c)).details)),
    );

    app.put(`${base}/:orderId`, async (c) => {
      const account = accountOf(world, c);
      const record = recordOf(c, account);
      const change = bindModifyOrder(await jsonBody(c, 'modifyParams'));
      if (change.id !== record.order.Id)
        throw validationError({
          'modifyParams.Id': ['The Id does not match the order in the path.'],
        });
      return c.json(broker.replace(account, record, change));
    });

    app.delete(`${base}/:orderId`, (c) => {
      const account = accountOf(world, c);
      broker.cancel(account, recordOf(c, account));
      return c.body(null, 204);
    });
  }

  app.get('/v1.0/accounts/:accountId/preview/limits/:symbol', (c) => {
    const account = accountOf(world, c);
    const symbol = c.req.param('symbol');
    // An equity by ticker, or an option contract by OSI symbol (limits in contracts).
    const security = world.market.security(symbol) ?? world.market.options.find(symbol);
    if (!security?.Id) throw noResource(c.req.url);
    const perUnit = security.Type === 'Option' ? (security.ContractSize ?? 100) : 1;
    const raw = queryParam(c, 'price');
    const quote = world.quote(security.Id);
    const asked = raw !== undefined && raw !== '' ? Number(raw) : 0;
    if (!Number.isFinite(asked) || asked < 0)
      throw badRequest(`The value '${raw}' is not valid for price.`);
    const buyPrice = asked > 0 ? asked : quote?.Ask || markPrice(quote);
    const sellPrice = asked > 0 ? asked : quote?.Bid || markPrice(quote);
    const balance = broker.balance(account);
    const held = account.positions.get(security.Id)?.quantity ?? 0;
    return c.json({
      BuyPrice: buyPrice,
      SellPrice: sellPrice,
      BuyLimit:
        buyPrice > 0
          ? Math.floor(
              (perUnit > 1 ? balance.optionBuyingPower : balance.stockBuyingPower) /
                (buyPrice * perUnit),
            )
          : 0,
      SellLimit: Math.max(0, held),
      AccountId: account.id,
      Symbol: security.Symbol,
    });
  });
}

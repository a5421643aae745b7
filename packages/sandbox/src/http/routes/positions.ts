/** Positions (api-reference §5): paged list, by symbol, groups, top by market value. */
import type { Hono } from 'hono';
import type { PositionResource, SandboxEnv } from '../../contract.ts';
import { round } from '../../world/broker/money.ts';
import type { AccountState } from '../../world/broker/types.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { boolParam, intParam, page, queryParam, requireQuery, sortByField } from '../query.ts';
import { compileOrBadRequest } from './orders.ts';

/** Fields a position filter may name. */
export const POSITION_FILTER_FIELDS = [
  'Id',
  'CreateDate',
  'ModifyDate',
  'Quantity',
  'SecurityId',
  'Symbol',
  'SecurityType',
];

/** Position group names by security type (api-reference §5). */
function groupOf(type: string | undefined): string {
  switch (type) {
    case 'Option':
      return 'Options';
    case 'Index':
      return 'Index';
    case 'Cryptocurrency':
      return 'Cryptocurrency';
    case 'MutualFund':
      return 'Other';
    case 'CorporateBond':
    case 'GovernmentBond':
    case 'MunicipalBond':
    case 'UsTreasuryBill':
      return 'FixedIncome';
    default:
      return 'Equity';
  }
}

export function registerPositionRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  const broker = world.broker;
  const open = (account: AccountState): PositionResource[] =>
    [...account.positions.values()]
      .filter((p) => p.quantity !== 0)
      .map((p) => broker.positionResource(account, p));
  const marketValue = (p: PositionResource) =>
    (p.Quantity ?? 0) * broker.priceOf(p.SecurityId ?? 0).price * (p.ContractSize ?? 1);

  app.get('/v1.0/accounts/:accountId/positions', (c) => {
    const account = accountOf(world, c);
    const q = requireQuery(c, ['pageNumber', 'pageSize', 'sortField', 'desc']);
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 99 });
    const match = compileOrBadRequest<PositionResource>(queryParam(c, 'filter'), {
      allowedFields: POSITION_FILTER_FIELDS,
    });
    const sorted = sortByField(open(account).filter(match), q.sortField, boolParam(q.desc, 'desc'));
    return c.json(page(c, sorted, pageNumber, pageSize));
  });

  app.get('/v1.0/accounts/:accountId/positions/groups', (c) => {
    const account = accountOf(world, c);
    const groups = new Map<string, number>();
    for (const p of open(account))
      groups.set(
        groupOf(p.SecurityType),
        (groups.get(groupOf(p.SecurityType)) ?? 0) + marketValue(p),
      );
    groups.set('Cash', account.cash);
    return c.json([...groups].map(([Name, value]) => ({ Name, MarketValue: round(value) })));
  });

  app.get('/v1.0/accounts/:accountId/positions/top', (c) => {
    const account = accountOf(world, c);
    const raw = queryParam(c, 'count');
    const count = raw ? intParam(raw, 'count', { min: 0, max: 1000 }) : 10;
    const top = open(account)
      .map((p) => ({ Name: p.Symbol, MarketValue: round(marketValue(p)) }))
      .sort(
        (a, b) =>
          Math.abs(b.MarketValue) - Math.abs(a.MarketValue) || a.Name!.localeCompare(b.Name!),
      );
    return c.json(top.slice(0, count));
  });

  app.get('/v1.0/accounts/:accountId/positions/:symbol', (c) => {
    const account = accountOf(world, c);
    const symbol = c.req.param('symbol').trim().toUpperCase();
    return c.json(
      open(account).filter(
        (p) => p.Symbol?.toUpperCase() === symbol || String(p.SecurityId) === symbol,
      ),
    );
  });
}

/** Transactions (api-reference §11): the account's ledger, paged, filtered, sorted. */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import type { TransactionMapModel } from '../../world/broker/types.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { boolParam, intParam, page, queryParam, requireQuery, sortByField } from '../query.ts';
import { compileOrBadRequest } from './orders.ts';

export function registerTransactionRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  app.get('/v1.0/accounts/:accountId/transactions', (c) => {
    const account = accountOf(world, c);
    const q = requireQuery(
      c,
      ['pageSize', 'pageNumber', 'sortBy', 'isDesc'],
      'unsupportedApiVersion',
    );
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
    const match = compileOrBadRequest<TransactionMapModel>(queryParam(c, 'filter'), {});
    const sorted = sortByField(
      account.transactions.filter(match),
      q.sortBy,
      boolParam(q.isDesc, 'isDesc'),
    );
    return c.json(page(c, structuredClone(sorted), pageNumber, pageSize));
  });
}

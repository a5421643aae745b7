/**
 * Deposits and withdrawals (`/v1.0/accounts/{accountId}/transfers…`, spec tag Transfers): the
 * paged list, ACH / wire / check requests, cancel, fees and IRA constraints. Zelle is refused as
 * not configured. Rules and errors: `world/funding/transfers.ts`, README "Funding".
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { prop } from '../../world/funding/ach-relationships.ts';
import { iraConstraints } from '../../world/funding/ira.ts';
import type { Mechanism } from '../../world/funding/transfers.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { badGateway, conflict, noResource } from '../errors.ts';
import { bearer } from '../faults.ts';
import {
  boolParam,
  intParam,
  jsonBody,
  page,
  queryParam,
  requireQuery,
  sortByField,
} from '../query.ts';

const BASE = '/v1.0/accounts/:accountId/transfers';
/** The spec's `mechanism` path values. */
const MECHANISMS = ['ACH', 'Check', 'Wire', 'Zelle'] as const satisfies readonly Mechanism[];

export function registerTransferRoutes(
  app: Hono<SandboxEnv>,
  { world, faults }: SandboxDeps,
): void {
  const { funding } = world;

  /**
   * Sends a transfer request under the placement faults (`placementDelayMs`,
   * `dropPlacementResponse`, README "Fault knobs"): held that long before it is carried out, or
   * carried out and its answer lost (502).
   */
  async function send(c: Context<SandboxEnv>, create: () => unknown): Promise<Response> {
    funding.takeRefusal(accountOf(world, c));
    const fault = faults.placement(bearer(c));
    if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    const transfer = create();
    if (fault.dropResponse) throw badGateway();
    return c.json(transfer as object);
  }

  app.get(BASE, (c) => {
    const account = accountOf(world, c);
    const q = requireQuery(c, ['pageSize', 'pageNumber', 'sortBy', 'isDesc']);
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
    const rows = funding.transfers.of(account).map((r) => r.resource);
    const sorted = sortByField(rows, q.sortBy, boolParam(q.isDesc, 'isDesc'));
    return c.json(page(c, structuredClone(sorted), pageNumber, pageSize));
  });

  app.post(`${BASE}/ach`, async (c) => {
    const account = accountOf(world, c);
    const body = await jsonBody<Record<string, unknown>>(c, 'model');
    const id = prop(body, 'AchRelationshipId');
    const relationship = typeof id === 'string' ? funding.ach.get(account, id) : undefined;
    return send(c, () => funding.transfers.sendAch(account, body, relationship));
  });

  app.post(`${BASE}/wire`, async (c) => {
    const account = accountOf(world, c);
    const body = await jsonBody(c, 'model');
    return send(c, () => funding.transfers.sendWire(account, body));
  });

  app.post(`${BASE}/check`, async (c) => {
    const account = accountOf(world, c);
    const body = await jsonBody(c, 'model');
    return send(c, () => funding.transfers.sendCheck(account, body));
  });

  app.post(`${BASE}/zelle`, (c) => {
    accountOf(world, c);
    throw conflict(
      'Failed to send the Zelle transfer to the clearing firm: Zelle is not configured for this environment.',
    );
  });

  app.get(`${BASE}/ira_constraints/:mechanism/:isDeposit`, (c) => {
    const account = accountOf(world, c);
    const mechanism = MECHANISMS.find(
      (m) => m.toLowerCase() === c.req.param('mechanism').toLowerCase(),
    );
    const raw = c.req.param('isDeposit').toLowerCase();
    if (!mechanism || (raw !== 'true' && raw !== 'false')) throw noResource(c.req.url);
    return c.json(iraConstraints(account, raw === 'true', world.now()));
  });

  app.get(`${BASE}/:id/fees`, (c) => {
    const account = accountOf(world, c);
    const record = funding.transfers.get(account, c.req.param('id'));
    if (!record) throw noResource(c.req.url);
    return c.json(structuredClone(record.fees));
  });

  app.delete(`${BASE}/:id`, (c) => {
    const account = accountOf(world, c);
    const record = funding.transfers.get(account, c.req.param('id'));
    if (!record) throw noResource(c.req.url);
    const comment = queryParam(c, 'comment');
    if (!comment) throw noResource(c.req.url);
    funding.transfers.cancel(record, comment);
    return c.body(null, 204);
  });
}

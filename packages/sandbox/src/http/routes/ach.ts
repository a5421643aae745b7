/**
 * Linked bank accounts (`/v1.0/accounts/{accountId}/ach-relationships…`, spec tag
 * AchRelationships): list (paged, `status` filter), one, the default, create, approve with the
 * micro-deposits, set default, rename, remove; the Plaid link is refused as not configured.
 * Rules and errors: `world/funding/ach-relationships.ts`, README "Funding".
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import type { AchRelationshipResource } from '../../world/funding/types.ts';
import type { World } from '../../world/world.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { badRequest, conflict, noResource } from '../errors.ts';
import {
  boolParam,
  intParam,
  jsonBody,
  page,
  queryParam,
  requireQuery,
  sortByField,
} from '../query.ts';

/** The spec's `status` filter values. */
const STATUSES = [
  'Pending',
  'Approved',
  'Canceled',
  'Error',
  'PendingCancel',
  'PendingApproval',
] as const satisfies readonly NonNullable<AchRelationshipResource['Status']>[];

const BASE = '/v1.0/accounts/:accountId/ach-relationships';

/** The caller's relationship named by `:id`; an unknown id is the documented 404 body. */
function relationshipOf(world: World, c: Context<SandboxEnv>) {
  const account = accountOf(world, c);
  const record = world.funding.ach.get(account, c.req.param('id') ?? '');
  if (!record) throw noResource(c.req.url);
  return record;
}

export function registerAchRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  const { funding } = world;

  app.get(BASE, (c) => {
    const account = accountOf(world, c);
    const q = requireQuery(c, ['pageSize', 'pageNumber', 'sortBy', 'isDesc']);
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
    const status = queryParam(c, 'status');
    if (status && !(STATUSES as readonly string[]).includes(status))
      throw badRequest(`The value '${status}' is not valid for status.`);
    const rows = funding.ach
      .of(account)
      .map((r) => r.resource)
      .filter((r) => !status || r.Status === status);
    const sorted = sortByField(rows, q.sortBy, boolParam(q.isDesc, 'isDesc'));
    return c.json(page(c, structuredClone(sorted), pageNumber, pageSize));
  });

  // Registered before `/:id` so "default" is not read as an id.
  app.get(`${BASE}/default`, (c) => {
    const account = accountOf(world, c);
    const record = funding.ach.defaultOf(account);
    if (!record) throw noResource(c.req.url);
    return c.json(structuredClone(record.resource));
  });

  app.post(`${BASE}/plaid`, (c) => {
    accountOf(world, c);
    throw conflict(
      'Failed to create ACH relationships: Plaid is not configured for this environment. Link a bank account with its routing and account numbers.',
    );
  });

  app.post(BASE, async (c) => {
    const account = accountOf(world, c);
    const body = await jsonBody<Record<string, unknown>>(c, 'model');
    funding.takeRefusal(account);
    return c.json(funding.ach.create(account, body));
  });

  app.get(`${BASE}/:id`, (c) => c.json(structuredClone(relationshipOf(world, c).resource)));

  app.put(`${BASE}/:id`, async (c) => {
    const record = relationshipOf(world, c);
    const body = await jsonBody<Record<string, unknown>>(c, 'model');
    funding.takeRefusal(record.account);
    const key = Object.keys(body).find((k) => k.toLowerCase() === 'name');
    return c.json(funding.ach.rename(record, key === undefined ? undefined : body[key]));
  });

  app.delete(`${BASE}/:id`, (c) => {
    const record = relationshipOf(world, c);
    const reason = queryParam(c, 'reason');
    if (!reason) throw noResource(c.req.url);
    return c.json(funding.ach.remove(record, reason));
  });

  app.post(`${BASE}/:id/approve`, async (c) => {
    const record = relationshipOf(world, c);
    const body = await jsonBody<Record<string, unknown>>(c, 'model');
    return c.json(funding.ach.approve(record, body));
  });

  app.post(`${BASE}/:id/default`, (c) => {
    funding.ach.setDefault(relationshipOf(world, c));
    return c.body(null, 204);
  });
}

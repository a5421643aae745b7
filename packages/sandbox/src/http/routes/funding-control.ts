/**
 * Control API for money movements (`/__sandbox/…`, not under `/api`):
 * - `POST /funding/advance` `{businessDays?: n}` (default 1): carries out now what is due within
 *   the next n business days (micro-deposits arrive, transfers settle, holds end) → `{done, now}`;
 * - `GET /funding/ach-relationships/{id}/micro-deposits` → `{Amount1, Amount2}`: what the
 *   customer's bank statement shows once they have arrived (404 before, or for an unknown id);
 * - `POST /funding/refuse-next` `{accountId, errors}`: the account's next funding write (link,
 *   rename, ACH/wire/check transfer) answers 422 with `errors` as its ModelState, nothing done
 *   (a server whose checks go further than the client's) → `{accountId}`.
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import type { SandboxDeps } from '../deps.ts';
import { badRequest, noResource } from '../errors.ts';

export function registerFundingControlRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  const { funding } = world;

  app.post('/funding/advance', async (c) => {
    const text = await c.req.text();
    let businessDays: unknown = 1;
    if (text.trim() !== '') {
      try {
        businessDays = (JSON.parse(text) as { businessDays?: unknown }).businessDays ?? 1;
      } catch {
        throw badRequest('The body is not valid JSON.');
      }
    }
    if (
      !Number.isInteger(businessDays) ||
      (businessDays as number) < 0 ||
      (businessDays as number) > 60
    )
      throw badRequest('businessDays must be an integer from 0 to 60.');
    const done = funding.advance(businessDays as number);
    return c.json({ done, now: world.now() });
  });

  app.get('/funding/ach-relationships/:id/micro-deposits', (c) => {
    funding.sweep();
    const id = c.req.param('id');
    const record = world.users
      .all()
      .flatMap((u) => world.accountsOf(u.id))
      .map((a) => funding.ach.get(a, id))
      .find((r) => r !== undefined);
    if (!record || record.resource.Status === 'Pending') throw noResource(c.req.url);
    return c.json(funding.ach.microDeposits(record));
  });

  app.post('/funding/refuse-next', async (c) => {
    let body: { accountId?: unknown; errors?: unknown };
    try {
      body = (await c.req.json()) as typeof body;
    } catch {
      throw badRequest('The body is not valid JSON.');
    }
    const { accountId, errors } = body;
    const valid =
      typeof errors === 'object' &&
      errors !== null &&
      Object.values(errors).every(
        (list) => Array.isArray(list) && list.every((m) => typeof m === 'string'),
      );
    if (!Number.isInteger(accountId) || !valid)
      throw badRequest('Give accountId (an integer) and errors ({field: [messages]}).');
    funding.refuseNext(accountId as number, errors as Record<string, string[]>);
    return c.json({ accountId });
  });
}

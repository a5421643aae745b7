/** `/v1.0/accounts/{accountId}/…`: details, users, balance, value history (api-reference §3). */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { badRequest } from '../errors.ts';
import { requireQuery } from '../query.ts';

/** .NET ticks (100 ns since 0001-01-01) of the Unix epoch. */
const EPOCH_TICKS = 621_355_968_000_000_000n;

/**
 * Reads a date query value: ISO-8601 (the docs), .NET UTC ticks (the spec), Unix seconds or
 * Unix ms. Anything else is a 400.
 */
export function parseDateParam(value: string, name: string): number {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    if (text.length >= 17) return Number((BigInt(text) - EPOCH_TICKS) / 10_000n);
    const n = Number(text);
    return n < 1e11 ? n * 1000 : n;
  }
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (!Number.isFinite(ms))
    throw badRequest(`The value '${value}' is not a valid date for ${name}.`);
  return ms;
}

export function registerAccountRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  app.get('/v1.0/accounts/:accountId/details', (c) =>
    c.json(structuredClone(accountOf(world, c).details)),
  );

  app.get('/v1.0/accounts/:accountId/users', (c) => {
    const user = world.users.get(accountOf(world, c).userId);
    return c.json(user ? [{ UserModel: user.info, AccountAccessType: 'Owner' }] : []);
  });

  app.get('/v1.0/accounts/:accountId/info', (c) =>
    c.json(world.broker.balance(accountOf(world, c))),
  );

  app.get('/v1.0/accounts/:accountId/history', (c) => {
    const account = accountOf(world, c);
    const q = requireQuery(c, ['startDate', 'endDate', 'step']);
    const start = parseDateParam(q.startDate, 'startDate');
    const end = parseDateParam(q.endDate, 'endDate');
    if (end < start) throw badRequest('endDate must not be before startDate.');
    return c.json(world.accountHistory(account, start, end));
  });
}

/** `/v1.0/users/{userId}/…`: info, accounts, aggregated balance (api-reference §3). */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { sumBalances } from '../../world/broker/balance.ts';
import type { SandboxDeps } from '../deps.ts';
import { envelopeError } from '../errors.ts';

export function registerUserRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  const userOf = (userId: number) => {
    const user = world.users.get(userId);
    if (!user) throw envelopeError([`User with id ${userId} was not found.`]);
    return user;
  };

  app.get('/v1.0/users/:userId/info', (c) => c.json(userOf(c.get('userId')).info));

  app.get('/v1.0/users/:userId/accounts', (c) =>
    c.json(world.accountsOf(userOf(c.get('userId')).id).map((a) => structuredClone(a.model))),
  );

  app.get('/v1.0/users/:userId/balance-info', (c) =>
    c.json(
      sumBalances(world.accountsOf(userOf(c.get('userId')).id).map((a) => world.broker.balance(a))),
    ),
  );
}

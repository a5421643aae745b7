/**
 * Agreements (`/v1.0/users/{userId}/agreements`, spec tag Agreements): the user's unsigned
 * agreements (`[{Type, CanSkip}]`) and signing one (`POST …/{agreementId}/sign` → 200, no body;
 * 409 envelope when it is not waiting for a signature). `agreementId` is the position of the
 * `Type` in the spec's enum (Platform 0, Quotemedia 1, Quodd 2): see `world/market-data/agreements.ts`.
 * Signing the market-data agreement turns the user's quotes real time (`/streamers` `Type`,
 * the quote stream).
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import type { SandboxDeps } from '../deps.ts';
import { noResource } from '../errors.ts';

export function registerAgreementRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  app.get('/v1.0/users/:userId/agreements', (c) => c.json(world.agreements.list(c.get('userId'))));

  app.post('/v1.0/users/:userId/agreements/:agreementId/sign', (c) => {
    const raw = c.req.param('agreementId');
    if (!/^\d+$/.test(raw)) throw noResource(c.req.url);
    world.agreements.sign(c.get('userId'), Number(raw));
    return c.body(null, 200);
  });
}

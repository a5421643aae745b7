/**
 * Control API for agreements (`/__sandbox/agreements`, not under `/api`):
 * `POST {userId, unsigned: ["Quotemedia", …]}` sets which agreements a user has not signed
 * (`[]` signs everything) → `{userId, unsigned: [{Type, CanSkip}], quoteDelayMs}`. The demo
 * logins start with `["Quotemedia"]` (delayed quotes), fresh users with none (real time).
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { AGREEMENT_TYPES, type AgreementType } from '../../world/market-data/agreements.ts';
import type { SandboxDeps } from '../deps.ts';
import { badRequest, noResource } from '../errors.ts';

export function registerAgreementControlRoutes(
  app: Hono<SandboxEnv>,
  { world }: SandboxDeps,
): void {
  app.post('/agreements', async (c) => {
    const body = (await c.req.json().catch(() => null)) as {
      userId?: unknown;
      unsigned?: unknown;
    } | null;
    const userId = body?.userId;
    const unsigned = body?.unsigned;
    const valid =
      Array.isArray(unsigned) &&
      unsigned.every((t) => (AGREEMENT_TYPES as readonly unknown[]).includes(t));
    if (typeof userId !== 'number' || !valid)
      throw badRequest(
        `Send {"userId": 4201, "unsigned": [${AGREEMENT_TYPES.map((t) => `"${t}"`).join(', ')}]}.`,
      );
    if (!world.users.get(userId)) throw noResource(c.req.url);
    world.agreements.setUnsigned(userId, unsigned as AgreementType[]);
    return c.json({
      userId,
      unsigned: world.agreements.list(userId),
      quoteDelayMs: world.agreements.quoteDelayMs(userId),
    });
  });
}

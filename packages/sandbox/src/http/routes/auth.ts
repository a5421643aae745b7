/**
 * `POST /token` and `POST /logout` (api-reference §2). Credentials come in headers, there is no
 * body. A two-factor user first gets 202 `Expecting` with an interim token, then completes with
 * `Authorization: Bearer <interim>` + `VerificationCode`.
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { VERIFICATION_CODE } from '../../world/users.ts';
import { requireAppKey } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { authFailed } from '../errors.ts';
import { bearer } from '../faults.ts';

export function registerAuthRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  app.post('/token', requireAppKey(), (c) => {
    const username = c.req.header('Username') ?? '';
    const password = c.req.header('Password') ?? '';
    const code = c.req.header('VerificationCode');
    const user = world.users.byUsername(username);
    if (!user || user.password !== password) throw authFailed();
    if (!user.twoFactor)
      return c.json({ State: 'Succeeded', Token: world.tokens.issue(user.id) }, 200);
    if (code === undefined) {
      return c.json(
        {
          State: 'Expecting',
          Step: 'VerificationCode',
          Reason: 'Expecting confirmation code',
          Token: world.tokens.issue(user.id, 'interim'),
        },
        202,
      );
    }
    const interim = bearer(c);
    const grant = interim ? world.tokens.grant(interim, 'interim') : null;
    if (!grant || grant.userId !== user.id || code.trim() !== VERIFICATION_CODE) {
      throw authFailed('VerificationCode', 'Corrupted ticket');
    }
    if (interim) world.tokens.revoke(interim);
    return c.json({ State: 'Succeeded', Token: world.tokens.issue(user.id) }, 200);
  });

  app.post('/logout', requireAppKey(), (c) => {
    const token = bearer(c);
    if (token) world.tokens.revoke(token);
    return c.body(null, 200);
  });
}

/**
 * Authentication middleware for `/api/*`: the `Et-App-Key` is checked first (403), then the
 * bearer token (401), then the `{userId}` and `{accountId}` path segments.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../contract.ts';
import type { AccountState } from '../world/broker/types.ts';
import { APP_KEY } from '../world/users.ts';
import type { World } from '../world/world.ts';
import { appKeyInvalid, envelopeError, noResource, serverError, unauthorized } from './errors.ts';
import { bearer } from './faults.ts';

/** 403 unless the request carries the sandbox's application key. */
export function requireAppKey(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.header('Et-App-Key') !== APP_KEY) throw appKeyInvalid();
    await next();
  };
}

/** Resolves the bearer token to a user; 401 with the documented body when it is missing, expired or revoked. */
export function requireToken(world: World): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const token = bearer(c);
    const userId = token ? world.userIdForToken(token) : null;
    if (userId === null) throw unauthorized();
    c.set('userId', userId);
    c.set('world', world);
    await next();
  };
}

/**
 * `{userId}`: `@me` or the caller's own id. Another user's id is a 401; an id no user has is
 * the documented 500 envelope.
 */
export function checkUserParam(world: World): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const raw = c.req.param('userId');
    if (raw !== undefined && raw.toLowerCase() !== '@me') {
      if (!/^\d+$/.test(raw)) throw noResource(c.req.url);
      const id = Number(raw);
      if (id !== c.get('userId')) {
        throw world.users.get(id)
          ? unauthorized()
          : envelopeError([`User with id ${id} was not found.`]);
      }
    }
    await next();
  };
}

/**
 * `{accountId}` must be one of the caller's accounts: another user's (or an unknown) account is
 * a 401; a userId passed as an accountId is the documented 500.
 */
export function checkAccountParam(world: World): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const raw = c.req.param('accountId');
    if (raw !== undefined) {
      if (!/^\d+$/.test(raw)) throw noResource(c.req.url);
      const id = Number(raw);
      if (!world.userOwnsAccount(c.get('userId'), id)) {
        throw world.users.get(id) && !world.account(id) ? serverError() : unauthorized();
      }
    }
    await next();
  };
}

/** The caller's account named by `:accountId` (after {@link checkAccountParam}). */
export function accountOf(world: World, c: Context<SandboxEnv>): AccountState {
  const account = world.account(Number(c.req.param('accountId')));
  if (!account || account.userId !== c.get('userId')) throw unauthorized();
  return account;
}

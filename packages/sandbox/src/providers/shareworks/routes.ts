/**
 * The Shareworks Public API's HTTP face on the sandbox app, under `/shareworks/rest/admin/v1`
 * (the seed's `<API Endpoint>/rest/admin/v1/...`), and its control routes under
 * `/__sandbox/shareworks`.
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { badRequest, notFound, rateLimited, ShareworksError, unavailable } from './errors.ts';
import { parseId, type Page } from './directory.ts';
import type { ShareworksSandbox } from './shareworks.ts';

/** Where the API is mounted on the sandbox (its "API Endpoint"). */
export const SHAREWORKS_BASE_PATH = '/shareworks';
/** The versioned REST prefix under the endpoint. */
export const SHAREWORKS_API_PREFIX = '/rest/admin/v1';

type Ctx = Context<SandboxEnv>;

function errorResponse(error: ShareworksError): Response {
  return new Response(JSON.stringify(error.body()), {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
  });
}

/** Runs a handler, answering a {@link ShareworksError} with its documented body. */
function handle(fn: (c: Ctx) => unknown | Promise<unknown>) {
  return async (c: Ctx): Promise<Response> => {
    try {
      const result = await fn(c);
      if (result instanceof Response) return result;
      return c.json(result as object);
    } catch (error) {
      if (error instanceof ShareworksError) return errorResponse(error);
      throw error;
    }
  };
}

function bearerOf(c: Ctx): string | null {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

function paged<T>(c: Ctx, page: Page<T>): Response {
  c.header('Page-Number', String(page.pageNumber));
  c.header('Page-Size', String(page.pageSize));
  return c.json(page.items as object);
}

/** The `accessToken.value` of a refresh / terminate body, or 400 when the body is not JSON. */
async function tokenInBody(c: Ctx): Promise<string | undefined> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('Could not parse the request body.');
  }
  const value = (body as { accessToken?: { value?: unknown } } | null)?.accessToken?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Mounts the API and its control routes. */
export function registerShareworksRoutes(
  app: Hono<SandboxEnv>,
  shareworks: ShareworksSandbox,
): void {
  const { auth, directory, limiter, unavailableFor } = shareworks;
  const api = app.basePath(`${SHAREWORKS_BASE_PATH}${SHAREWORKS_API_PREFIX}`);
  const query = (c: Ctx): URLSearchParams => new URL(c.req.url).searchParams;
  const id = (c: Ctx, name: Parameters<typeof parseId>[0]): number =>
    parseId(name, c.req.param(name) ?? '');

  // Every hit counts against the caller's limits, then every route but `auth/tokens` needs a live
  // token; a client the control API has Shareworks down for gets 503 first.
  app.use(`${SHAREWORKS_BASE_PATH}/*`, async (c, next) => {
    const client = auth.clientOf(bearerOf(c)) ?? 'anonymous';
    if (unavailableFor.has(client)) return errorResponse(unavailable());
    const wait = limiter.hit(client, c.req.method);
    if (wait !== null) return errorResponse(rateLimited(wait));
    const path = new URL(c.req.url).pathname;
    const open = path === `${SHAREWORKS_BASE_PATH}${SHAREWORKS_API_PREFIX}/auth/tokens`;
    if (!open) {
      try {
        auth.session(bearerOf(c));
      } catch (error) {
        if (error instanceof ShareworksError) return errorResponse(error);
        throw error;
      }
    }
    await next();
  });

  api.post(
    '/auth/tokens',
    handle(async (c) => {
      const type = (c.req.header('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'text/plain') throw badRequest('The Content-Type must be text/plain.');
      return auth.exchange(bearerOf(c));
    }),
  );
  api.post(
    '/refresh/tokens',
    handle(async (c) => auth.refresh(bearerOf(c), await tokenInBody(c))),
  );
  api.post(
    '/terminate/tokens',
    handle(async (c) => auth.terminate(bearerOf(c), await tokenInBody(c))),
  );

  api.get(
    '/company',
    handle((c) => paged(c, directory.companyList(query(c)))),
  );
  api.get(
    '/company/:companyId',
    handle((c) => directory.company(id(c, 'companyId')).company),
  );
  api.get(
    '/company/:companyId/award-type',
    handle((c) => directory.awardTypes(id(c, 'companyId'))),
  );
  api.get(
    '/company/:companyId/stakeholder/individual/:stakeholderId',
    handle((c) => directory.stakeholder(id(c, 'companyId'), id(c, 'stakeholderId'))),
  );
  api.get(
    '/company/:companyId/stakeholder/holdings',
    handle((c) => directory.allHoldings(id(c, 'companyId'))),
  );
  api.get(
    '/company/:companyId/stakeholder/holdings/:stakeholderId',
    handle((c) => directory.holdings(id(c, 'companyId'), id(c, 'stakeholderId'))),
  );
  api.get(
    '/company/:companyId/stakeholder/grant/:grantId',
    handle((c) => directory.grant(id(c, 'companyId'), id(c, 'grantId'))),
  );
  api.get(
    '/company/:companyId/stakeholder/:stakeholderId/grant',
    handle((c) => paged(c, directory.grants(id(c, 'companyId'), id(c, 'stakeholderId'), query(c)))),
  );
  api.get(
    '/company/:companyId/vesting-schedule',
    handle((c) => paged(c, directory.schedules(id(c, 'companyId'), query(c)))),
  );
  api.get(
    '/company/:companyId/vesting-schedule/:vestingScheduleId',
    handle((c) => directory.schedule(id(c, 'companyId'), id(c, 'vestingScheduleId'))),
  );
  app.all(
    `${SHAREWORKS_BASE_PATH}/*`,
    handle((c) => {
      throw notFound(new URL(c.req.url).pathname);
    }),
  );

  const control = app.basePath('/__sandbox/shareworks');
  control.get('/demo-employee', (c) => c.json(shareworks.demoEmployee()));
  control.post('/api-keys', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { publicKey?: unknown };
    if (
      typeof body.publicKey !== 'string' ||
      !body.publicKey.includes('-----BEGIN PUBLIC KEY-----')
    )
      return c.json({ error: 'publicKey must be an SPKI PEM (-----BEGIN PUBLIC KEY-----)' }, 400);
    const { clientId, clientSecret } = auth.addApiKey(body.publicKey);
    return c.json({ clientId, clientSecret }, 201);
  });
  control.post('/api-keys/:clientId', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as {
      enabled?: unknown;
      unavailable?: unknown;
    };
    const { enabled, unavailable: down } = body;
    if (
      (enabled === undefined && down === undefined) ||
      (enabled !== undefined && typeof enabled !== 'boolean') ||
      (down !== undefined && typeof down !== 'boolean')
    )
      return c.json({ error: 'enabled and/or unavailable must be booleans' }, 400);
    const clientId = c.req.param('clientId');
    if (!auth.hasKey(clientId)) return c.json({ error: 'No such client id' }, 404);
    if (enabled !== undefined) auth.setEnabled(clientId, enabled);
    if (down === true) unavailableFor.add(clientId);
    if (down === false) unavailableFor.delete(clientId);
    return c.body(null, 204);
  });
  control.post('/tokens/expire', (c) => c.json({ expired: auth.expireAll() }));
  control.get('/settings', (c) => c.json(shareworks.settings(c.req.query('clientId'))));
  control.put('/settings', async (c) => {
    const body = (await c.req.json().catch(() => null)) as
      Parameters<ShareworksSandbox['configure']>[0] | null;
    if (!body || typeof body !== 'object')
      return c.json({ error: 'The body must be a JSON object.' }, 400);
    try {
      shareworks.configure(body);
    } catch (error) {
      if (error instanceof TypeError) return c.json({ error: error.message }, 400);
      throw error;
    }
    return c.json(shareworks.settings(body.clientId));
  });
  control.post('/rate-limit/reset', (c) => {
    limiter.reset();
    return c.body(null, 204);
  });
}

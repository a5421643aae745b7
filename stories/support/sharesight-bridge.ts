/**
 * What a host's Sharesight bridge (`@autoshares/host`, `createSharesightBridge`) answers, for
 * stories, which have no server: on the page's own origin under `/story-sharesight/<mode>/`,
 * routed by the in-browser sandbox (`pageRoutes`). `connected` reads the in-browser sandbox's
 * Sharesight as the demo person, through the bridge's own route table (only its paths and
 * parameters, only the fields it passes on); the other modes answer as the bridge does in that
 * state:
 *
 * - `not-connected`: 401 `not_connected` (the person has not connected Sharesight);
 * - `loading`: never answers; `error`: 502 `upstream_error`;
 * - `rate-limited`: 429 with `Retry-After: 2`; `empty`: the sandbox's person without a portfolio.
 */
import {
  checkedQuery,
  parseReadPath,
  ReadRequestError,
} from '../../packages/host/src/sharesight/read-routes.ts';
import {
  SHARESIGHT_DEMO_CLIENT,
  SHARESIGHT_DEMO_USER,
  SHARESIGHT_NEW_USER,
} from '../../packages/sandbox/src/providers/sharesight/index.ts';
import { browserSandbox } from './sandbox.ts';

export const STORY_SHARESIGHT = '/story-sharesight';

export type StorySharesightMode =
  'connected' | 'not-connected' | 'loading' | 'error' | 'rate-limited' | 'empty';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const accessTokens = new Map<number, Promise<string>>();

/** A Sharesight person's grant, as the bridge keeps it server-side (one per person and page). */
function grant(userId: number): Promise<string> {
  let accessToken = accessTokens.get(userId);
  accessToken ??= (async () => {
    const { apiUrl, sandbox } = await browserSandbox();
    const redirectUri = `${location.origin}${STORY_SHARESIGHT}/callback`;
    const code = sandbox.sharesight.oauth2.issueCode(
      new URLSearchParams({ client_id: SHARESIGHT_DEMO_CLIENT.id, redirect_uri: redirectUri }),
      userId,
    );
    const response = await fetch(`${new URL(apiUrl).origin}/sharesight/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: SHARESIGHT_DEMO_CLIENT.id,
        client_secret: SHARESIGHT_DEMO_CLIENT.secret,
      }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  })();
  accessTokens.set(userId, accessToken);
  return accessToken;
}

async function sharesight(
  userId: number,
  path: string,
  query = new URLSearchParams(),
): Promise<unknown> {
  const { apiUrl } = await browserSandbox();
  const url = new URL(`${new URL(apiUrl).origin}/sharesight${path}`);
  url.search = query.toString();
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${await grant(userId)}` },
  });
  if (!response.ok)
    throw new ReadRequestError(502, 'upstream_error', `Sharesight answered ${response.status}.`);
  return response.json();
}

async function connected(userId: number, rest: string, query: URLSearchParams): Promise<Response> {
  if (rest === '/portfolios') {
    const body = (await sharesight(userId, '/api/v3/portfolios')) as {
      portfolios: Record<string, unknown>[];
    };
    return json(200, {
      portfolios: body.portfolios.map((p) => ({
        id: Number(p.id),
        name: String(p.name),
        currency_code: String(p.currency_code),
        inception_date: String(p.inception_date),
      })),
    });
  }
  const target = parseReadPath(rest);
  if (!target) return json(404, { error: 'not_found', message: 'There is no such resource.' });
  const body = await sharesight(
    userId,
    target.route.path(target.portfolioId),
    checkedQuery(target.route, query),
  );
  return json(200, target.route.pick(body as Record<string, unknown>));
}

/** Answers a request under {@link STORY_SHARESIGHT} (see the module comment). */
export async function storySharesightBridge(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const match = /^\/story-sharesight\/([a-z-]+)(\/.*)$/.exec(url.pathname);
  const mode = match?.[1] as StorySharesightMode | undefined;
  const rest = match?.[2] ?? '';
  try {
    switch (mode) {
      case 'connected':
        return await connected(SHARESIGHT_DEMO_USER.id, rest, url.searchParams);
      case 'empty':
        return await connected(SHARESIGHT_NEW_USER.id, rest, url.searchParams);
      case 'not-connected':
        return json(401, {
          error: 'not_connected',
          message: 'Connect your Sharesight account first.',
        });
      case 'loading':
        return await new Promise<Response>(() => undefined);
      case 'error':
        return json(502, { error: 'upstream_error', message: 'Sharesight answered 500.' });
      case 'rate-limited':
        return json(
          429,
          { error: 'rate_limited', message: 'Sharesight is busy; try again shortly.' },
          { 'Retry-After': '2' },
        );
      default:
        return json(404, { error: 'not_found', message: 'Not a Sharesight bridge path.' });
    }
  } catch (error) {
    if (error instanceof ReadRequestError)
      return json(error.status, { error: error.code, message: error.message });
    throw error;
  }
}

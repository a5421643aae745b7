/**
 * Test helpers (not exported): a sandbox server with the OAuth routes mounted, a partner site
 * on another port serving a token bridge, and a tiny "browser" that follows redirects by hand,
 * keeps the bridge's cookies and submits the sandbox's sign-in and consent forms.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSetCookie } from 'cookie';
// The sandbox does not export its OAuth module from a package entry yet (see the report); until
// it does, the tests reach it by path.
import {
  registerOAuthRoutes,
  type AuthorizationServerOptions,
  type OAuthAuthorizationServer,
} from '../../sandbox/src/oauth/index.ts';
import {
  APP_KEY,
  DEMO_USER,
  startSandboxServer,
  type SandboxServer,
} from '@autoshares/sandbox/node';
import { createTokenBridge, type TokenBridge } from './bridge.ts';
import { toNodeHandler } from './node.ts';
import type { TokenBridgeOptions } from './options.ts';

export const DEMO_CLIENT = {
  clientId: 'autoshares-demo-client',
  clientSecret: 'autoshares-demo-secret',
};
export const COOKIE_SECRET = 'test-cookie-secret-at-least-32-characters-long';

/**
 * The sandbox with its OAuth routes on the app root. If the sandbox already mounts them (and
 * exposes the server as `sandbox.oauth`), that server is tuned; else they are mounted here,
 * before the first request (Hono builds its router then).
 */
export async function startOAuthSandbox(
  options: Pick<AuthorizationServerOptions, 'accessTokenLifetimeMs' | 'codeLifetimeMs'> = {},
): Promise<{ server: SandboxServer; oauth: OAuthAuthorizationServer }> {
  const server = await startSandboxServer({ port: 0, tickRate: 1 });
  const mounted = (server.sandbox as { oauth?: OAuthAuthorizationServer }).oauth;
  const oauth = mounted ?? registerOAuthRoutes(server.sandbox.app, server.sandbox.world, options);
  if (options.accessTokenLifetimeMs !== undefined)
    oauth.accessTokenLifetimeMs = options.accessTokenLifetimeMs;
  if (options.codeLifetimeMs !== undefined) oauth.codeLifetimeMs = options.codeLifetimeMs;
  return { server, oauth };
}

export interface PartnerSite {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  bridge: TokenBridge;
  close(): Promise<void>;
}

/** A partner site on 127.0.0.1 serving the bridge (and 404 for anything else). */
export async function startPartnerSite(
  issuer: string,
  overrides: Partial<TokenBridgeOptions> = {},
): Promise<PartnerSite> {
  // The bridge needs the port (its redirect URI) before it exists; requests wait for it.
  const mounted: { bridge?: TokenBridge } = {};
  const server: Server = createServer((req, res) => {
    if (!mounted.bridge) return void res.writeHead(503).end();
    toNodeHandler(mounted.bridge)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const basePath = overrides.basePath ?? '/autoshares';
  const bridge = createTokenBridge({
    issuer,
    ...DEMO_CLIENT,
    redirectUri: `${origin}${basePath}/callback`,
    cookieSecret: COOKIE_SECRET,
    apiBaseUrl: `${issuer}/api`,
    ...overrides,
  });
  mounted.bridge = bridge;
  return {
    origin,
    bridge,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A browser's view of one site: its cookies and every URL it visited. */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly visited: string[] = [];

  /** A request with this browser's cookies (for the partner site only) and fetch metadata. */
  async fetch(url: string, init: RequestInit & { site?: string } = {}): Promise<Response> {
    this.visited.push(url);
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set(
        'Cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    if (init.site) headers.set('Sec-Fetch-Site', init.site);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(line);
      if (cookie.maxAge === 0 || !cookie.value) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** Follows one redirect; returns its target. */
  static location(response: Response): string {
    const location = response.headers.get('Location');
    if (!location || response.status < 300 || response.status >= 400) {
      throw new Error(`expected a redirect, got ${response.status}`);
    }
    return location;
  }
}

/** The `action` and hidden `interaction` of the sandbox's sign-in or consent form. */
export function formOf(html: string): { action: string; interaction: string } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const interaction = /name="interaction" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !interaction) throw new Error(`no sign-in form in:\n${html}`);
  return { action, interaction };
}

/** Posts a form the way a browser submits one. */
export function postForm(
  browser: Browser,
  url: string,
  fields: Record<string, string>,
): Promise<Response> {
  return browser.fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

/**
 * Runs login → authorize → sign in → consent and stops at AutoShares' redirect back to the
 * partner: returns the callback URL (with code and state) without visiting it.
 */
export async function authorizeUntilCallback(
  browser: Browser,
  site: PartnerSite,
  sandboxUrl: string,
  options: { loginQuery?: string; decision?: 'allow' | 'deny' } = {},
): Promise<string> {
  const login = await browser.fetch(
    `${site.origin}${site.bridge.basePath}/login${options.loginQuery ?? ''}`,
  );
  const authorizeUrl = Browser.location(login);
  const signInPage = await browser.fetch(authorizeUrl);
  if (signInPage.status !== 200)
    throw new Error(`authorize answered ${signInPage.status}: ${await signInPage.text()}`);
  const signIn = formOf(await signInPage.text());
  const consentPage = await postForm(browser, new URL(signIn.action, sandboxUrl).href, {
    interaction: signIn.interaction,
    username: DEMO_USER.username,
    password: DEMO_USER.password,
  });
  const consent = formOf(await consentPage.text());
  const decided = await postForm(browser, new URL(consent.action, sandboxUrl).href, {
    interaction: consent.interaction,
    decision: options.decision ?? 'allow',
  });
  return Browser.location(decided);
}

/** The whole sign-in; returns the callback's response. */
export async function signIn(
  browser: Browser,
  site: PartnerSite,
  sandboxUrl: string,
): Promise<Response> {
  return browser.fetch(await authorizeUntilCallback(browser, site, sandboxUrl));
}

/** `GET /api/v1.0/users/@me/info` with a bearer token. */
export function userInfo(sandboxUrl: string, token: string): Promise<Response> {
  return fetch(`${sandboxUrl}/api/v1.0/users/@me/info`, {
    headers: { Authorization: `Bearer ${token}`, 'Et-App-Key': APP_KEY },
  });
}

/** Polls `check` every `intervalMs` until it is true; false after `attempts` tries. */
export async function waitFor(
  check: () => Promise<boolean>,
  attempts = 50,
  intervalMs = 100,
): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}

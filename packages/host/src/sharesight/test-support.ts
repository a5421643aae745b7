/**
 * Test helpers (not exported): a partner site on 127.0.0.1 that serves the Sharesight bridge
 * for whoever its `site_user` cookie names, records every request the bridge sends to
 * Sharesight, and a person who connects through the sandbox's grant page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { submitGrantPage } from '../../../sandbox/src/providers/sharesight/test-support.ts';
import { SHARESIGHT_DEMO_USER } from '../../../sandbox/src/providers/sharesight/data.ts';
import { toNodeHandler } from '../node.ts';
import { Browser } from '../test-support.ts';
import { createSharesightBridge, type SharesightBridge } from './bridge.ts';
import type { SharesightBridgeOptions, SharesightGrant } from './options.ts';

export const SHARESIGHT_CLIENT = {
  clientId: 'sharesight-demo-client',
  clientSecret: 'sharesight-demo-secret',
};

/** One request the bridge sent to Sharesight and the status it got. */
export interface SentRequest {
  method: string;
  url: string;
  status: number;
  authorization: string | null;
}

export interface SharesightSite {
  origin: string;
  bridge: SharesightBridge;
  grants: Map<string, SharesightGrant>;
  sent: SentRequest[];
  /** Called with each Sharesight response (e.g. to roll the sandbox's minute over). */
  onResponse?: (response: Response) => void;
  /** Each Sharesight request is held this long before it is sent (to make overlaps visible). */
  holdMs: number;
  /** The most Sharesight requests that were in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startSharesightSite(
  sharesightUrl: string,
  overrides: Partial<SharesightBridgeOptions> = {},
): Promise<SharesightSite> {
  const mounted: { bridge?: SharesightBridge } = {};
  const server: Server = createServer((req, res) => {
    if (!mounted.bridge) return void res.writeHead(503).end();
    toNodeHandler(mounted.bridge)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const grants = new Map<string, SharesightGrant>();
  const site: SharesightSite = {
    origin,
    grants,
    sent: [],
    holdMs: 0,
    maxInFlight: 0,
    bridge: undefined as unknown as SharesightBridge,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  let inFlight = 0;
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    inFlight++;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    let response: Response;
    try {
      if (site.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, site.holdMs));
      response = await fetch(request);
    } finally {
      inFlight--;
    }
    site.sent.push({
      method: request.method,
      url: request.url,
      status: response.status,
      authorization: request.headers.get('Authorization'),
    });
    site.onResponse?.(response);
    return response;
  };
  site.bridge = createSharesightBridge({
    sharesightUrl,
    ...SHARESIGHT_CLIENT,
    redirectUri: `${origin}/sharesight/callback`,
    allowInsecureRequests: true,
    userOf: (request) =>
      /(?:^|;\s*)site_user=([a-z]+)/.exec(request.headers.get('Cookie') ?? '')?.[1] ?? null,
    store: {
      get: (id) => grants.get(id),
      set: (id, grant) => void grants.set(id, grant),
      delete: (id) => void grants.delete(id),
    },
    fetch: recordingFetch,
    ...overrides,
  });
  mounted.bridge = site.bridge;
  return site;
}

/** A browser signed in to the partner site as `user`. */
export function personOnSite(user: string): Browser {
  const browser = new Browser();
  browser.cookies.set('site_user', user);
  return browser;
}

/**
 * Connect → Sharesight grant page (signed in as `sharesightUser`, allow) → callback; returns the
 * callback's response and the authorize URL the bridge sent the person to.
 */
export async function connect(
  browser: Browser,
  site: SharesightSite,
  sharesightUser: { email: string; password: string } = SHARESIGHT_DEMO_USER,
): Promise<{ callback: Response; authorizeUrl: string; page: string }> {
  const start = await browser.fetch(`${site.origin}/sharesight/connect`);
  const authorizeUrl = Browser.location(start);
  const page = await fetch(authorizeUrl);
  const html = await page.clone().text();
  const granted = await submitGrantPage(page, authorizeUrl, { user: sharesightUser });
  const callbackUrl = Browser.location(granted);
  const callback = await browser.fetch(callbackUrl);
  return { callback, authorizeUrl, page: html };
}

/** A same-origin read of the bridge, as a page of the site fetches it. */
export function read(browser: Browser, site: SharesightSite, path: string): Promise<Response> {
  return browser.fetch(`${site.origin}/sharesight${path}`, { site: 'same-origin' });
}

/**
 * The Shareworks and Sharesight bridges of `@autoshares/host`, mounted on a local site (the demo
 * and the element tests) against the sandbox, as a partner mounts them on its own site. The
 * site's "signed-in person" is fixed per mount path, so pages need no cookies of their own:
 *
 * - `/shareworks/*`, `/sharesight/*`: the demo user (an NVIDIA employee with grants; a Sharesight
 *   person who connects through the sandbox's grant page);
 * - `/shareworks-as/<person>/*`: `dana` (the demo user), `riley` (a colleague), `newhire` (a
 *   colleague with no grants yet), `misfiled` (a stakeholder of another company: the host's
 *   mapping mistake), `nobody` (signed out); `throttled` (Riley again, through an API key of its
 *   own, so tests may tighten its Shareworks limits without touching any other mount's) and
 *   `unavailable` (Dana through an API key for which the sandbox has Shareworks down: 503);
 * - `/sharesight-as/<user>/*`: any lower-case name; `connected` is connected at start. These
 *   mounts pause 2 s (not a minute) after Sharesight's minute-rate refusal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import {
  createShareworksBridge,
  type StakeholderRef,
} from '../packages/host/src/shareworks/index.ts';
import { createSharesightBridge } from '../packages/host/src/sharesight/index.ts';
import { toNodeHandler } from '../packages/host/src/node.ts';
import { submitGrantPage } from '../packages/sandbox/src/providers/sharesight/test-support.ts';

type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (e?: unknown) => void,
) => void;

export interface ProviderBridgesOptions {
  /** The sandbox's origin, e.g. `http://127.0.0.1:4010`. */
  sandboxUrl: string;
  /** The site's own origin, where the bridges are mounted. */
  siteOrigin: string;
  /** Where the Sharesight callback sends the person afterwards (default `/`). */
  afterConnect?: string;
}

export interface ProviderBridges {
  /** Node/connect middleware: answers the bridges' paths, passes everything else on. */
  middleware: NodeHandler;
  /**
   * Connects `/sharesight-as/<user>` to a Sharesight person of the sandbox (default the demo
   * person), server-side.
   */
  connectSharesight(user: string, login?: { email: string; password: string }): Promise<void>;
  /** The Shareworks API client id `/shareworks-as/<person>` calls with (for the sandbox's control API). */
  shareworksClientId(person: string): string;
  close(): Promise<void>;
}

const PEOPLE: Record<string, StakeholderRef | null> = {
  dana: { companyId: 101, stakeholderId: 5001, symbol: 'NVDA' },
  riley: { companyId: 101, stakeholderId: 5002, symbol: 'NVDA' },
  newhire: { companyId: 101, stakeholderId: 5003, symbol: 'NVDA' },
  misfiled: { companyId: 102, stakeholderId: 5001 },
  nobody: null,
  throttled: { companyId: 101, stakeholderId: 5002, symbol: 'NVDA' },
  unavailable: { companyId: 101, stakeholderId: 5001, symbol: 'NVDA' },
};
/** The mounts that call Shareworks with an API key of their own (the others share one). */
const OWN_KEY = ['throttled', 'unavailable'];
const NAME = /^[a-z][a-z0-9-]{0,40}$/;
const SHARESIGHT_CLIENT = {
  clientId: 'sharesight-demo-client',
  clientSecret: 'sharesight-demo-secret',
};

export async function createProviderBridges(
  options: ProviderBridgesOptions,
): Promise<ProviderBridges> {
  const { sandboxUrl, siteOrigin } = options;
  const control = (path: string, body: unknown) =>
    fetch(`${sandboxUrl}/__sandbox/shareworks${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  /** Registers an API key with the sandbox ("Add API Key"): its credentials and private key. */
  async function apiKey() {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const registered = await control('/api-keys', { publicKey: await exportSPKI(publicKey) });
    if (registered.status !== 201)
      throw new Error(`The sandbox refused the Shareworks API key (${registered.status}).`);
    const credentials = (await registered.json()) as { clientId: string; clientSecret: string };
    return { ...credentials, privateKey: await exportPKCS8(privateKey) };
  }
  const shared = await apiKey();
  const keys = new Map<string, typeof shared>();
  for (const person of OWN_KEY) keys.set(person, await apiKey());
  const down = await control(`/api-keys/${keys.get('unavailable')!.clientId}`, {
    unavailable: true,
  });
  if (down.status !== 204) throw new Error(`The sandbox refused the outage (${down.status}).`);

  const shareworks = new Map<string, ReturnType<typeof createShareworksBridge>>();
  const sharesight = new Map<string, ReturnType<typeof createSharesightBridge>>();

  function shareworksFor(basePath: string, person: StakeholderRef | null, key = shared) {
    let bridge = shareworks.get(basePath);
    if (!bridge) {
      bridge = createShareworksBridge({
        apiUrl: `${sandboxUrl}/shareworks`,
        ...key,
        origin: siteOrigin,
        basePath,
        maxRetryDelayMs: 5000,
        resolveStakeholder: () => person,
      });
      shareworks.set(basePath, bridge);
    }
    return bridge;
  }

  function sharesightFor(basePath: string, user: string) {
    let bridge = sharesight.get(basePath);
    if (!bridge) {
      bridge = createSharesightBridge({
        sharesightUrl: `${sandboxUrl}/sharesight`,
        ...SHARESIGHT_CLIENT,
        redirectUri: `${siteOrigin}${basePath}/callback`,
        basePath,
        afterConnect: options.afterConnect,
        allowInsecureRequests: true,
        // The tests' mounts pause only briefly after Sharesight's minute-rate refusal, so a
        // test sees the bridge's 429 within its deadline (a partner keeps the default minute).
        ...(basePath.startsWith('/sharesight-as/') ? { rateLimitBackoffMs: 2000 } : {}),
        userOf: () => user,
      });
      sharesight.set(basePath, bridge);
    }
    return bridge;
  }

  /** The bridge a path belongs to, or undefined. */
  function route(pathname: string) {
    if (pathname.startsWith('/shareworks/')) return shareworksFor('/shareworks', PEOPLE.dana);
    if (pathname.startsWith('/sharesight/')) return sharesightFor('/sharesight', 'demo');
    const match = /^\/(shareworks|sharesight)-as\/([^/]+)\//.exec(pathname);
    if (!match || !NAME.test(match[2])) return undefined;
    const [, provider, who] = match;
    if (provider === 'shareworks')
      return Object.hasOwn(PEOPLE, who)
        ? shareworksFor(`/shareworks-as/${who}`, PEOPLE[who], keys.get(who))
        : undefined;
    return sharesightFor(`/sharesight-as/${who}`, who);
  }

  const middleware: NodeHandler = (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const bridge = route(pathname);
    if (!bridge) {
      if (next) next();
      else res.writeHead(404).end();
      return;
    }
    toNodeHandler(bridge)(req, res, next);
  };

  async function connectSharesight(
    user: string,
    login?: { email: string; password: string },
  ): Promise<void> {
    const basePath = `/sharesight-as/${user}`;
    const bridge = sharesightFor(basePath, user);
    const start = await bridge(new Request(`${siteOrigin}${basePath}/connect`));
    const authorize = start.headers.get('Location');
    if (!authorize) throw new Error(`connect answered ${start.status}`);
    const granted = await submitGrantPage(await fetch(authorize), authorize, { user: login });
    const callback = granted.headers.get('Location');
    if (!callback) throw new Error(`the grant page answered ${granted.status}`);
    const done = await bridge(new Request(callback));
    if (done.status !== 302) throw new Error(`the callback answered ${done.status}`);
  }

  return {
    middleware,
    connectSharesight,
    shareworksClientId: (person) => (keys.get(person) ?? shared).clientId,
    async close() {
      await Promise.allSettled([...shareworks.values()].map((bridge) => bridge.close()));
    },
  };
}

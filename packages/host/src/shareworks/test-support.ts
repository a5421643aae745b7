/**
 * Test helpers (not exported): the sandbox on 127.0.0.1 on a clock that starts at a fixed day and
 * runs in real time (so grant dates and vesting are known), an API key registered with it, and a
 * partner site on another port serving a Shareworks bridge whose signed-in person is chosen by a
 * `site_user` cookie. Every call the bridge makes to Shareworks is recorded.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';
import { toNodeHandler } from '../node.ts';
import { createShareworksBridge, type ShareworksBridge } from './bridge.ts';
import type { ShareworksBridgeOptions, StakeholderRef } from './options.ts';

/** The day the tests live on: 2026-12-07 10:00 UTC, running on from there. */
export const TEST_DAY = Date.UTC(2026, 11, 7, 10, 0);
const offset = TEST_DAY - Date.now();
/** The shared clock of the sandbox and the bridges. */
export const clock = (): number => Date.now() + offset;

/** Who each `site_user` cookie is at the host (the host's own mapping). */
export const PEOPLE: Record<string, StakeholderRef> = {
  dana: { companyId: 101, stakeholderId: 5001, symbol: 'NVDA' },
  riley: { companyId: 101, stakeholderId: 5002, symbol: 'NVDA' },
  /** A mapping mistake: a stakeholder of another company. */
  misfiled: { companyId: 102, stakeholderId: 5001 },
};

export interface Upstream {
  method: string;
  /** Path after `/rest/admin/v1`. */
  path: string;
  status: number;
  /** When it was sent and when its answer came, epoch ms (real time). */
  sentAt: number;
  at: number;
}

export interface ShareworksSandbox {
  server: SandboxServer;
  clientId: string;
  clientSecret: string;
  privateKey: string;
  control(path: string, body?: unknown, method?: string): Promise<Response>;
}

export async function startShareworksSandbox(): Promise<ShareworksSandbox> {
  const server = await startSandboxServer({ port: 0, tickRate: 1, autoStart: false, now: clock });
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const control = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    fetch(`${server.url}/__sandbox/shareworks${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const registered = await control('/api-keys', { publicKey: await exportSPKI(publicKey) });
  if (registered.status !== 201) throw new Error(`api-keys answered ${registered.status}`);
  const { clientId, clientSecret } = (await registered.json()) as {
    clientId: string;
    clientSecret: string;
  };
  return { server, clientId, clientSecret, privateKey: await exportPKCS8(privateKey), control };
}

export interface ShareworksSite {
  origin: string;
  bridge: ShareworksBridge;
  upstream: Upstream[];
  /** A same-origin page's read as `person` (no cookie: signed out). */
  read(path: string, person?: string, init?: RequestInit & { site?: string }): Promise<Response>;
  /** The same with the path sent byte for byte (no URL normalisation). */
  raw(path: string, person?: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export async function startShareworksSite(
  sandbox: ShareworksSandbox,
  overrides: Partial<ShareworksBridgeOptions> = {},
): Promise<ShareworksSite> {
  const upstream: Upstream[] = [];
  const mounted: { bridge?: ShareworksBridge } = {};
  const server: Server = createServer((req, res) => {
    if (!mounted.bridge) return void res.writeHead(503).end();
    toNodeHandler(mounted.bridge)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bridge = createShareworksBridge({
    apiUrl: `${sandbox.server.url}/shareworks`,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    privateKey: sandbox.privateKey,
    origin,
    now: clock,
    maxRetryDelayMs: 5000,
    resolveStakeholder: (request) => {
      const user = /(?:^|;\s*)site_user=([a-z]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
      return user && Object.hasOwn(PEOPLE, user) ? PEOPLE[user] : null;
    },
    fetch: async (input, init) => {
      const sentAt = Date.now();
      const response = await fetch(input, init);
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      );
      upstream.push({
        method: init?.method ?? 'GET',
        path: url.pathname.replace(/^.*\/rest\/admin\/v1/, ''),
        status: response.status,
        sentAt,
        at: Date.now(),
      });
      return response;
    },
    ...overrides,
  });
  mounted.bridge = bridge;
  const cookie = (person?: string): Record<string, string> =>
    person ? { Cookie: `site_user=${person}` } : {};
  return {
    origin,
    bridge,
    upstream,
    read: (path, person, { site = 'same-origin', ...init } = {}) =>
      fetch(`${origin}${path}`, {
        ...init,
        headers: { Accept: 'application/json', 'Sec-Fetch-Site': site, ...cookie(person) },
      }),
    raw: (path, person) =>
      new Promise((resolve, reject) => {
        const req = httpRequest(`${origin}/`, {
          path,
          headers: { 'Sec-Fetch-Site': 'same-origin', ...cookie(person) },
        });
        req.on('response', (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

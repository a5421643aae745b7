/**
 * Test support: a real sandbox server on 127.0.0.1 and a fresh isolated demo user per test
 * file, plus helpers to read the sandbox's request counters and set its fault knobs.
 * Tests only; nothing in the client imports this.
 */
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';
import { AutoSharesClient, type AutoSharesClientOptions } from '../client.ts';

export interface SandboxUser {
  username: string;
  password: string;
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
}

export interface SandboxHarness {
  server: SandboxServer;
  /** `POST /__sandbox/users`: a fresh isolated user. */
  createUser(): Promise<SandboxUser>;
  /** A client for a user (token given), with extra options. */
  client(user: SandboxUser, options?: Partial<AutoSharesClientOptions>): AutoSharesClient;
  /** `POST /__sandbox/faults`. */
  faults(body: Record<string, unknown>): Promise<void>;
  /** `GET /__sandbox/stats` request counters; `DELETE` resets them. */
  stats(): Promise<{
    total: number;
    byPath: Record<string, number>;
    byUrl: Record<string, number>;
  }>;
  resetStats(): Promise<void>;
  /** `POST /__sandbox/prices`. */
  setPrice(symbol: string, price: number): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<SandboxHarness> {
  const server = await startSandboxServer({ port: 0 });
  const clients: AutoSharesClient[] = [];
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} /__sandbox${path} → ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    server,
    createUser: async () => (await control('POST', '/users')) as SandboxUser,
    client(user, options = {}) {
      const client = new AutoSharesClient({
        baseUrl: server.apiUrl,
        appKey: user.appKey,
        token: user.token,
        ...options,
      });
      clients.push(client);
      return client;
    },
    faults: async (body) => void (await control('POST', '/faults', body)),
    stats: async () =>
      (
        (await control('GET', '/stats')) as {
          requests: Awaited<ReturnType<SandboxHarness['stats']>>;
        }
      ).requests,
    resetStats: async () => void (await control('DELETE', '/stats')),
    setPrice: async (symbol, price) => void (await control('POST', '/prices', { symbol, price })),
    async close() {
      clients.forEach((c) => c.dispose());
      await server.close();
    },
  };
}

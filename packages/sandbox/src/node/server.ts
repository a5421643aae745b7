/**
 * The sandbox as a real HTTP server on 127.0.0.1 (REST, control API and both streamers), for
 * the demo, end-to-end tests and benchmarks.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox.ts';
import { attachStreamer } from '../stream/node.ts';

export interface SandboxServerOptions extends SandboxOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 0: a free random port). */
  port?: number;
}

export interface SandboxServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url + '/api'`: the base URL a client uses. */
  apiUrl: string;
  sandbox: Sandbox;
  /** Stops the market, closes every socket and the server. */
  close(): Promise<void>;
}

/** Starts a sandbox server; resolves once it listens. */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const { host = '127.0.0.1', port = 0, ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: sandbox.app.fetch, hostname: host, port }, () =>
      resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  const detachStreamer = attachStreamer(server, sandbox.hub);
  const { port: actualPort } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    apiUrl: `${url}/api`,
    sandbox,
    close() {
      closing ??= new Promise<void>((resolve) => {
        sandbox.close();
        detachStreamer();
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}

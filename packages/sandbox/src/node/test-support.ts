/**
 * Helpers for the sandbox's own HTTP tests (not exported from the package): a server on
 * 127.0.0.1 with a random port, JSON calls to the API and the control API, fresh isolated
 * users, and bounded polling.
 */
import { APP_KEY } from '../world/users.ts';
import { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './server.ts';

/** Response bodies in tests are read field by field; typed loosely on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface CallResult<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

export interface FreshUser {
  username: string;
  password: string;
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
}

export interface TestServer {
  server: SandboxServer;
  /** Calls `/api` + path with the app key and (when given) a bearer token. */
  api<T = Json>(
    path: string,
    options?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<CallResult<T>>;
  /** Calls `/__sandbox` + path with a JSON body. */
  control<T = Json>(path: string, body?: unknown, method?: string): Promise<CallResult<T>>;
  /** A new isolated copy of the demo user (with a token). */
  freshUser(): Promise<FreshUser>;
  close(): Promise<void>;
}

async function call<T>(url: string, init: RequestInit): Promise<CallResult<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** Starts a sandbox server for one test file (market not running unless `autoStart`). */
export async function startTestServer(options: SandboxServerOptions = {}): Promise<TestServer> {
  const server = await startSandboxServer({ autoStart: false, ...options });
  const api: TestServer['api'] = (path, { method = 'GET', token, body, headers = {} } = {}) =>
    call(`${server.apiUrl}${path}`, {
      method,
      headers: {
        'Et-App-Key': APP_KEY,
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const control: TestServer['control'] = (
    path,
    body,
    method = body === undefined ? 'GET' : 'POST',
  ) =>
    call(`${server.url}/__sandbox${path}`, {
      method,
      headers: body !== undefined ? { 'Content-Type': 'application/json' } : {},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    server,
    api,
    control,
    async freshUser() {
      const result = await control<FreshUser>('/users', {});
      if (result.status !== 201) throw new Error(`POST /__sandbox/users answered ${result.status}`);
      return result.body;
    },
    close: () => server.close(),
  };
}

/** Polls `check` until it returns a truthy value (at most `attempts` times); throws otherwise. */
export async function until<T>(
  check: () => Promise<T | undefined | null | false>,
  attempts = 50,
  pauseMs = 20,
): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error(`Condition not met after ${attempts} attempts`);
}

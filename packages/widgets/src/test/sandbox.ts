/**
 * Test helpers for element tests against the real Node sandbox that web-test-runner starts
 * (see the root `web-test-runner.config.mjs`). Each test creates its own isolated demo user,
 * so tests never see each other's watchlists, orders or alerts.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../session/define.ts';
import type { AutoSharesSession } from '../session/as-session.ts';
import { waitUntil } from './wait.ts';
import './reportable-failures.ts';

export { waitUntil };

/** Where the sandbox runs; injected by the test runner into every test page. */
export interface SandboxInfo {
  /** Origin of the sandbox server, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** The API base URL (`<url>/api`). */
  apiUrl: string;
  appKey?: string;
}

/** A fresh, isolated demo user (`POST /__sandbox/users`). */
export interface TestUser {
  username: string;
  password: string;
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
}

/** The sandbox of this test run; throws a clear error when it is not running. */
export function sandbox(): SandboxInfo {
  const info = (globalThis as { __AUTOSHARES_SANDBOX__?: SandboxInfo | null })
    .__AUTOSHARES_SANDBOX__;
  if (!info) {
    const why = (globalThis as { __AUTOSHARES_SANDBOX_ERROR__?: string | null })
      .__AUTOSHARES_SANDBOX_ERROR__;
    throw new Error(`The sandbox is not running for this test run. ${why ?? ''}`.trim());
  }
  return info;
}

/** A call to the sandbox's control API, e.g. `sandboxControl('/__sandbox/market', { paused: true })`. */
export async function sandboxControl<T>(path: string, body?: unknown, method = 'POST'): Promise<T> {
  const response = await fetch(`${sandbox().url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `sandbox ${method} ${path} failed: ${response.status} ${await response.text()}`,
    );
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new demo user with seeded accounts, positions and watchlists, and a live token. */
export function createTestUser(options: Record<string, unknown> = {}): Promise<TestUser> {
  return sandboxControl<TestUser>('/__sandbox/users', options);
}

/**
 * How long a forced price is kept out of the sandbox's random walk: the market every test
 * shares keeps moving, and a tick right after `setPrice` could otherwise replace the forced
 * price before an element has shown it. As long as the longest wait for a forced price (10 s,
 * a quote socket reconnecting on a loaded machine) and then some: a hold that ran out while the
 * test still waited would let the walk move the price away from what the test waits for.
 * The next `setPrice` of the same symbol replaces it.
 */
const FORCED_PRICE_HOLD_MS = 15000;

/** Move a security's price (the quote streams to subscribers); it stays put for 15 s. */
export function setPrice(symbol: string, price: number): Promise<void> {
  return sandboxControl<void>('/__sandbox/prices', { symbol, price, holdMs: FORCED_PRICE_HOLD_MS });
}

/**
 * Turn on a fault (`POST /__sandbox/faults`): `{ latencyMs }`, `{ expireTokens: true }`,
 * `{ rateLimit: { count, retryAfterSeconds } }`, `{ serverError: { count, status } }`.
 * Pass `user` to limit it to that user's token, so parallel tests are not affected.
 */
export function fault(spec: Record<string, unknown>, user?: TestUser): Promise<void> {
  return sandboxControl<void>(
    '/__sandbox/faults',
    user ? { ...spec, scope: { token: user.token } } : spec,
  );
}

/** Clear every fault (of `user`'s token, or the global ones). */
export function clearFaults(user?: TestUser): Promise<void> {
  return fault({ reset: true }, user);
}

/** Drop the open streamer sockets of a user (or everyone's), as a network blip would. */
export function dropSockets(userId?: number): Promise<{ dropped: number }> {
  return sandboxControl('/__sandbox/faults/sockets', { drop: true, userId });
}

export interface SessionFixtureOptions {
  /** The user to sign in as; omit for a signed-out session. */
  user?: TestUser;
  /** Use a token provider instead of the `token` property. */
  tokenProvider?: AutoSharesSession['tokenProvider'];
  locale?: string;
  theme?: 'light' | 'dark';
  accountId?: number;
  /** Mark as the page's default session. */
  default?: boolean;
  /** App key when there is no user (default: the sandbox's). */
  appKey?: string;
  /** The session's request budgets (default: the documented limits). */
  limits?: AutoSharesSession['limits'];
}

/**
 * Mounts `template` inside an `<as-session>` wired to the sandbox and (optionally) signed in as
 * `user`. Returns the session element; query the widgets inside with `session.querySelector`.
 */
export async function sessionFixture(
  template: TemplateResult,
  options: SessionFixtureOptions = {},
): Promise<AutoSharesSession> {
  const info = sandbox();
  const appKey = options.user?.appKey ?? options.appKey ?? info.appKey ?? '';
  return fixture<AutoSharesSession>(
    html`<as-session
      base-url=${info.apiUrl}
      app-key=${ifDefined(appKey || undefined)}
      locale=${options.locale ?? 'en-US'}
      theme=${ifDefined(options.theme)}
      account-id=${ifDefined(options.accountId)}
      ?default=${options.default ?? false}
      .token=${options.user?.token}
      .tokenProvider=${options.tokenProvider}
      .limits=${options.limits}
      >${template}</as-session
    >`,
  );
}

/** Waits (bounded) until the session is signed in and has loaded the user's accounts. */
export async function whenSignedIn(session: AutoSharesSession, timeout = 5000): Promise<void> {
  await waitUntil(() => session.session?.authState === 'signed-in', 'session did not sign in', {
    timeout,
  });
}

/** The shadow-root text of an element, whitespace collapsed (what a user reads). */
export function textOf(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits (bounded) until `predicate` holds, re-checking on a short interval. When it never holds,
 * the error names what was awaited and, given `shown`, what the user saw instead (e.g.
 * `() => textOf(el)`), so a failure in CI can be read without re-running it.
 */
export async function eventually(
  predicate: () => boolean,
  message: string,
  timeout = 5000,
  shown?: () => string,
): Promise<void> {
  try {
    await waitUntil(predicate, message, { timeout, interval: 25 });
  } catch (error) {
    if (!shown) throw error;
    throw new Error(`${message}: not within ${timeout} ms; shown instead: ${shown()}`);
  }
}

/** The next `type` event on `target`, typed from `GlobalEventHandlersEventMap`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}

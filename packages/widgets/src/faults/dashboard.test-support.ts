/**
 * Test support for the fault suite: a dashboard of every element in one `<as-session>`, what
 * each element currently shows (its `[data-state]`: loading, error, signed-out…), a watcher
 * that remembers every state an element passed through, and REST reads/writes made straight
 * against the sandbox (never through the elements under test).
 */
import { html, type TemplateResult } from 'lit';
import '../elements/watchlist/define.ts';
import '../elements/positions/define.ts';
import '../elements/orders/define.ts';
import '../elements/account-summary/define.ts';
import '../elements/pnl-leaders/define.ts';
import '../elements/top-traded/define.ts';
import '../elements/quote/define.ts';
import '../elements/news/define.ts';
import '../elements/price-alerts/define.ts';
import '../elements/order-ticket/define.ts';
import { sandbox, type TestUser } from '../test/sandbox.ts';

/** One of each data element (the chart is left out: it needs a canvas library, not a fault). */
export const DASHBOARD: TemplateResult = html`
  <as-watchlist></as-watchlist>
  <as-positions></as-positions>
  <as-orders></as-orders>
  <as-account-summary></as-account-summary>
  <as-pnl-leaders></as-pnl-leaders>
  <as-top-traded></as-top-traded>
  <as-quote symbol="AAPL"></as-quote>
  <as-news symbol="AAPL"></as-news>
  <as-price-alerts></as-price-alerts>
  <as-order-ticket symbol="SNAP"></as-order-ticket>
`;

/** The widgets (not the session) inside `root`. */
export function widgetsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) =>
    el.localName.startsWith('as-'),
  );
}

/** An element's shown state: its shadow `[data-state]` (`loading`, `error`, `signed-out`…) or `data`. */
export function shownState(el: Element): string {
  const state = el.shadowRoot
    ?.querySelector('[part~="state"][data-state]')
    ?.getAttribute('data-state');
  if (state) return state;
  return (el.shadowRoot?.textContent ?? '').trim() ? 'data' : 'blank';
}

/** `tag: state` of every widget that is not showing data (or an empty list). */
export function notShowingData(root: Element): string[] {
  return widgetsIn(root)
    .map((el) => [el.localName, shownState(el)] as const)
    .filter(([, state]) => state !== 'data' && state !== 'empty')
    .map(([tag, state]) => `${tag}: ${state}`);
}

/** Waits (bounded) until every widget in `root` shows data; the error names those that don't. */
export async function allShowData(root: Element, timeout = 15_000): Promise<void> {
  const until = performance.now() + timeout;
  while (notShowingData(root).length > 0) {
    if (performance.now() > until)
      throw new Error(`Not showing data after ${timeout} ms: ${notShowingData(root).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Records, every animation frame until stopped, each `tag: state` any widget shows that is one
 * of `states` — e.g. to prove no element ever showed an error during a fault.
 */
export function watchStates(root: Element, states: readonly string[]): { stop(): string[] } {
  const seen = new Set<string>();
  let running = true;
  const look = () => {
    if (!running) return;
    for (const el of widgetsIn(root)) {
      const state = shownState(el);
      if (states.includes(state)) seen.add(`${el.localName}: ${state}`);
    }
    requestAnimationFrame(look);
  };
  look();
  return {
    stop() {
      running = false;
      look();
      return [...seen];
    },
  };
}

function headers(token: string, appKey: string): Record<string, string> {
  return {
    'Et-App-Key': appKey,
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
}

/** A REST call as `user` (with `token`, default the user's first one). */
export async function rest<T>(
  user: TestUser,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const response = await fetch(`${sandbox().apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: headers(init.token ?? user.token, user.appKey),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new token for `user` (a fresh `POST /api/token` login), as a host's login would get. */
export async function freshToken(user: TestUser): Promise<string> {
  const response = await fetch(`${sandbox().apiUrl}/token`, {
    method: 'POST',
    headers: { 'Et-App-Key': user.appKey, Username: user.username, Password: user.password },
  });
  const body = (await response.json()) as { Token?: string };
  if (!response.ok || !body.Token) throw new Error(`login failed: ${response.status}`);
  return body.Token;
}

/** The sandbox's request counts (`GET /__sandbox/stats`). */
export async function requestStats(): Promise<{
  total: number;
  byPath: Record<string, number>;
  /** `METHOD /path?query` → count. */
  byUrl: Record<string, number>;
  rateLimited: number;
}> {
  const body = (await (await fetch(`${sandbox().url}/__sandbox/stats`)).json()) as {
    requests: { total: number; byPath: Record<string, number>; byUrl: Record<string, number> };
    faults: { rateLimited?: number };
  };
  return { ...body.requests, rateLimited: body.faults.rateLimited ?? 0 };
}

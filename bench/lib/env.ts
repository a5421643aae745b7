/**
 * The benchmark environment: a Node sandbox on 127.0.0.1, the bench page server, and headless
 * Debian Chromium driven by puppeteer-core. Plus small REST/control helpers for setup.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSandboxServer, SANDBOX_CREDENTIALS } from '@autoshares/sandbox/node';
import { startPageServer, type PageScript, type PageServer } from './page-server.ts';

export interface SandboxUser {
  username: string;
  password: string;
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
  /** The big watchlist of a user created with `{ watchlistSize }`. */
  watchlistId?: number;
}

export interface BenchEnv {
  sandboxUrl: string;
  apiUrl: string;
  appKey: string;
  pages: PageServer;
  browser: Browser;
  /**
   * A fresh page, navigated to `/page.html` with `body` and `config`; waits for the script
   * (`script`: the kit's page, or the no-kit baseline).
   */
  open(body: string, config?: Record<string, unknown>, script?: PageScript): Promise<Page>;
  /** `POST`/`GET`/`DELETE` on the sandbox's control API (`/__sandbox…`). */
  control<T = unknown>(path: string, body?: unknown, method?: string): Promise<T>;
  /** A REST call as `user` (`/api…`). */
  api<T = unknown>(
    user: SandboxUser,
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<T>;
  /** A fresh sandbox user; `{ positions: 200 }` / `{ watchlistSize: 500 }` make it bigger. */
  newUser(options?: { positions?: number; watchlistSize?: number }): Promise<SandboxUser>;
  /** `<as-session id="s" …>` opening tag for the sandbox (token set by the page script). */
  sessionTag(extra?: string): string;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Listings the bench's sandbox adds to its real catalogue (`extraSecurities`). */
export const EXTRA_SECURITIES = 500;

/** Starts everything; `close()` stops it all. */
export async function startEnv(): Promise<BenchEnv> {
  // 500 made-up listings after the ~60 real ones: room for a 500-row watchlist and 200 positions.
  const sandbox = await startSandboxServer({
    port: 0,
    host: '127.0.0.1',
    tickRate: 20,
    extraSecurities: EXTRA_SECURITIES,
  });
  const pages = await startPageServer();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--no-first-run',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
    ],
  });
  const appKey = SANDBOX_CREDENTIALS.appKey;

  async function request<T>(url: string, init: RequestInit): Promise<T> {
    const response = await fetch(url, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const env: BenchEnv = {
    sandboxUrl: sandbox.url,
    apiUrl: sandbox.apiUrl,
    appKey,
    pages,
    browser,
    async open(body, config = {}, script) {
      pages.setPage(body, config, script);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // `BENCH_REDUCED_MOTION=1`: the pages run under `prefers-reduced-motion: reduce` (no
      // flashes), to see what the flash animations cost
      if (process.env.BENCH_REDUCED_MOTION === '1')
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      page.on('pageerror', (error) => console.error(`[page] ${String(error)}`));
      await page.goto(`${pages.url}/page.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'bench' in globalThis, { timeout: 15_000 });
      return page;
    },
    control(path, body, method = body === undefined ? 'GET' : 'POST') {
      return request(`${sandbox.url}/__sandbox${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    api(user, path, init = {}) {
      return request(`${sandbox.apiUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          'Et-App-Key': user.appKey,
          Authorization: `Bearer ${user.token}`,
          'Content-Type': 'application/json',
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    },
    newUser(options = {}) {
      return env.control<SandboxUser>('/users', options);
    },
    sessionTag(extra = '') {
      return `<as-session id="s" base-url="${sandbox.apiUrl}" app-key="${appKey}" locale="en-US" ${extra}>`;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await pages.close();
      await sandbox.close();
    },
  };
  return env;
}

/** Polls `check` (bounded) until it returns a truthy value; throws `message` on timeout. */
export async function until<T>(
  check: () => Promise<T>,
  message: string,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

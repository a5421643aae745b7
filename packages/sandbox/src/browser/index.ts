/**
 * `@autoshares/sandbox/browser`: the whole sandbox inside the page (Storybook, the static demo,
 * browser tests). MSW's service worker hands every request to `<baseUrl>` (REST and the
 * `/__sandbox` control API) to the sandbox's `fetch`, and MSW's WebSocket interception serves
 * the two streamers at `wss://<host>/streamer/{quote,data}`. Nothing leaves the page.
 *
 * The page must serve MSW's worker script, by default at `/mockServiceWorker.js`, straight from
 * the installed `msw` package (never a committed copy): with Vite use `serveMockServiceWorker()`
 * from `@autoshares/sandbox/msw-worker`; with @web/dev-server use `mockServiceWorkerMiddleware()`;
 * or pass `serviceWorker: { url }` where you serve it.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox.ts';
import { createSandboxHandlers } from './handlers.ts';

export {
  createSandboxHandlers,
  sandboxAddress,
  type BrowserSandboxTarget,
  type SandboxAddress,
} from './handlers.ts';
export { adaptMswClient, type MswClientConnection } from './msw-socket.ts';

/** The default API base URL of the in-page sandbox (a made-up host nothing else answers). */
export const DEFAULT_BROWSER_SANDBOX_URL = 'https://sandbox.autoshares.local/api';

export interface BrowserSandboxOptions extends SandboxOptions {
  /** API base URL to intercept; its path must end in `/api`. Default {@link DEFAULT_BROWSER_SANDBOX_URL}. */
  baseUrl?: string;
  /** Where the page serves MSW's worker script (default `/mockServiceWorker.js`) and its registration options. */
  serviceWorker?: { url?: string; options?: RegistrationOptions };
  /** Silence MSW's console log of intercepted requests (default true). */
  quiet?: boolean;
  /**
   * Routes on the page's own origin, by path prefix (e.g. `/story-sharesight`): what a host's
   * server would answer there (a stand-in for a bridge of `@autoshares/host` in stories).
   */
  pageRoutes?: Readonly<Record<string, (request: Request) => Promise<Response> | Response>>;
}

export interface BrowserSandbox {
  /** The API base URL to give the client / `<as-session base-url>`, e.g. `https://sandbox.autoshares.local/api`. */
  apiUrl: string;
  sandbox: Sandbox;
  /** Stop intercepting, stop the market and close every streamer socket. */
  stop(): void;
}

/**
 * Start a sandbox in the page and intercept its URL. Resolves once MSW's worker is active.
 * Only one may run per page at a time (MSW has one worker per page).
 */
export async function startBrowserSandbox(
  options: BrowserSandboxOptions = {},
): Promise<BrowserSandbox> {
  const {
    baseUrl = DEFAULT_BROWSER_SANDBOX_URL,
    serviceWorker,
    quiet = true,
    pageRoutes = {},
    ...sandboxOptions
  } = options;
  const apiUrl = baseUrl.replace(/\/+$/, '');
  const sandbox = createSandbox(sandboxOptions);
  const pageHandlers = Object.entries(pageRoutes).map(([prefix, answer]) =>
    http.all(`${location.origin}${prefix}/*`, ({ request }) => answer(request)),
  );
  const worker = setupWorker(...pageHandlers, ...createSandboxHandlers(sandbox, apiUrl));
  try {
    await worker.start({
      quiet,
      onUnhandledRequest: 'bypass',
      serviceWorker: {
        url: serviceWorker?.url ?? '/mockServiceWorker.js',
        options: serviceWorker?.options,
      },
    });
  } catch (error) {
    sandbox.close();
    throw error;
  }
  let stopped = false;
  return {
    apiUrl,
    sandbox,
    stop() {
      if (stopped) return;
      stopped = true;
      worker.stop();
      sandbox.close();
    },
  };
}

/**
 * NODE ONLY (dev servers, build tools): serve MSW's `mockServiceWorker.js` straight from the
 * installed `msw` package, so no copy of it is ever committed. Import from
 * `@autoshares/sandbox/msw-worker`, never from page code.
 *
 * - Vite (demo, Storybook's `viteFinal`): `plugins: [serveMockServiceWorker()]` serves it at
 *   `/mockServiceWorker.js` in dev and preview and emits it into the build.
 * - @web/dev-server / web-test-runner: `middleware: [mockServiceWorkerMiddleware()]`.
 * - Anything else: copy or serve {@link mockServiceWorkerPath} at the site root.
 * The page then calls `startBrowserSandbox()` (default worker URL `/mockServiceWorker.js`) or
 * passes `serviceWorker: { url }` when it serves the script elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The URL path pages load the worker from by default. */
export const MOCK_SERVICE_WORKER_URL = '/mockServiceWorker.js';

/** Absolute path of `mockServiceWorker.js` inside the installed `msw` package. */
export function mockServiceWorkerPath(): string {
  return createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
}

/** The worker script's text. */
export function mockServiceWorkerSource(): string {
  return readFileSync(mockServiceWorkerPath(), 'utf8');
}

interface NodeRequestLike {
  url?: string;
}
interface NodeResponseLike {
  setHeader(name: string, value: string): void;
  end(body: string): void;
}
type ConnectMiddleware = (req: NodeRequestLike, res: NodeResponseLike, next: () => void) => void;
interface ConnectServerLike {
  middlewares: { use(middleware: ConnectMiddleware): unknown };
}
interface EmitFileContext {
  emitFile(file: { type: 'asset'; fileName: string; source: string }): string;
}

/** A Vite plugin (typed structurally, so this package does not depend on Vite). */
export interface MockServiceWorkerVitePlugin {
  name: string;
  configureServer(server: ConnectServerLike): void;
  configurePreviewServer(server: ConnectServerLike): void;
  generateBundle(this: EmitFileContext): void;
}

const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0];

/** Vite plugin serving the worker at `url` (default `/mockServiceWorker.js`) and emitting it on build. */
export function serveMockServiceWorker(url = MOCK_SERVICE_WORKER_URL): MockServiceWorkerVitePlugin {
  const middleware: ConnectMiddleware = (req, res, next) => {
    if (pathOf(req.url) !== url) return next();
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(mockServiceWorkerSource());
  };
  return {
    name: 'autoshares-sandbox-mock-service-worker',
    // Block bodies on purpose: Vite calls a function returned from these hooks as a post hook.
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: url.replace(/^\//, ''),
        source: mockServiceWorkerSource(),
      });
    },
  };
}

interface KoaContextLike {
  path: string;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

/** @web/dev-server (web-test-runner) middleware serving the worker at `url`. */
export function mockServiceWorkerMiddleware(
  url = MOCK_SERVICE_WORKER_URL,
): (context: KoaContextLike, next: () => Promise<unknown>) => Promise<unknown> {
  return async (context, next) => {
    if (context.path !== url) return next();
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-cache');
    context.body = mockServiceWorkerSource();
    return undefined;
  };
}

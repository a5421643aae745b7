/**
 * The demo pages (`demo/`) on a Vite dev server at 127.0.0.1:5173, talking to the Node sandbox.
 * `pnpm start` (scripts/start.ts) starts the sandbox first (with its OAuth server) and passes its
 * URL in `AUTOSHARES_SANDBOX_URL`; run alone, Vite expects the sandbox on 127.0.0.1:$SANDBOX_PORT
 * (4010).
 *
 * Two ways a site gets a user's token, side by side:
 * - `index.html` (the dashboard): the page's own script and `/host/token` (demo/host/token-route.ts);
 * - `cms.html` (a partner CMS page, no script of its own): the sign-in bridge of
 *   `@autoshares/host` mounted at `/autoshares/*`, as a partner mounts it on its site.
 *
 * The partner pages load the built CDN loader, served at `/cdn/` from
 * `packages/widgets/dist/cdn/` (scripts/start.ts builds it when it is missing or stale).
 * `strict-csp.html` is sent as a plain file with a strict Content-Security-Policy header (no
 * inline script, no eval, Trusted Types required), bypassing Vite's HTML transform, which would
 * inject its inline-free but HMR-dependent `/@vite/client`.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoHost } from './demo/host/token-route.ts';
import { createTokenBridge } from './packages/host/src/index.ts';
import { toNodeHandler } from './packages/host/src/node.ts';
import { createProviderBridges } from './scripts/provider-bridges.ts';

const sandboxUrl =
  process.env.AUTOSHARES_SANDBOX_URL ?? `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4010}`;
const demoRoot = fileURLToPath(new URL('./demo', import.meta.url));
const cdnRoot = fileURLToPath(new URL('./packages/widgets/dist/cdn', import.meta.url));
const host = '127.0.0.1';
/** The demo's port (`AUTOSHARES_DEMO_PORT`, default 5173): the bridges' callbacks name it. */
const port = Number(process.env.AUTOSHARES_DEMO_PORT ?? 5173);

/** The demo host's server side (`/host/token`) and the pages' `%AS_API_URL%` placeholders. */
const hostPlugin = demoHost({
  sandboxUrl,
  // The sandbox's documented demo login and app key; a real host keeps these server-side too.
  appKey: process.env.AUTOSHARES_APP_KEY ?? 'autoshares-sandbox-key',
  username: process.env.AUTOSHARES_DEMO_USER ?? 'demo',
  password: process.env.AUTOSHARES_DEMO_PASSWORD ?? 'demo1234',
});

/** The policy of `strict-csp.html`. Trusted Types: lit's `lit-html` and DOMPurify's policy. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `connect-src 'self' ${sandboxUrl} ${sandboxUrl.replace(/^http/, 'ws')}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Sends a file of `packages/widgets/dist/cdn/` (request path relative to `/cdn/`); 404 outside. */
async function sendCdnFile(path: string, res: ServerResponse): Promise<void> {
  const file = normalize(join(cdnRoot, decodeURIComponent(path)));
  const type = MIME_TYPES[extname(file)];
  const body =
    type && file.startsWith(cdnRoot + sep) ? await readFile(file).catch(() => null) : null;
  if (!body) {
    res.statusCode = 404;
    res.end('Not found (run `pnpm build` for the CDN bundle)');
    return;
  }
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.end(body);
}

/** Sends `demo/strict-csp.html` as written (placeholders filled), under {@link STRICT_CSP}. */
async function sendStrictCspPage(res: ServerResponse): Promise<void> {
  const fill = hostPlugin.transformIndexHtml as (html: string) => string;
  const html = fill(await readFile(join(demoRoot, 'strict-csp.html'), 'utf8'));
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', STRICT_CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

/**
 * The CDN loader at `/cdn/*` (what partner pages paste) and `strict-csp.html` with its CSP
 * header, both ahead of Vite's own middlewares.
 */
function partnerPages(): Plugin {
  return {
    name: 'autoshares-partner-pages',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = new URL(req.url ?? '/', 'http://demo').pathname;
        const reply = path.startsWith('/cdn/')
          ? sendCdnFile(path.slice('/cdn/'.length), res)
          : path === '/strict-csp.html' || path === '/strict-csp'
            ? sendStrictCspPage(res)
            : null;
        if (!reply) return next();
        reply.catch((error: Error) => {
          res.statusCode = 500;
          res.end(error.message);
        });
      });
    },
  };
}

/**
 * The partner sign-in bridge (`@autoshares/host`) as dev-server middleware: `/autoshares/login`,
 * `/callback`, `/token`, `/logout` on the demo's own origin. The sandbox's demo OAuth client and
 * its secret stay on this server; the cookie secret is new at every start (restarting signs
 * everyone out) unless `AUTOSHARES_COOKIE_SECRET` is set.
 */
function partnerSignInBridge(): Plugin {
  return {
    name: 'autoshares-partner-sign-in-bridge',
    configureServer(server) {
      const bridge = createTokenBridge({
        issuer: process.env.AUTOSHARES_OAUTH_ISSUER ?? sandboxUrl,
        clientId: process.env.AUTOSHARES_CLIENT_ID ?? 'autoshares-demo-client',
        clientSecret: process.env.AUTOSHARES_CLIENT_SECRET ?? 'autoshares-demo-secret',
        redirectUri: `http://${host}:${port}/autoshares/callback`,
        cookieSecret: process.env.AUTOSHARES_COOKIE_SECRET ?? randomBytes(32).toString('hex'),
        basePath: '/autoshares',
        apiBaseUrl: `${sandboxUrl}/api`,
      });
      server.middlewares.use(toNodeHandler(bridge));
    },
  };
}

/**
 * The Shareworks and Sharesight bridges of `@autoshares/host` on the demo's origin
 * (`/shareworks/*`, `/sharesight/*`, see scripts/provider-bridges.ts), against the sandbox's
 * simulations of both. After connecting Sharesight the person lands on
 * `provider-connected.html`, which closes the sign-in popup.
 */
function providerBridges(): Plugin {
  return {
    name: 'autoshares-provider-bridges',
    async configureServer(server) {
      try {
        const bridges = await createProviderBridges({
          sandboxUrl,
          siteOrigin: `http://${host}:${port}`,
          afterConnect: '/provider-connected.html',
        });
        server.middlewares.use(bridges.middleware);
        server.httpServer?.once('close', () => void bridges.close());
      } catch (error) {
        console.warn(`Shareworks and Sharesight bridges not mounted: ${(error as Error).message}`);
      }
    },
  };
}

export default defineConfig({
  root: demoRoot,
  // No CORS: Vite's default reflects any localhost origin, which would let a page on another
  // local port read /host/token. The demo's pages are all same-origin.
  server: { host, port, strictPort: true, cors: false },
  preview: { host, port, cors: false },
  build: {
    // Every demo page is an entry (index.html, cms.html, and any page added later).
    rollupOptions: {
      // The partner pages' CDN loader is served as built (`/cdn/`), never bundled into them.
      external: [/^\/cdn\//],
      input: Object.fromEntries(
        readdirSync(demoRoot)
          .filter((name) => name.endsWith('.html'))
          .map((name) => [name.slice(0, -'.html'.length), `${demoRoot}/${name}`]),
      ),
    },
  },
  plugins: [hostPlugin, partnerPages(), partnerSignInBridge(), providerBridges()],
});

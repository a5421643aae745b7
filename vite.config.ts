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
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoHost } from './demo/host/token-route.ts';
import { createTokenBridge } from './packages/host/src/index.ts';
import { toNodeHandler } from './packages/host/src/node.ts';

const sandboxUrl =
  process.env.AUTOSHARES_SANDBOX_URL ?? `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4010}`;
const demoRoot = fileURLToPath(new URL('./demo', import.meta.url));
const host = '127.0.0.1';
const port = 5173;

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
        apiOrigin: sandboxUrl,
      });
      server.middlewares.use(toNodeHandler(bridge));
    },
  };
}

export default defineConfig({
  root: demoRoot,
  server: { host, port, strictPort: true },
  preview: { host, port },
  build: {
    // Every demo page is an entry (index.html, cms.html, and any page added later).
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(demoRoot)
          .filter((name) => name.endsWith('.html'))
          .map((name) => [name.slice(0, -'.html'.length), `${demoRoot}/${name}`]),
      ),
    },
  },
  plugins: [
    demoHost({
      sandboxUrl,
      // The sandbox's documented demo login and app key; a real host keeps these server-side too.
      appKey: process.env.AUTOSHARES_APP_KEY ?? 'autoshares-sandbox-key',
      username: process.env.AUTOSHARES_DEMO_USER ?? 'demo',
      password: process.env.AUTOSHARES_DEMO_PASSWORD ?? 'demo1234',
    }),
    partnerSignInBridge(),
  ],
});

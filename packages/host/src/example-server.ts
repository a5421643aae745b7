/**
 * A partner site in a few lines of `node:http`: the AutoShares token bridge under
 * `/autoshares`, and one page that embeds the widgets. Run it next to the sandbox:
 *
 *   pnpm sandbox                               # http://127.0.0.1:4010 (with its OAuth routes)
 *   pnpm exec tsx packages/host/src/example-server.ts
 *   open http://127.0.0.1:3000
 *
 * Configuration comes from the environment (defaults: the sandbox and its demo client):
 * AUTOSHARES_ISSUER, AUTOSHARES_CLIENT_ID, AUTOSHARES_CLIENT_SECRET, AUTOSHARES_API,
 * COOKIE_SECRET, WIDGETS_SCRIPT, PORT.
 */
import { createServer } from 'node:http';
import { createTokenBridge } from './bridge.ts';
import { toNodeHandler } from './node.ts';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const site = `http://127.0.0.1:${port}`;
const issuer = env.AUTOSHARES_ISSUER ?? 'http://127.0.0.1:4010';
const api = env.AUTOSHARES_API ?? `${issuer}/api`;
const widgetsScript = env.WIDGETS_SCRIPT ?? '/autoshares.js';

const bridge = createTokenBridge({
  issuer,
  clientId: env.AUTOSHARES_CLIENT_ID ?? 'autoshares-demo-client',
  clientSecret: env.AUTOSHARES_CLIENT_SECRET ?? 'autoshares-demo-secret',
  redirectUri: `${site}/autoshares/callback`,
  cookieSecret: env.COOKIE_SECRET ?? 'example-only-cookie-secret-change-me-0123456789',
  basePath: '/autoshares',
  apiBaseUrl: api,
});

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner page with AutoShares widgets</title>
<script type="module" src="${widgetsScript}"></script></head>
<body>
  <as-session base-url="${api}" app-key="autoshares-sandbox-key"
              token-endpoint="/autoshares/token" login-url="/autoshares/login">
    <as-watchlist></as-watchlist>
  </as-session>
  <form method="post" action="/autoshares/logout?return_to=/"><button>Sign out</button></form>
</body>
</html>`;

// Everything that is not the bridge's is the site's own.
const server = createServer(
  toNodeHandler(bridge, (req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    } else {
      res.writeHead(404).end('Not found');
    }
  }),
);
server.listen(port, '127.0.0.1', () => console.log(`Partner site on ${site}`));

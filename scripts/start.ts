/**
 * `pnpm start`: the Node sandbox on 127.0.0.1:$SANDBOX_PORT (default 4010), with its OAuth
 * server, and the demo pages on a Vite dev server at http://127.0.0.1:5173 (which also serves
 * the partner sign-in bridge at /autoshares/*, see vite.config.ts). Ctrl-C stops both.
 *
 * OAuth access tokens live $AUTOSHARES_DEMO_TOKEN_LIFETIME_MS (default 2 minutes) so the
 * partner page (cms.html) shows its token being refreshed without the user noticing.
 *
 * The partner pages (cms.html, strict-csp.html) load the built CDN loader from `/cdn/`; it is
 * built first (the CDN step of `pnpm build` only) when missing or older than its sources; so is
 * the widgets' custom-elements.json, which the configurator (configurator.html) reads.
 */
import { createServer } from 'vite';
import { SANDBOX_CREDENTIALS, startSandboxServer } from '@autoshares/sandbox/node';
import { ensureCdnBundle } from './cdn-bundle.ts';
import { ensureManifest } from '../demo/configurator/ensure-manifest.ts';

await Promise.all([ensureCdnBundle(), ensureManifest()]);

const port = Number(process.env.SANDBOX_PORT ?? 4010);
const accessTokenLifetimeMs = Number(process.env.AUTOSHARES_DEMO_TOKEN_LIFETIME_MS ?? 120_000);
const sandbox = await startSandboxServer({
  port,
  host: '127.0.0.1',
  oauth: { accessTokenLifetimeMs },
});
process.env.AUTOSHARES_SANDBOX_URL = sandbox.url;
// The demo host's server side signs in with these; they never reach the browser.
process.env.AUTOSHARES_APP_KEY ??= SANDBOX_CREDENTIALS.appKey;
process.env.AUTOSHARES_DEMO_USER ??= SANDBOX_CREDENTIALS.demo.username;
process.env.AUTOSHARES_DEMO_PASSWORD ??= SANDBOX_CREDENTIALS.demo.password;

const vite = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
});
await vite.listen();

const demoUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`
  AutoShares sandbox   ${sandbox.url}   (API ${sandbox.apiUrl})
  Demo                 ${demoUrl}
  Partner CMS page     ${new URL('cms.html', demoUrl).href}   (sign in: ${SANDBOX_CREDENTIALS.demo.username} / ${SANDBOX_CREDENTIALS.demo.password}; tokens live ${Math.round(accessTokenLifetimeMs / 1000)} s)
  Three providers      ${new URL('providers.html', demoUrl).href}   (Shareworks, Sharesight: connect as demo@autoshares.example / demo1234, AutoShares)
  Strict-CSP page      ${new URL('strict-csp.html', demoUrl).href}
  Widget configurator  ${new URL('configurator.html', demoUrl).href}
  CDN loader           ${new URL('cdn/autoshares.js', demoUrl).href}
  Stop with Ctrl-C.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), sandbox.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

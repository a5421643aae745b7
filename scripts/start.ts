/**
 * `pnpm start`: the Node sandbox on 127.0.0.1:$SANDBOX_PORT (default 4010) and the demo pages
 * on a Vite dev server at http://127.0.0.1:5173. Ctrl-C stops both.
 */
import { createServer } from 'vite';
import { SANDBOX_CREDENTIALS, startSandboxServer } from '@autoshares/sandbox/node';

const port = Number(process.env.SANDBOX_PORT ?? 4010);
const sandbox = await startSandboxServer({ port, host: '127.0.0.1' });
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

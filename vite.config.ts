/**
 * The demo pages (`demo/`) on a Vite dev server at 127.0.0.1:5173, talking to the Node sandbox.
 * `pnpm start` (scripts/start.ts) starts the sandbox first and passes its URL in
 * `AUTOSHARES_SANDBOX_URL`; run alone, Vite expects the sandbox on 127.0.0.1:$SANDBOX_PORT (4010).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoHost } from './demo/host/token-route.ts';

const sandboxUrl =
  process.env.AUTOSHARES_SANDBOX_URL ?? `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4010}`;

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173 },
  plugins: [
    demoHost({
      sandboxUrl,
      // The sandbox's documented demo login and app key; a real host keeps these server-side too.
      appKey: process.env.AUTOSHARES_APP_KEY ?? 'autoshares-sandbox-key',
      username: process.env.AUTOSHARES_DEMO_USER ?? 'demo',
      password: process.env.AUTOSHARES_DEMO_PASSWORD ?? 'demo1234',
    }),
  ],
});

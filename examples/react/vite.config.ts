/**
 * `pnpm example:react`: the React example on 127.0.0.1:5180, offline on the in-browser sandbox
 * (MSW's worker served from the installed msw package).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serveMockServiceWorker } from '@autoshares/sandbox/msw-worker';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { host: '127.0.0.1', port: 5180, strictPort: true },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022' },
  plugins: [serveMockServiceWorker()],
});

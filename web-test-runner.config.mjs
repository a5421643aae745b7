// Element tests in real headless Chromium (Debian's /usr/bin/chromium; no browser download),
// against a real Node sandbox started once for the run. Runs under NODE_OPTIONS=--import=tsx,
// so the sandbox's TypeScript is imported directly.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorkerMiddleware } from '@autoshares/sandbox/msw-worker';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** What test pages see as `globalThis.__AUTOSHARES_SANDBOX__` (see packages/widgets/src/test/sandbox.ts). */
let sandboxInfo = null;
let sandboxError = null;

/** Starts the Node sandbox before the tests and closes it after them. */
function sandboxPlugin() {
  let server;
  return {
    name: 'autoshares-sandbox',
    async serverStart() {
      let startSandboxServer, SANDBOX_CREDENTIALS;
      try {
        ({ startSandboxServer, SANDBOX_CREDENTIALS } = await import('@autoshares/sandbox/node'));
      } catch (error) {
        // Loud, not silent: tests that need the sandbox fail with this message.
        sandboxError = `The Node sandbox could not be loaded: ${error?.message ?? error}`;
        console.error(`[web-test-runner] ${sandboxError}`);
        return;
      }
      server = await startSandboxServer({ port: 0, host: '127.0.0.1', tickRate: 4 });
      sandboxInfo = { url: server.url, apiUrl: server.apiUrl, appKey: SANDBOX_CREDENTIALS.appKey };
    },
    async serverStop() {
      await server?.close();
    },
  };
}

export default {
  files: [
    'packages/widgets/src/**/*.test.ts',
    // The in-browser sandbox (MSW); named *.browser-test.ts so the Node runner skips them.
    'packages/sandbox/src/browser/**/*.browser-test.ts',
  ],
  // Serves MSW's worker script (from the msw package, never a committed copy) for the in-browser sandbox.
  middleware: [mockServiceWorkerMiddleware()],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    sandboxPlugin(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AutoShares widgets test</title>
    <script>
      globalThis.__AUTOSHARES_SANDBOX__ = ${JSON.stringify(sandboxInfo)};
      globalThis.__AUTOSHARES_SANDBOX_ERROR__ = ${JSON.stringify(sandboxError)};
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};

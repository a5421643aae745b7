// Element tests in real headless Chromium (Debian's /usr/bin/chromium; no browser download),
// against a real Node sandbox started once for the run. Runs under NODE_OPTIONS=--import=tsx,
// so the sandbox's TypeScript is imported directly.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorkerMiddleware } from '@autoshares/sandbox/msw-worker';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { createTokenBridge } from './packages/host/src/index.ts';
import { toNodeHandler } from './packages/host/src/node.ts';
import { createProviderBridges } from './scripts/provider-bridges.ts';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** What test pages see as `globalThis.__AUTOSHARES_SANDBOX__` (see packages/widgets/src/test/sandbox.ts). */
let sandboxInfo = null;
let sandboxError = null;

/**
 * The test sandbox's OAuth access tokens live this long (short, so a test can see the session
 * refresh by itself); the sign-in bridge refreshes them when less than a second is left.
 */
const OAUTH_ACCESS_TOKEN_MS = Number(process.env.AUTOSHARES_TEST_OAUTH_TOKEN_MS ?? 6000);
/** Where the partner sign-in bridge (`@autoshares/host`) is mounted on the test server. */
const BRIDGE_BASE_PATH = '/autoshares';
/** The bridge's Node handler, once the sandbox and the test server are up. */
let bridgeHandler = null;
/** The test sandbox's OAuth authorization server (for the token-lifetime command). */
let oauthServer = null;

/**
 * Koa middleware for the test server: the sign-in bridge answers `/autoshares/*` (on the test
 * page's own origin, like a partner's site); everything else goes on.
 */
function bridgeMiddleware() {
  return async (ctx, next) => {
    if (!bridgeHandler || !ctx.path.startsWith(`${BRIDGE_BASE_PATH}/`)) return next();
    ctx.respond = false; // the bridge writes the Node response itself
    await new Promise((resolve, reject) => {
      ctx.res.once('finish', resolve);
      ctx.res.once('close', resolve);
      bridgeHandler(ctx.req, ctx.res, (error) => (error ? reject(error) : resolve()));
    });
  };
}

/** The Shareworks and Sharesight bridges on the test page's origin (scripts/provider-bridges.ts). */
let providerBridges = null;

/**
 * Koa middleware for the test server: the provider bridges answer `/shareworks*` and
 * `/sharesight*` (see scripts/provider-bridges.ts for who is signed in on each path).
 */
function providerBridgesMiddleware() {
  return async (ctx, next) => {
    if (!providerBridges || !/^\/(shareworks|sharesight)/.test(ctx.path)) return next();
    let passed = false;
    ctx.respond = false;
    await new Promise((resolve, reject) => {
      ctx.res.once('finish', resolve);
      ctx.res.once('close', resolve);
      providerBridges.middleware(ctx.req, ctx.res, (error) => {
        if (error) return reject(error);
        passed = true;
        resolve();
      });
    });
    if (passed) {
      ctx.respond = true;
      await next();
    }
  };
}

/** The test sandbox's simulated Sharesight (for the minute-rate command). */
let sharesightSandbox = null;

/**
 * Sharesight test commands:
 * - `autoshares-sharesight-connect` connects `/sharesight-as/<user>` (payload `{ user, login? }`,
 *   `login` a Sharesight `{ email, password }`, default the demo person's) to that sandbox person
 *   server-side, as if the person had been through the grant page;
 * - `autoshares-sharesight-grant-popup` drives the connect popup the test page opened (the
 *   sandbox's Sharesight grant page, `{ email?, password?, decision? }`, default the demo person
 *   allowing), then closes it once the bridge's callback has answered, as a partner's
 *   after-connect page does;
 * - `autoshares-sharesight-rate-limit` sets Sharesight's requests a minute (`{ limit }`, counts
 *   start afresh) and answers the previous limit;
 * - `autoshares-shareworks-client-id` answers the Shareworks API client id `/shareworks-as/<person>`
 *   calls with (`{ person }`), so a test can change that client's sandbox limits alone.
 */
function providerCommandsPlugin() {
  const drivenPopups = new WeakSet();
  return {
    name: 'autoshares-provider-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'autoshares-sharesight-connect') {
        await providerBridges.connectSharesight(payload.user, payload.login);
        return true;
      }
      if (command === 'autoshares-shareworks-client-id')
        return providerBridges.shareworksClientId(payload.person);
      if (command === 'autoshares-sharesight-rate-limit') {
        const previous = sharesightSandbox.rateLimit.limit;
        sharesightSandbox.rateLimit.limit = payload.limit;
        sharesightSandbox.rateLimit.reset();
        return previous;
      }
      if (command !== 'autoshares-sharesight-grant-popup') return undefined;
      const page = session.browser.getPage(session.id);
      const target = await page
        .browser()
        .waitForTarget((t) => t.opener() === page.target() && !drivenPopups.has(t), {
          timeout: 10000,
        });
      drivenPopups.add(target);
      const popup = await target.page();
      await popup.waitForSelector('#email', { timeout: 10000 });
      await popup.$eval('#email', (input) => (input.value = ''));
      await popup.type('#email', payload?.email ?? 'demo@autoshares.example');
      await popup.type('#password', payload?.password ?? 'demo1234');
      const decision = payload?.decision ?? 'allow';
      // The sandbox redirects to the bridge's callback, which redirects to the site: one navigation.
      await Promise.all([
        popup.waitForNavigation({ timeout: 10000 }),
        popup.click(`button[value=${decision}]`),
      ]);
      const landed = popup.url();
      await popup.close();
      return landed;
    },
  };
}

/**
 * `a11ySnapshot()` of @web/test-runner-commands for this Chromium (its own plugin is not
 * resolvable from here): the page's accessibility tree as assistive tech gets it, through
 * Puppeteer (`interestingOnly`: the nodes that have a role or a name).
 */
function a11ySnapshotPlugin() {
  return {
    name: 'a11y-snapshot',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      return session.browser.getPage(session.id).accessibility.snapshot();
    },
  };
}

/**
 * Test commands for partner sign-in: `autoshares-sign-in-popup` drives the sign-in popup (the
 * sandbox's sign-in and consent pages, on another origin than the test page);
 * `autoshares-oauth-token-lifetime` sets how long access tokens issued from now on live
 * (`{ ms }`, answers the previous value).
 */
function signInPopupPlugin() {
  const drivenPopups = new WeakSet();
  return {
    name: 'autoshares-sign-in-popup',
    async executeCommand({ command, payload, session }) {
      if (command === 'autoshares-oauth-token-lifetime') {
        const previous = oauthServer.accessTokenLifetimeMs;
        oauthServer.accessTokenLifetimeMs = payload.ms;
        return previous;
      }
      if (command !== 'autoshares-sign-in-popup') return undefined;
      const page = session.browser.getPage(session.id);
      // The newest popup of this test page (one an earlier command drove is never picked again).
      const target = await page
        .browser()
        .waitForTarget((t) => t.opener() === page.target() && !drivenPopups.has(t), {
          timeout: 10000,
        });
      drivenPopups.add(target);
      const popup = await target.page();
      await popup.waitForSelector('#username', { timeout: 10000 });
      await popup.type('#username', payload.username);
      await popup.type('#password', payload.password);
      await Promise.all([popup.waitForNavigation(), popup.click('button[type=submit]')]);
      const decision = payload.decision ?? 'allow';
      await popup.waitForSelector(`button[value=${decision}]`, { timeout: 10000 });
      if (decision === 'allow') {
        // The callback page posts its result to the opener and closes itself.
        await popup.click(`button[value=${decision}]`);
      } else {
        // A failed sign-in's page stays open with its message (after posting it): close it.
        await Promise.all([popup.waitForNavigation(), popup.click(`button[value=${decision}]`)]);
        await popup.close();
      }
      return true;
    },
  };
}

/**
 * A foreign origin for the token-origin tests: a tiny HTTP server on 127.0.0.1 (another port, so
 * another origin than both the test page and the sandbox) that answers every request with an
 * empty 404 and counts them: all requests, and those carrying an `Authorization` header. Test
 * pages learn its URL as `__AUTOSHARES_SANDBOX__.foreignOrigin`; the `autoshares-foreign-requests`
 * command answers `{ total, withAuthorization, paths }` and, with `{ reset: true }`, starts
 * counting afresh.
 */
function foreignOriginPlugin() {
  let server;
  const counts = { total: 0, withAuthorization: 0, paths: [] };
  return {
    name: 'autoshares-foreign-origin',
    async serverStart() {
      server = createServer((req, res) => {
        counts.total++;
        if (req.headers.authorization) counts.withAuthorization++;
        counts.paths.push(`${req.method} ${req.url}`);
        // Readable by the test page, so a control request of its own can see it arrive.
        res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      foreignOrigin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    executeCommand({ command, payload }) {
      if (command !== 'autoshares-foreign-requests') return undefined;
      const answer = { ...counts, paths: [...counts.paths] };
      if (payload?.reset) Object.assign(counts, { total: 0, withAuthorization: 0, paths: [] });
      return answer;
    },
  };
}
/** The foreign origin's URL, once started. */
let foreignOrigin = null;

/**
 * `autoshares-server-render` renders a page as a partner's server does with @lit-labs/ssr
 * (payload: a `ServerPage` of packages/widgets/src/test/server-render.ts) and answers its HTML,
 * for the hydration tests. The renderer loads on first use, into this Node process.
 */
function serverRenderPlugin() {
  return {
    name: 'autoshares-server-render',
    async executeCommand({ command, payload }) {
      if (command !== 'autoshares-server-render') return undefined;
      const { renderOnServer } = await import('./packages/widgets/src/test/server-render.ts');
      return renderOnServer(payload);
    },
  };
}

/** Starts the Node sandbox before the tests and closes it after them. */
function sandboxPlugin() {
  let server;
  return {
    name: 'autoshares-sandbox',
    async serverStart({ config }) {
      let startSandboxServer, SANDBOX_CREDENTIALS;
      try {
        ({ startSandboxServer, SANDBOX_CREDENTIALS } = await import('@autoshares/sandbox/node'));
      } catch (error) {
        // Loud, not silent: tests that need the sandbox fail with this message.
        sandboxError = `The Node sandbox could not be loaded: ${error?.message ?? error}`;
        console.error(`[web-test-runner] ${sandboxError}`);
        return;
      }
      server = await startSandboxServer({
        port: 0,
        host: '127.0.0.1',
        tickRate: 4,
        oauth: { accessTokenLifetimeMs: OAUTH_ACCESS_TOKEN_MS },
      });
      oauthServer = server.sandbox.oauth;
      sharesightSandbox = server.sandbox.sharesight;
      // The sandbox's demo OAuth client accepts a loopback callback on any port.
      const siteOrigin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      bridgeHandler = toNodeHandler(
        createTokenBridge({
          issuer: server.url,
          clientId: 'autoshares-demo-client',
          clientSecret: 'autoshares-demo-secret',
          redirectUri: `${siteOrigin}${BRIDGE_BASE_PATH}/callback`,
          cookieSecret: randomBytes(32).toString('hex'),
          basePath: BRIDGE_BASE_PATH,
          apiBaseUrl: server.apiUrl,
          refreshMarginMs: 1000,
        }),
      );
      providerBridges = await createProviderBridges({ sandboxUrl: server.url, siteOrigin });
      await providerBridges.connectSharesight('connected');
      sandboxInfo = {
        url: server.url,
        apiUrl: server.apiUrl,
        appKey: SANDBOX_CREDENTIALS.appKey,
        oauth: {
          accessTokenLifetimeMs: OAUTH_ACCESS_TOKEN_MS,
          bridge: BRIDGE_BASE_PATH,
          siteOrigin,
        },
      };
    },
    async serverStop() {
      await providerBridges?.close();
      await server?.close();
    },
  };
}

/**
 * A port the OS hands out for the test server. The runner's own choice is the first free port
 * from 8000 up, which two runs starting together on one machine can both pick (the second then
 * fails to listen). AUTOSHARES_TEST_PORT sets one instead.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export default {
  port: Number(process.env.AUTOSHARES_TEST_PORT) || (await freePort()),
  files: [
    'packages/widgets/src/**/*.test.ts',
    // The in-browser sandbox (MSW); named *.browser-test.ts so the Node runner skips them.
    'packages/sandbox/src/browser/**/*.browser-test.ts',
  ],
  // Serves MSW's worker script (from the msw package, never a committed copy) for the in-browser sandbox.
  // The partner sign-in bridge on the test page's origin (packages/widgets/src/session/partner-sign-in.test.ts).
  middleware: [mockServiceWorkerMiddleware(), bridgeMiddleware(), providerBridgesMiddleware()],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    foreignOriginPlugin(),
    sandboxPlugin(),
    signInPopupPlugin(),
    a11ySnapshotPlugin(),
    serverRenderPlugin(),
    providerCommandsPlugin(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AutoShares widgets test</title>
    <script>
      globalThis.__AUTOSHARES_SANDBOX__ = ${JSON.stringify(sandboxInfo && { ...sandboxInfo, foreignOrigin })};
      globalThis.__AUTOSHARES_SANDBOX_ERROR__ = ${JSON.stringify(sandboxError)};
      // Resource Timing keeps 250 entries by default and drops later ones silently; a test
      // page loads hundreds of modules, and tests read requests from it (src/test/requests.ts).
      performance.setResourceTimingBufferSize(100000);
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
  // A test's own deadline: generous, since a loaded 2-core CI machine runs them several times slower.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};

/**
 * The demo's configurator as `pnpm start` serves it (vite.config.ts, after `ensureManifest()`):
 * the page loads the widgets' custom-elements.json through Vite, offers its widgets, and its
 * preview is signed in through the demo host's `/host/token`, showing the demo user's watchlist.
 * (The configurator itself is tested in demo/configurator/configurator.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { startSandboxServer } from '@autoshares/sandbox/node';
import { ensureManifest } from '../demo/configurator/ensure-manifest.ts';

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let vite: ViteDevServer;
let browser: Browser;
let pageUrl: string;

before(async () => {
  await ensureManifest();
  sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  process.env.AUTOSHARES_SANDBOX_URL = sandbox.url;
  vite = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  pageUrl = new URL('configurator.html', vite.resolvedUrls!.local[0]).href;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
});

after(async () => {
  await browser?.close();
  await vite?.close();
  await sandbox?.close();
});

test('configurator.html offers the manifest’s widgets and previews the signed-in user’s watchlist', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push((error as Error).message));
  // What the page said (Vite's reloads, failed module loads): printed with a failure.
  const said: string[] = [];
  page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) => said.push(`request failed: ${request.url()}`));
  await page.goto(pageUrl);
  const shown = () =>
    page.evaluate(() => {
      const root = document.querySelector('autoshares-configurator')?.shadowRoot;
      const watchlist = root?.querySelector('.stage as-watchlist')?.shadowRoot;
      return {
        alert: document.querySelector('[role="alert"]')?.textContent ?? '',
        widgets: [...(root?.querySelectorAll<HTMLOptionElement>('#widget option') ?? [])].map(
          (o) => o.value,
        ),
        rows: watchlist?.querySelectorAll('tbody tr').length ?? 0,
        signedOut: !!watchlist?.querySelector('[data-state="signed-out"]'),
      };
    });
  let state = await shown();
  for (let i = 0; i < 100 && !state.rows && !state.alert; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    state = await shown();
  }
  const seen = `shown: ${JSON.stringify(state)}; page errors: ${JSON.stringify(errors)}; page said:\n${said.join('\n')}`;
  assert.equal(state.alert, '', `no load error (${seen})`);
  assert.ok(
    state.widgets.includes('as-watchlist') && state.widgets.includes('as-order-ticket'),
    `the manifest's widgets are offered (${seen})`,
  );
  assert.ok(!state.widgets.includes('as-session'), seen);
  assert.equal(state.signedOut, false, seen);
  assert.ok(state.rows > 0, `the preview shows the demo user’s watchlist rows (${seen})`);
  assert.deepEqual(errors, []);
  await page.close();
});

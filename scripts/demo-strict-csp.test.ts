/**
 * The demo's strict-CSP page (demo/strict-csp.html, served by vite.config.ts): it arrives with
 * the strict Content-Security-Policy header, and in headless Chromium every widget on it shows
 * data through the CDN loader while the page reports no CSP (or Trusted Types) violation.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { startSandboxServer } from '@autoshares/sandbox/node';
import { ensureCdnBundle } from './cdn-bundle.ts';

const WIDGETS = [
  'account-summary',
  'watchlist',
  'price-alerts',
  'quote',
  'chart',
  'order-ticket',
  'news',
  'pnl-leaders',
  'top-traded',
  'positions',
  'orders',
];

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let vite: ViteDevServer;
let browser: Browser;
let pageUrl: string;

before(async () => {
  await ensureCdnBundle();
  sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  process.env.AUTOSHARES_SANDBOX_URL = sandbox.url;
  vite = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  pageUrl = new URL('strict-csp.html', vite.resolvedUrls!.local[0]).href;
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

test('strict-csp.html is sent with a strict CSP that requires Trusted Types', async () => {
  const response = await fetch(pageUrl);
  const policy = response.headers.get('content-security-policy') ?? '';
  assert.match(policy, /script-src 'self'(;|$)/);
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  const html = await response.text();
  assert.match(html, /<script type="module" src="\/cdn\/autoshares\.js"><\/script>/);
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /%AS_[A-Z_]+%/, 'placeholders filled');
});

test('every widget on strict-csp.html shows data, with no CSP violation', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(message.text()))
      violations.push(message.text());
  });
  await page.goto(pageUrl);
  const states = () =>
    page.evaluate((names: string[]) => {
      const bad = '[data-state="loading"],[data-state="error"],[data-state="signed-out"]';
      return names.map((name) => {
        const root = document.querySelector(`as-${name}`)?.shadowRoot;
        const state = !root?.childElementCount
          ? 'not rendered'
          : (root.querySelector(bad)?.getAttribute('data-state') ?? 'data');
        return `${name}: ${state}`;
      });
    }, WIDGETS);
  const expected = WIDGETS.map((name) => `${name}: data`);
  let shown = await states();
  for (let i = 0; i < 100 && shown.join() !== expected.join(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    shown = await states();
  }
  assert.deepEqual(shown, expected);
  const reported = await page.$eval('#csp-violations', (el) => ({
    count: (el as HTMLElement).dataset.count,
    list: el.nextElementSibling?.textContent ?? '',
  }));
  assert.deepEqual(reported, { count: '0', list: '' });
  assert.deepEqual(violations, []);
  await page.close();
});

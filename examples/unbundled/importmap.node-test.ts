/**
 * The npm package used unbundled, as the README says: a plain page with the SHIPPED import map
 * (`packages/widgets/dist/importmap.json`, from `pnpm build`) and
 * `import '@autoshares/widgets/<name>.js'`, no bundler. The map points at jsDelivr; here a
 * local server answers for it from the installed packages (`/npm/<name>@<version>/<file>`, the
 * same paths, at the versions the map pins), so the page loads exactly the files the map names.
 * Headless Chromium against the Node sandbox: every element shows data (the chart draws, so
 * its lazily imported library resolved too), and no module is missing (no 404, no page error).
 *
 * Run by `pnpm test:examples` (after `pnpm build`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAP = join(root, 'packages/widgets/dist/importmap.json');
const CDN = 'https://cdn.jsdelivr.net/npm/';
// The chart first, in view: it loads lightweight-charts (and its fancy-canvas) when shown.
const TAGS = ['as-chart', 'as-quote', 'as-watchlist', 'as-news'];

/** The installed folder of `name@version` (workspace packages, else pnpm's store layout). */
function packageDir(name: string, version: string): string | undefined {
  const workspace = /^@autoshares\/(.+)$/.exec(name);
  if (workspace) return join(root, 'packages', workspace[1]!);
  const store = join(root, 'node_modules/.pnpm');
  const prefix = `${name.replace('/', '+')}@${version}`;
  for (const entry of readdirSync(store)) {
    if (entry !== prefix && !entry.startsWith(`${prefix}_`)) continue;
    const dir = join(store, entry, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    if (pkg.version === version) return dir;
  }
  return undefined;
}

/** Serves the page at `/` and the "CDN" at `/npm/…`. */
function serve(page: () => string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    if (path === '/') {
      return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(page());
    }
    const match = /^\/npm\/((?:@[^/]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(path);
    const dir = match && packageDir(match[1]!, match[2]!);
    const file = dir && normalize(join(dir, match[3]!));
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      return void response.writeHead(404).end();
    }
    const type = ['.js', '.mjs'].includes(extname(file)) ? 'text/javascript' : 'text/plain';
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let sandbox: SandboxServer;
let site: Server;
let browser: Browser;
let page = '';

before(async () => {
  assert.ok(existsSync(MAP), 'run `pnpm build` first: no packages/widgets/dist/importmap.json');
  sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  site = await serve(() => page);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 30000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  site?.close();
  await sandbox?.close();
});

it('the shipped import map loads the elements unbundled, and they show data', async () => {
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  const map = readFileSync(MAP, 'utf8');
  assert.ok(map.includes(CDN), 'the map points at jsDelivr');
  const user = (await (
    await fetch(`${sandbox.url}/__sandbox/users`, { method: 'POST' })
  ).json()) as { appKey: string; token: string };
  page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Unbundled</title>
<script type="importmap">${map.replaceAll(CDN, `${origin}/npm/`)}</script>
<script type="module">
  import '@autoshares/widgets/session.js';
  ${TAGS.map((tag) => `import '@autoshares/widgets/${tag.slice(3)}.js';`).join('\n  ')}
  document.querySelector('as-session').token = ${JSON.stringify(user.token)};
</script></head><body>
<as-session base-url="${sandbox.apiUrl}" app-key="${user.appKey}" locale="en-US">
  ${TAGS.map((tag) => `<${tag} symbol="AAPL"></${tag}>`).join('\n  ')}
</as-session></body></html>`;

  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await tab.goto(origin);
  const shown = () =>
    tab.evaluate(
      (tags: string[]) =>
        tags.map((tag) => {
          const element = document.querySelector(tag);
          if (!customElements.get(tag)) return `${tag}: not defined`;
          const shadow = element?.shadowRoot;
          if (!shadow?.childElementCount) return `${tag}: not rendered`;
          const state = shadow.querySelector(
            '[data-state="loading"],[data-state="error"],[data-state="signed-out"],[data-state="no-session"]',
          );
          if (state) return `${tag}: ${state.getAttribute('data-state')}`;
          // The chart library draws on canvases: loaded through the map, it ran.
          if (tag === 'as-chart' && !shadow.querySelector('canvas')) return `${tag}: no canvas`;
          return `${tag}: data`;
        }),
      TAGS,
    );
  let states: string[] = [];
  for (let attempt = 0; attempt < 150 && !problems.length; attempt++) {
    states = await shown();
    if (states.every((s) => s.endsWith(': data'))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(
    states,
    TAGS.map((tag) => `${tag}: data`),
  );
  await tab.close();
});

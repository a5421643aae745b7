/**
 * Server rendering with `@lit-labs/ssr` (`docs/ssr.md`): every element inside an `<as-session>`
 * renders its own loading skeleton into its declarative shadow root (what the browser shows
 * before data arrives, so hydration matches), never "Not connected"; and the server never asks
 * the API or holds anything open, also when the renderer calls `connectedCallback()` (the
 * opt-in that carries `@lit/context` on the server) and the session is given a token.
 *
 * The page is rendered in a child process, as a server would: once it has exited by itself,
 * every request it would ever make has reached the API stand-in.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ServerPage } from '../packages/widgets/src/test/server-render.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const helper = new URL('../packages/widgets/src/test/server-render.ts', import.meta.url).href;

/** Every element, with the attributes it needs and the label its skeleton announces. */
const ELEMENTS: { tag: string; attributes?: string; label: string }[] = [
  { tag: 'as-quote', attributes: 'symbol="AAPL"', label: 'Loading quote' },
  { tag: 'as-watchlist', label: 'Loading watchlist' },
  { tag: 'as-account-summary', label: 'Loading account summary' },
  { tag: 'as-chart', attributes: 'symbol="AAPL"', label: 'Loading chart' },
  { tag: 'as-news', label: 'Loading news' },
  { tag: 'as-order-ticket', attributes: 'symbol="AAPL"', label: 'Loading order ticket' },
  { tag: 'as-orders', label: 'Loading orders' },
  { tag: 'as-positions', label: 'Loading positions' },
  { tag: 'as-price-alerts', label: 'Loading price alerts' },
  { tag: 'as-pnl-leaders', label: 'Loading profit and loss' },
  { tag: 'as-top-traded', label: 'Loading most traded' },
];
const content = ELEMENTS.map(
  ({ tag, attributes }) => `<${tag}${attributes ? ` ${attributes}` : ''}></${tag}>`,
).join('');

/** What the child process rendered: without and with the `connectedCallback()` opt-in. */
interface Rendered {
  plain: string;
  connected: string;
}

/** Renders `page` in a child process (both ways); rejects unless it exits by itself, cleanly. */
function renderInChild(page: ServerPage): Promise<Rendered> {
  const script = `
    const { renderOnServer } = await import(${JSON.stringify(helper)});
    const page = JSON.parse(process.env.AUTOSHARES_SSR_PAGE);
    const plain = await renderOnServer(page);
    const connected = await renderOnServer(page, { connectedCallback: true });
    process.stdout.write(JSON.stringify({ plain, connected }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      {
        cwd: root,
        env: { ...process.env, AUTOSHARES_SSR_PAGE: JSON.stringify(page) },
        // Far above a render (~2 s); reached only when something keeps the process alive.
        timeout: 15000,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve(JSON.parse(stdout) as Rendered);
      reject(
        new Error(
          signal
            ? `the server render did not exit by itself (a timer or socket kept it alive): ${stderr}`
            : `the server render failed (exit ${code}): ${stderr}`,
        ),
      );
    });
  });
}

/** From `<tag …>` to `</tag>`: the element with its declarative shadow root, without Lit's markers. */
function elementIn(html: string, tag: string): string {
  const start = html.indexOf(`<${tag} `) >= 0 ? html.indexOf(`<${tag} `) : html.indexOf(`<${tag}>`);
  assert.ok(start >= 0, `${tag} is not in the rendered page`);
  const end = html.indexOf(`</${tag}>`, start);
  assert.ok(end > start, `${tag} is not closed in the rendered page`);
  return html.slice(start, end).replace(/<!--.*?-->/g, '');
}

function assertSkeletons(html: string, how: string): void {
  assert.doesNotMatch(html, /Not connected/, `${how}: an element says "Not connected"`);
  for (const { tag, label } of ELEMENTS) {
    const element = elementIn(html, tag);
    assert.match(element, /<template shadowroot="open" shadowrootmode="open">/, `${how}: ${tag}`);
    assert.match(
      element,
      /<div\s+class="as-state as-skeleton"\s+data-state="loading"/,
      `${how}: ${tag} renders no loading skeleton`,
    );
    assert.ok(element.includes(`${label}…`), `${how}: ${tag} does not announce "${label}…"`);
  }
}

describe('server rendering (@lit-labs/ssr)', () => {
  let api: Server;
  let apiUrl: string;
  const requests: string[] = [];

  before(async () => {
    // Stands in for the AutoShares API (and a token endpoint): counts whatever reaches it.
    api = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(401, { 'Content-Type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`;
  });

  after(async () => {
    await new Promise((resolve) => api.close(resolve));
  });

  it('renders every element inside <as-session> as its loading skeleton, and asks the API nothing', async () => {
    const rendered = await renderInChild({
      session: { 'base-url': apiUrl, 'app-key': 'an-app-key', locale: 'en-US' },
      token: 'a-token-the-server-must-not-use',
      content,
    });
    assertSkeletons(rendered.plain, 'rendered');
    assertSkeletons(rendered.connected, 'rendered with connectedCallback()');
    assert.doesNotMatch(rendered.plain + rendered.connected, /a-token-the-server-must-not-use/);
    assert.deepEqual(requests, [], 'the server render sent requests');
  });

  it('renders an element outside any session as its loading skeleton too (the browser may have one)', async () => {
    const rendered = await renderInChild({ content: '<as-quote symbol="AAPL"></as-quote>' });
    for (const html of [rendered.plain, rendered.connected]) {
      const quote = elementIn(html, 'as-quote');
      assert.match(quote, /data-state="loading"/);
      assert.ok(quote.includes('Loading quote…'));
      assert.doesNotMatch(quote, /Not connected/);
    }
  });
});

/**
 * Server rendering with `@lit-labs/ssr` (`docs/ssr.md`): every element inside an `<as-session>`
 * renders its own loading skeleton into its declarative shadow root (what the browser shows
 * before data arrives, so hydration matches), never "Not connected", in the session's language
 * and theme (the session's settings reach its elements through `@lit/context`); and the server
 * never asks the API or holds anything open, also when the renderer calls `connectedCallback()`
 * (an opt-in of `@lit-labs/ssr`) and the session is given a token.
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

/**
 * Every element, with the attributes it needs and the label its skeleton announces (in English
 * and in German).
 */
const ELEMENTS: { tag: string; attributes?: string; label: string; german: string }[] = [
  {
    tag: 'as-quote',
    attributes: 'symbol="AAPL"',
    label: 'Loading quote',
    german: 'Kurs wird geladen',
  },
  { tag: 'as-watchlist', label: 'Loading watchlist', german: 'Watchlist wird geladen' },
  {
    tag: 'as-account-summary',
    label: 'Loading account summary',
    german: 'Kontoübersicht wird geladen',
  },
  {
    tag: 'as-chart',
    attributes: 'symbol="AAPL"',
    label: 'Loading chart',
    german: 'Chart wird geladen',
  },
  { tag: 'as-news', label: 'Loading news', german: 'Nachrichten werden geladen' },
  {
    tag: 'as-order-ticket',
    attributes: 'symbol="AAPL"',
    label: 'Loading order ticket',
    german: 'Orderformular wird geladen',
  },
  { tag: 'as-orders', label: 'Loading orders', german: 'Orders werden geladen' },
  { tag: 'as-positions', label: 'Loading positions', german: 'Positionen werden geladen' },
  { tag: 'as-price-alerts', label: 'Loading price alerts', german: 'Kursalarme werden geladen' },
  {
    tag: 'as-pnl-leaders',
    label: 'Loading profit and loss',
    german: 'Gewinne und Verluste werden geladen',
  },
  { tag: 'as-top-traded', label: 'Loading most traded', german: 'Meistgehandelte werden geladen' },
  {
    tag: 'as-option-chain',
    attributes: 'symbol="AAPL"',
    label: 'Loading options',
    german: 'Optionen werden geladen',
  },
  {
    tag: 'as-funding',
    label: 'Loading funding',
    german: 'Ein- und Auszahlungen werden geladen',
  },
  { tag: 'as-activity', label: 'Loading activity', german: 'Kontobewegungen werden geladen' },
  { tag: 'as-account-value', label: 'Loading account value', german: 'Depotwert wird geladen' },
  { tag: 'as-agreements', label: 'Loading agreements', german: 'Vereinbarungen werden geladen' },
  {
    tag: 'as-equity-awards',
    label: 'Loading equity awards',
    german: 'Aktienzuteilungen werden geladen',
  },
  {
    tag: 'as-portfolio-performance',
    label: 'Loading portfolio performance',
    german: 'Depot-Wertentwicklung wird geladen',
  },
];
/** The other providers the awards and performance elements read (declared, never asked here). */
const PROVIDERS =
  '<as-provider name="shareworks" endpoint="/shareworks"></as-provider>' +
  '<as-provider name="sharesight" endpoint="/sharesight"></as-provider>';
const content =
  PROVIDERS +
  ELEMENTS.map(
    ({ tag, attributes }) => `<${tag}${attributes ? ` ${attributes}` : ''}></${tag}>`,
  ).join('');

/**
 * What the child process rendered: without and with the `connectedCallback()` opt-in, and what
 * it logged.
 */
interface Rendered {
  plain: string;
  connected: string;
  stderr: string;
}

/**
 * Renders `page` in a child process (both ways), having loaded the kit's translations unless
 * `translations` is false; rejects unless it exits by itself, cleanly.
 */
function renderInChild(page: ServerPage, translations = true): Promise<Rendered> {
  const script = `
    const { renderOnServer } = await import(${JSON.stringify(helper)});
    const page = JSON.parse(process.env.AUTOSHARES_SSR_PAGE);
    const translations = ${JSON.stringify(translations)};
    const plain = await renderOnServer(page, { translations });
    const connected = await renderOnServer(page, { connectedCallback: true, translations });
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
      if (code === 0) return resolve({ ...(JSON.parse(stdout) as Rendered), stderr });
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

/** The start tag of `<tag …>` in the page: the host's attributes. */
function hostOf(html: string, tag: string): string {
  const element = elementIn(html, tag);
  return element.slice(0, element.indexOf('>') + 1);
}

/** Every element of ELEMENTS shows its skeleton, announcing its label in `language`. */
function assertSkeletons(html: string, how: string, language: 'label' | 'german' = 'label'): void {
  assert.doesNotMatch(html, /Not connected/, `${how}: an element says "Not connected"`);
  for (const { tag, ...labels } of ELEMENTS) {
    const label = labels[language];
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

  it('renders a German dark page: every skeleton in German and in the dark theme, set by the session', async () => {
    const rendered = await renderInChild({
      session: {
        'base-url': apiUrl,
        'app-key': 'an-app-key',
        locale: 'de-DE',
        theme: 'dark',
        transparent: '',
      },
      token: 'a-token-the-server-must-not-use',
      content,
    });
    for (const [how, html] of [
      ['rendered', rendered.plain],
      ['rendered with connectedCallback()', rendered.connected],
    ]) {
      assertSkeletons(html, how, 'german');
      assert.doesNotMatch(html, /Loading/, `${how}: an English label in the page`);
      for (const { tag } of ELEMENTS) {
        // The session's settings on the element's host, where its styles and hydration read them.
        const host = hostOf(html, tag);
        assert.match(host, /\sssr-locale="de-DE"/, `${how}: ${tag} does not say it is in de-DE`);
        assert.match(host, /\sssr-theme="dark"/, `${how}: ${tag} is not in the dark theme`);
        assert.match(host, /\sssr-transparent[\s=>]/, `${how}: ${tag} is not transparent`);
        assert.match(
          elementIn(html, tag),
          /:host\(\[ssr-theme='dark'\]\)\s*\{\s*color-scheme:\s*dark;/,
          `${how}: ${tag}'s styles do not apply the dark theme`,
        );
      }
    }
    assert.equal(rendered.stderr, '', 'the server render logged');
    assert.deepEqual(requests, [], 'the server render sent requests');
  });

  it("an element's own language wins over its session's; outside a session, it has its own only", async () => {
    const rendered = await renderInChild({
      session: { 'base-url': apiUrl, 'app-key': 'an-app-key', locale: 'de-DE', theme: 'dark' },
      content: '<as-quote symbol="AAPL" locale="ja-JP"></as-quote><as-watchlist></as-watchlist>',
    });
    const alone = await renderInChild({
      content: '<as-quote symbol="AAPL" locale="ja-JP"></as-quote>',
    });
    for (const html of [rendered.plain, rendered.connected]) {
      assert.ok(elementIn(html, 'as-quote').includes('株価を読み込み中…'));
      assert.match(hostOf(html, 'as-quote'), /\sssr-locale="ja-JP" ssr-theme="dark"/);
      assert.ok(elementIn(html, 'as-watchlist').includes('Watchlist wird geladen…'));
    }
    for (const html of [alone.plain, alone.connected]) {
      assert.ok(elementIn(html, 'as-quote').includes('株価を読み込み中…'));
      assert.doesNotMatch(hostOf(html, 'as-quote'), /ssr-theme/);
    }
  });

  it('a server that did not load the translations renders English and says so in its log', async () => {
    const rendered = await renderInChild(
      {
        session: { 'base-url': apiUrl, 'app-key': 'an-app-key', locale: 'de-DE', theme: 'dark' },
        content: '<as-quote symbol="AAPL"></as-quote>',
      },
      false,
    );
    for (const html of [rendered.plain, rendered.connected]) {
      assert.ok(elementIn(html, 'as-quote').includes('Loading quote…'));
      // No ssr-locale: the browser hydrates the skeleton in English too, then turns German.
      assert.doesNotMatch(hostOf(html, 'as-quote'), /ssr-locale/);
      assert.match(hostOf(html, 'as-quote'), /\sssr-theme="dark"/);
    }
    assert.match(
      rendered.stderr,
      /translations of de-DE are not loaded.*loadTranslations\('de-DE'\)/,
    );
  });
});

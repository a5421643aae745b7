/**
 * `pnpm test:storybook` (after `pnpm build-storybook`): opens every story of `storybook-static`
 * in headless Chromium, offline on the in-browser sandbox, and checks that it renders: no
 * uncaught error, no Storybook error display, no failed `play`, and the element shows what the
 * story is about (data for plain stories; the loading, error or signed-out state for those).
 * Once it does, axe-core checks the story (shadow roots included): any violation fails it, with
 * the story id, rule, impact, target and axe's help text. Then the layout check
 * (`story-layout.ts`) lays the story out at 280, 400, 800 and 1200 px in light and dark: a
 * clipped control or figure, a figure broken across lines, or a sideways scroll that does not
 * show fails it, each problem printed with its width and scheme. Prints `N passed, N failed`.
 * `SMOKE_STORIES=quote,orders--all` runs only the stories whose id contains one of the words.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { describeViolation, storyViolations } from './story-axe.ts';
import { layoutProblems, SCHEMES, WIDTHS } from './story-layout.ts';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const TIMEOUT_MS = 15000;
const PAGES = 2;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
}

/**
 * What an element story must show, from its name: the state it is about, or data. Stories
 * outside `Elements/` (e.g. `Theme/Tokens`) have no element state: they only have to render.
 */
function expectedState(entry: Entry): string | undefined {
  if (!entry.title.startsWith('Elements/')) return undefined;
  if (/^Loading$/.test(entry.name)) return 'loading';
  if (/^(Error|Failing|Rate [Ll]imited)$/.test(entry.name)) return 'error';
  if (/^Signed Out$/.test(entry.name)) return 'signed-out';
  return 'data';
}

/** Serves storybook-static on 127.0.0.1 (a random port). */
function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

/** Runs in the page: whether Storybook is done with story `storyId` (play included). */
function renderSettled(storyId: string): string | undefined {
  const preview = (
    globalThis as unknown as {
      __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
    }
  ).__STORYBOOK_PREVIEW__;
  if (preview?.currentRender?.id !== storyId) return undefined;
  const phase = preview.currentRender.phase;
  return phase && ['completed', 'afterEach', 'finished', 'aborted', 'errored'].includes(phase)
    ? phase
    : undefined;
}

/**
 * Runs in the page: resolves after two frames, once what a render scheduled has painted (or
 * after half a second, as a page that is not painting gets no frames).
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 500);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}

/** Runs in the page: the state the story's `as-*` element shows, or why it shows nothing. */
function stateInPage(): string {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return `storybook error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`;
  }
  const session = document.querySelector('#storybook-root as-session:not([data-smoke-done])');
  const element = [...(session?.querySelectorAll('*') ?? [])].find((e) =>
    e.localName.startsWith('as-'),
  );
  if (!element) return 'no element';
  const shadow = element.shadowRoot;
  if (!shadow || !shadow.childElementCount) return 'not rendered';
  const state = shadow.querySelector(
    '[data-state="loading"],[data-state="error"],[data-state="signed-out"],[data-state="no-session"]',
  );
  return state?.getAttribute('data-state') ?? 'data';
}

/** Runs in the page: marks the stories shown so far and asks Storybook for `storyId`. */
function switchStory(storyId: string): void {
  for (const old of document.querySelectorAll('#storybook-root as-session')) {
    old.setAttribute('data-smoke-done', '');
  }
  const channel = (
    globalThis as unknown as {
      __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void };
    }
  ).__STORYBOOK_ADDONS_CHANNEL__;
  channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
}

/** Opens `entry` on `page` (a fresh page navigates; a used one switches) and says what is wrong. */
async function checkStory(
  page: Page,
  base: string,
  entry: Entry,
  fresh: boolean,
  errors: string[],
): Promise<string | undefined> {
  if (fresh) {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story`, { waitUntil: 'load' });
  } else await page.evaluate(switchStory, entry.id);
  const want = expectedState(entry);
  const deadline = Date.now() + TIMEOUT_MS;
  let state = '';
  while (want && Date.now() < deadline) {
    state = await page.evaluate(stateInPage);
    if (state === want || state.startsWith('storybook error') || errors.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Storybook reloads the page when a story is left mid-play: let play functions finish.
  let phase: string | undefined;
  while (Date.now() < deadline && !(phase = await page.evaluate(renderSettled, entry.id))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!want) state = await page.evaluate(stateInPage);
  if (errors.length) return `uncaught error: ${errors[0]}`;
  if (state.startsWith('storybook error')) return state;
  if (want && state !== want) return `shows "${state}", expected "${want}"`;
  if (phase !== 'completed' && phase !== 'afterEach' && phase !== 'finished') {
    return `the story did not finish (${phase ?? 'still running'})`;
  }
  await page.evaluate(nextPaint);
  const violations = await storyViolations(page);
  if (violations.length) return [entry.id, ...violations.map(describeViolation)].join('\n    ');
  const layout = await layoutProblems(page);
  if (layout.length) return [`${entry.id}: layout`, ...layout].join('\n    ');
  return undefined;
}

/**
 * One page per worker, switching stories through Storybook's channel, so the in-browser
 * sandbox starts once per page instead of once per story. A check that throws (the page
 * navigated away or stopped answering) is tried once more on a new page; a second throw fails
 * the story, and the worker goes on with a new page.
 */
async function worker(
  browser: Browser,
  base: string,
  queue: Entry[],
  report: (entry: Entry, problem?: string) => void,
) {
  const errors: string[] = [];
  const open = async () => {
    // A window of its own: a background tab gets no animation frames (charts draw in frames).
    const page = await browser.newPage({ type: 'window' });
    // Wide enough for the widest layout the layout check tries (1200 px) and the page's padding.
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
    return page;
  };
  let page = await open();
  let fresh = true;
  try {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        errors.length = 0;
        try {
          report(entry, await checkStory(page, base, entry, fresh, errors));
          fresh = false;
          break;
        } catch (error) {
          const message = `the check failed: ${(error as Error).message ?? error}`;
          if (attempt === 2) report(entry, message);
          else console.log(`↻ ${entry.title} › ${entry.name}: ${message}; trying a new page`);
          await page.close().catch(() => undefined);
          page = await open();
          fresh = true;
        }
      }
    }
  } finally {
    await page.close();
  }
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
  entries: Record<string, Entry>;
};
// `SMOKE_STORIES=quote,orders` runs only the stories whose id contains one of those words.
const only = process.env.SMOKE_STORIES?.split(',').filter(Boolean);
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || only.some((word) => entry.id.includes(word))),
);
const { url, close } = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  // A page that stops answering fails its story after this long instead of stalling the run.
  protocolTimeout: 30000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let passed = 0;
let failed = 0;
try {
  const queue = [...stories];
  const report = (entry: Entry, problem?: string) => {
    if (problem) failed++;
    else passed++;
    console.log(
      `${problem ? '✖' : '✔'} ${entry.title} › ${entry.name}${problem ? `: ${problem}` : ''}`,
    );
  };
  await Promise.all(Array.from({ length: PAGES }, () => worker(browser, url, queue, report)));
} finally {
  await browser.close();
  close();
}
console.log(
  `${passed} passed, ${failed} failed (layout at ${WIDTHS.join(', ')} px in ${SCHEMES.join(' and ')})`,
);
process.exit(failed ? 1 : 0);

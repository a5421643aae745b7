/**
 * The three-provider demo page (`demo/providers.html`) as `pnpm start` serves it: the built CDN
 * loader, the partner sign-in bridge and the Shareworks and Sharesight bridges on the demo's
 * origin (vite.config.ts). In Chromium a person connects Sharesight through its grant page in
 * the popup and signs in to AutoShares through its popup; the page then shows the Sharesight
 * performance (the bridge's figures) and the AutoShares quote, without a reload. Dana's equity
 * awards (Shareworks) show from the start, and once AutoShares is signed in they are valued at
 * the live NVDA price.
 */
import assert from 'node:assert/strict';
import { createServer as createNetServer } from 'node:net';
import { after, before, test } from 'node:test';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Page,
  type Target,
} from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { SANDBOX_CREDENTIALS, startSandboxServer } from '@autoshares/sandbox/node';
import { SHARESIGHT_DEMO_USER } from '../packages/sandbox/src/providers/sharesight/index.ts';
import { ensureCdnBundle } from './cdn-bundle.ts';

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let vite: ViteDevServer;
let browser: Browser;
let origin: string;

/** A port the OS hands out (the bridges' callback URLs name the demo's port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  await ensureCdnBundle();
  sandbox = await startSandboxServer({
    port: 0,
    host: '127.0.0.1',
    oauth: { accessTokenLifetimeMs: 120_000 },
  });
  process.env.AUTOSHARES_SANDBOX_URL = sandbox.url;
  process.env.AUTOSHARES_DEMO_PORT = String(await freePort());
  vite = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    server: { hmr: false },
  });
  await vite.listen();
  origin = new URL(vite.resolvedUrls!.local[0]!).origin;
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

/** Waits (bounded) until `check` answers something truthy in the page; answers it. */
async function until<T>(page: Page, what: string, check: () => T, timeoutMs = 30_000) {
  const handle = await page
    .waitForFunction(check, { timeout: timeoutMs, polling: 200 })
    .catch((error: Error) => {
      throw new Error(`${what}: ${error.message}`);
    });
  return (await handle.jsonValue()) as NonNullable<T>;
}

/** What an element of the page shows (its shadow root's text), for failure messages. */
const textOf = (page: Page, tag: string) =>
  page.evaluate((name) => {
    const el = document.querySelector(name);
    const text = (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim();
    return `<${name}> ${el ? (customElements.get(name) ? '' : '(undefined) ') : '(absent) '}${text ?? ''}`;
  }, tag);

/** The element `inner` in `tag`'s shadow root once it shows, else a failure naming what `tag` showed. */
async function shownIn(page: Page, tag: string, inner: string) {
  try {
    const handle = await page.waitForFunction(
      (name, selector) => document.querySelector(name)?.shadowRoot?.querySelector(selector),
      { timeout: 30_000, polling: 200 },
      tag,
      inner,
    );
    return handle as ElementHandle<Element>;
  } catch {
    throw new Error(`${inner} in ${tag}; shown instead: ${await textOf(page, tag)}`);
  }
}

const seenPopups = new WeakSet<Target>();

/** The popup `page` opens next (after `click`): a new one, not one an earlier step drove. */
async function popupAfter(page: Page, click: () => Promise<void>): Promise<Page> {
  await click();
  const target = await browser.waitForTarget(
    (t) => t.opener() === page.target() && !seenPopups.has(t),
    { timeout: 15_000 },
  );
  seenPopups.add(target);
  const popup = await target.page();
  assert.ok(popup, 'a popup page');
  return popup;
}

/** The element `selector` of a popup, else a failure naming the page the popup shows. */
async function inPopup(popup: Page, selector: string) {
  try {
    return (await popup.waitForSelector(selector, { timeout: 15_000 }))!;
  } catch {
    const body = await popup.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    throw new Error(`${selector} in the popup at ${popup.url()}; shown instead: ${body}`);
  }
}

test("providers.html: Dana's equity awards; connect Sharesight and sign in to AutoShares in popups; performance, the NVDA quote and the awards valued at its price show", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push((error as Error).message));
  await page.goto(`${origin}/providers.html`);

  // Shareworks: Dana's grants, as the bridge answers them, before any sign-in.
  const grantIds = await page.evaluate(async () => {
    const { grants } = await (await fetch('/shareworks/me/grants')).json();
    return (grants as { grantId: number }[]).map((g) => String(g.grantId));
  });
  assert.ok(grantIds.length >= 4, `Dana's grants: ${grantIds.join(', ')}`);
  const shownGrants = await until(page, "Dana's grants shown", () => {
    const root = document.querySelector('as-equity-awards')?.shadowRoot;
    const rows = [...(root?.querySelectorAll<HTMLElement>('tbody tr[data-grant]') ?? [])];
    return rows.length > 0 ? rows.map((row) => row.dataset.grant!) : null;
  }).catch(async (error: Error) => {
    throw new Error(`${error.message}; shown: ${await textOf(page, 'as-equity-awards')}`);
  });
  assert.deepEqual(shownGrants, grantIds);

  // Sharesight: not connected yet.
  const connect = await shownIn(page, 'as-portfolio-performance', 'button[part~="sign-in-button"]');
  assert.equal(await connect.evaluate((b) => b.textContent?.trim()), 'Connect Sharesight');
  const grant = await popupAfter(page, () => connect.click());
  await inPopup(grant, '#email');
  await grant.$eval('#email', (input) => ((input as HTMLInputElement).value = ''));
  await grant.type('#email', SHARESIGHT_DEMO_USER.email);
  await grant.type('#password', SHARESIGHT_DEMO_USER.password);
  await grant.click('button[value=allow]'); // provider-connected.html closes the popup
  const shown = await until(page, 'Sharesight performance shown', () => {
    const root = document.querySelector('as-portfolio-performance')?.shadowRoot;
    const value = root?.querySelector('[data-figure="value"] [data-amount]')?.textContent?.trim();
    return value ? { value, holdings: root!.querySelectorAll('tr[data-holding]').length } : null;
  });
  const bridge = await page.evaluate(async () => {
    const { portfolios } = await (await fetch('/sharesight/portfolios')).json();
    const dates = document
      .querySelector('as-portfolio-performance')!
      .shadowRoot!.querySelector('[data-period-dates]')!
      .getAttribute('data-period-dates')!
      .split(' ');
    const answer = await fetch(
      `/sharesight/portfolios/${portfolios[0].id}/performance?start_date=${dates[0]}&end_date=${dates[1]}&grouping=market`,
    );
    const { report } = await answer.json();
    return {
      holdings: report.holdings.length as number,
      value: new Intl.NumberFormat(navigator.language, {
        style: 'currency',
        currency: report.currency.code,
      }).format(report.value),
    };
  });
  assert.equal(shown.value, bridge.value, 'the value is Sharesight’s');
  assert.equal(shown.holdings, bridge.holdings);

  // AutoShares: sign in through the partner bridge's popup.
  const signIn = await shownIn(page, 'as-quote', 'button[part~="sign-in-button"]');
  const login = await popupAfter(page, () => signIn.click());
  await inPopup(login, '#username');
  await login.type('#username', SANDBOX_CREDENTIALS.demo.username);
  await login.type('#password', SANDBOX_CREDENTIALS.demo.password);
  await Promise.all([login.waitForNavigation(), login.click('button[type=submit]')]);
  await inPopup(login, 'button[value=allow]');
  await login.click('button[value=allow]'); // the callback page closes the popup
  const quote = await until(page, 'the NVDA quote', () => {
    const root = document.querySelector('as-quote')?.shadowRoot;
    const text = root?.textContent?.replace(/\s+/g, ' ') ?? '';
    return text.includes('NVDA') &&
      root?.querySelector('[data-field="last"], [data-field="volume"]')
      ? text
      : null;
  });
  assert.match(quote, /NVDA/);

  // The awards are valued at the live NVDA price, the one the quote shows: the vested RSU
  // shares × that price (the market moves, so both are read together until they agree).
  const rsu = await page.evaluate(async () => {
    const { grants } = await (await fetch('/shareworks/me/grants')).json();
    const found = (
      grants as { grantId: number; awardTypeName: string; vestedShares: number }[]
    ).find((g) => g.awardTypeName === 'RSU')!;
    return { grantId: found.grantId, vestedShares: found.vestedShares };
  });
  assert.ok(rsu.vestedShares > 0, 'the RSU has vested shares');
  const valued = await page
    .waitForFunction(
      (grantId: number, vestedShares: number) => {
        const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
        const quote = document.querySelector('as-quote')?.shadowRoot;
        const last = quote?.querySelector('[data-field="last"]')?.textContent ?? '';
        const price = Number(/[\d,]+\.\d+/.exec(last)?.[0].replace(/,/g, '') ?? NaN);
        if (!(price > 0)) return null;
        const awards = document.querySelector('as-equity-awards')?.shadowRoot;
        const value = awards
          ?.querySelector(`tr[data-grant="${grantId}"] [data-value]`)
          ?.textContent?.replace(/\s+/g, ' ')
          .trim();
        const note = awards?.querySelector('[part~="price-note"]')?.textContent ?? '';
        return value?.startsWith(money.format(vestedShares * price)) &&
          note.includes(`Values at the last price of NVDA, ${money.format(price)}`)
          ? { price, value }
          : null;
      },
      { timeout: 30_000, polling: 200 },
      rsu.grantId,
      rsu.vestedShares,
    )
    .catch(async (error: Error) => {
      throw new Error(
        `the RSU valued at the quote's price: ${error.message}; shown: ${await textOf(page, 'as-equity-awards')} / ${await textOf(page, 'as-quote')}`,
      );
    });
  const { price, value } = (await valued.jsonValue())!;
  assert.ok(value.endsWith('vested × price'), value);
  assert.ok(price > 0);
  // Sharesight stays connected and shown after the AutoShares sign-in.
  assert.ok(
    await page.evaluate(
      () =>
        !!document
          .querySelector('as-portfolio-performance')
          ?.shadowRoot?.querySelector('[data-figure="value"]'),
    ),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

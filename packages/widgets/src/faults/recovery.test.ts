/**
 * Fault suite: every element recovers BY ITSELF once the API answers
 * again — after a burst of 502s, after a latency spike longer than the request timeout — and
 * says "Rate limited" under a 429 storm. No Retry button is clicked here: the client retries
 * failures that may pass with capped, jittered backoff (1 s, 2 s, 4 s … ceilings).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../elements/account-summary/define.ts';
import '../elements/chart/define.ts';
import '../elements/news/define.ts';
import '../elements/order-ticket/define.ts';
import '../elements/orders/define.ts';
import '../elements/pnl-leaders/define.ts';
import '../elements/positions/define.ts';
import '../elements/price-alerts/define.ts';
import '../elements/quote/define.ts';
import '../elements/top-traded/define.ts';
import '../elements/watchlist/define.ts';
import { pageRecoverySignals, equityQuery } from '@autoshares/client';
import type { AutoSharesSession } from '../session/as-session.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sandbox,
  sandboxControl,
  sessionFixture,
  setPrice,
  textOf,
  whenSignedIn,
  type TestUser,
} from '../test/sandbox.ts';
import { allShowData } from './dashboard.test-support.ts';

/**
 * Time for the data to come back once the server answers again: the retry planned after a few
 * failures in a row is due within 1 + 2 + 4 s, plus the requests themselves on a loaded box.
 */
const RECOVERY_MS = 12_000;
/** The per-attempt request timeout of the latency tests: a slower answer is a failure. */
const TIMEOUT_MS = 2000;

interface ElementCase {
  tag: string;
  attributes?: Record<string, string>;
  /** The element shows its data. */
  shows(el: HTMLElement): boolean;
  /** The live price it shows of `QUOTE_SYMBOL` (elements that stream it). */
  livePrice?(el: HTMLElement): string;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const count = (el: HTMLElement, selector: string) => root(el).querySelectorAll(selector).length;
const quoteLast = (el: HTMLElement) =>
  root(el).querySelector('[data-field="last"]')?.textContent?.trim() ?? '';
const summary = (el: HTMLElement) => root(el).querySelector('[data-summary]')?.textContent ?? '';
const ticketLast = (el: HTMLElement) =>
  root(el).querySelector('[data-quote="last"]')?.textContent?.trim() ?? '';

const QUOTE_SYMBOL = 'JNJ';

const ELEMENTS: ElementCase[] = [
  {
    tag: 'as-quote',
    attributes: { symbol: QUOTE_SYMBOL },
    shows: (el) => /\d/.test(quoteLast(el)),
    livePrice: quoteLast,
  },
  { tag: 'as-news', attributes: { symbol: 'AAPL' }, shows: (el) => count(el, 'li') > 0 },
  {
    tag: 'as-chart',
    attributes: { symbol: QUOTE_SYMBOL },
    shows: (el) => !!summary(el).trim() && !!root(el).querySelector('.plot canvas'),
    livePrice: (el) => /last (\d[\d,]*\.\d+)/.exec(summary(el))?.[1] ?? '',
  },
  { tag: 'as-watchlist', shows: (el) => count(el, 'tbody tr') > 0 },
  { tag: 'as-price-alerts', shows: (el) => count(el, 'tbody tr') > 0 },
  { tag: 'as-top-traded', shows: (el) => count(el, 'tbody tr') > 0 },
  { tag: 'as-pnl-leaders', shows: (el) => count(el, '[data-side] tbody tr') > 0 },
  { tag: 'as-positions', shows: (el) => count(el, 'tbody tr') > 0 },
  { tag: 'as-orders', shows: (el) => count(el, 'tbody tr') > 0 },
  { tag: 'as-account-summary', shows: (el) => count(el, '[data-figure] dd') > 0 },
  {
    tag: 'as-order-ticket',
    attributes: { symbol: QUOTE_SYMBOL },
    shows: (el) => /\d/.test(ticketLast(el)) && !!root(el).querySelector('form'),
    livePrice: ticketLast,
  },
];

/** The element shows a failure: its error block, or the "could not refresh" badge over data. */
const failed = (el: HTMLElement) =>
  !!root(el).querySelector('[data-state="error"], [part~="stale"][data-reason]');

/** The element shows its data and no failure. */
const recovered = (c: ElementCase, el: HTMLElement) => c.shows(el) && !failed(el);

/**
 * A session signed in as `user` with no element yet, its data and quote streamers open: its own
 * requests are done before a fault, so the fault hits the element's requests, not the streamers'
 * discovery.
 */
async function signedInSession(user: TestUser, timeoutMs?: number): Promise<AutoSharesSession> {
  const session = await fixture<AutoSharesSession>(
    html`<as-session
      base-url=${sandbox().apiUrl}
      app-key=${user.appKey}
      locale="en-US"
      .timeoutMs=${timeoutMs}
      .token=${user.token}
    ></as-session>`,
  );
  await whenSignedIn(session, 8000);
  const client = session.session!.client;
  const { Id } = await client.queries.fetch(equityQuery(client, 'AAPL'));
  client.stream.subscribe('Order', user.accountIds[0]!, () => undefined);
  client.stream.subscribe('Quote', Id!, () => undefined);
  await eventually(
    () => client.stream.status('data') === 'open' && client.stream.status('quote') === 'open',
    'streamers open',
    8000,
  );
  return session;
}

/** Adds the case's element to the session, as a page would while the fault is on. */
function mountIn(session: AutoSharesSession, c: ElementCase): HTMLElement {
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
  session.append(el);
  return el;
}

/** After recovery the element streams its quote again: a price forced now is shown. */
async function expectLivePrice(c: ElementCase, el: HTMLElement, price: number): Promise<void> {
  if (!c.livePrice) return;
  await setPrice(QUOTE_SYMBOL, price);
  await eventually(
    () => c.livePrice!(el) === price.toFixed(2),
    'the price forced after recovery is shown',
    8000,
    () => textOf(el),
  );
}

describe('faults: elements recover by themselves', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(() => clearFaults(user));

  for (const c of ELEMENTS) {
    it(`<${c.tag}>: after a burst of 502s, shows the failure, then its data without a click`, async () => {
      const session = await signedInSession(user);
      await fault({ serverError: { count: 8, status: 502 } }, user);
      const el = mountIn(session, c);
      await eventually(
        () => failed(el),
        'failure shown',
        8000,
        () => textOf(el),
      );
      // the burst ends by itself (8 answers); nobody presses Retry
      await eventually(
        () => recovered(c, el),
        'recovered',
        RECOVERY_MS,
        () => textOf(el),
      );
      await expectLivePrice(c, el, 201.37);
    }).timeout(25_000);

    it(`<${c.tag}>: after a latency spike longer than the timeout ends, shows its data without a click`, async () => {
      const session = await signedInSession(user, TIMEOUT_MS);
      await fault({ latencyMs: TIMEOUT_MS * 3 }, user);
      let el: HTMLElement;
      try {
        el = mountIn(session, c);
        await eventually(
          () => failed(el),
          'timeout shown',
          8000,
          () => textOf(el),
        );
        expect(textOf(el)).to.match(/Retrying/);
      } finally {
        await clearFaults(user);
      }
      await eventually(
        () => recovered(c, el),
        'recovered',
        RECOVERY_MS,
        () => textOf(el),
      );
      await expectLivePrice(c, el, 202.63);
    }).timeout(25_000);
  }

  it('a whole page opened during a 502 burst (sign-in included) comes back without a click', async () => {
    await fault({ serverError: { count: 8, status: 502 } }, user);
    const session = await sessionFixture(
      html`<as-watchlist></as-watchlist><as-positions></as-positions><as-orders></as-orders
        ><as-account-summary></as-account-summary><as-pnl-leaders></as-pnl-leaders
        ><as-top-traded></as-top-traded><as-quote symbol=${QUOTE_SYMBOL}></as-quote
        ><as-news symbol="AAPL"></as-news><as-price-alerts></as-price-alerts>`,
      { user },
    );
    await allShowData(session, RECOVERY_MS);
    const { faults } = await sandboxControl<{
      faults: Record<string, { serverError: { remaining: number } }>;
    }>('/__sandbox/faults', undefined, 'GET');
    expect(faults[`token:${user.token}`]!.serverError.remaining, 'every 502 was served').to.equal(
      0,
    );
  }).timeout(25_000);

  it('data already shown stays, marked "Could not refresh", while a refresh fails; then it is fresh again', async () => {
    const session = await signedInSession(user);
    const c = ELEMENTS.find((e) => e.tag === 'as-news')!;
    const el = mountIn(session, c);
    await eventually(() => c.shows(el), 'news shown', 8000);
    await fault({ serverError: { count: 8, status: 502 } }, user);
    session.session!.client.queries.invalidate(['news']);
    await eventually(
      () => /Could not refresh/.test(textOf(el)),
      'stale mark over the data',
      8000,
      () => textOf(el),
    );
    expect(c.shows(el), 'the last good data stays').to.equal(true);
    await expect(el).to.be.accessible();
    await eventually(
      () => recovered(c, el),
      'fresh again',
      RECOVERY_MS,
      () => textOf(el),
    );
  }).timeout(25_000);

  it('while its first request waits out a 429, the element says it is rate limited, not just loading', async () => {
    const c = ELEMENTS.find((e) => e.tag === 'as-news')!;
    const session = await signedInSession(user);
    await fault({ rateLimit: { count: 1, retryAfterSeconds: 3 } }, user);
    const el = mountIn(session, c);
    await eventually(
      () =>
        !!root(el).querySelector('[data-state="loading"][data-reason="rate-limited"]') &&
        /Rate limited.*Retrying in \d s/.test(textOf(el)),
      'rate limited while waiting',
      2500,
      () => textOf(el),
    );
    await expect(el).to.be.accessible();
    await eventually(
      () => recovered(c, el),
      'data after the wait',
      RECOVERY_MS,
      () => textOf(el),
    );
  }).timeout(25_000);

  for (const tag of ['as-quote', 'as-positions', 'as-watchlist']) {
    it(`<${tag}>: says it is rate limited and when it retries, then recovers without a click`, async () => {
      const c = ELEMENTS.find((e) => e.tag === tag)!;
      const session = await signedInSession(user);
      await fault({ rateLimit: { count: 8, retryAfterSeconds: 1 } }, user);
      const el = mountIn(session, c);
      await eventually(
        () => /Rate limited/.test(textOf(el)) && /Retrying/.test(textOf(el)),
        'rate limited, with the retry',
        10_000,
        () => textOf(el),
      );
      await expect(el).to.be.accessible();
      await eventually(
        () => recovered(c, el),
        'recovered',
        RECOVERY_MS,
        () => textOf(el),
      );
    }).timeout(25_000);
  }
});

describe('faults: the page tells the client when to retry at once', () => {
  it('a visible, online page may retry; `online` and `visibilitychange` to visible wake the retries', () => {
    // the test page is shown and online
    expect(document.hidden || !navigator.onLine).to.equal(false);
    expect(pageRecoverySignals.canRetry()).to.equal(true);
    let woken = 0;
    const stop = pageRecoverySignals.onResume(() => woken++);
    window.dispatchEvent(new Event('online'));
    expect(woken, 'online').to.equal(1);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(woken, 'visibilitychange while visible').to.equal(2);
    stop();
    window.dispatchEvent(new Event('online'));
    expect(woken, 'stopped').to.equal(2);
  });
});

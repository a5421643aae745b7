// Hydration support installs itself into LitElement, so it must load before Lit (docs/ssr.md).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { loadCatalogue } from '../locale/catalogues.ts';
import type { AutoSharesSession } from '../session/as-session.ts';
import { createTestUser, eventually, sandbox, type TestUser } from '../test/sandbox.ts';
import {
  insert,
  renderOnServer,
  rendered,
  skeleton,
  textOf,
  watchForFailures,
} from '../test/server-rendered.ts';

/**
 * Pages rendered on the server with @lit-labs/ssr (by the test server, at test time) hydrate in
 * the browser: the server's loading skeletons are adopted as they are (no mismatch, no fresh
 * render), then the elements connect and show their data; no "Not connected" stays behind.
 * A German dark page from first paint to data: `ssr-session-settings.test.ts`.
 */

describe('server-rendered elements hydrate', () => {
  let user: TestUser;
  let host: HTMLElement | undefined;
  let watch: ReturnType<typeof watchForFailures>;

  beforeEach(async () => {
    user = await createTestUser();
    watch = watchForFailures();
  });

  afterEach(() => {
    watch.stop();
    host?.remove();
    host = undefined;
  });

  const session = () => ({ 'base-url': sandbox().apiUrl, 'app-key': user.appKey, locale: 'en-US' });

  // First in this file: the elements' modules load only after the page is in place, as on a
  // server-rendered page (the session's module is already loaded by the test helpers).
  // Checking DOM nodes, assertions compare booleans (chai would print whole elements).
  it('a quote, a watchlist and an account summary: skeletons from the server, then data', async () => {
    host = insert(
      await renderOnServer({
        session: session(),
        content:
          '<as-quote symbol="AAPL"></as-quote><as-watchlist></as-watchlist><as-account-summary></as-account-summary>',
      }),
    );
    host.querySelector<AutoSharesSession>('as-session')!.token = user.token;
    const quote = host.querySelector('as-quote')!;
    const watchlist = host.querySelector('as-watchlist')!;
    const summary = host.querySelector('as-account-summary')!;
    const elements = [quote, watchlist, summary];
    // Before any element's script: the server's skeletons, each announcing what loads.
    expect(textOf(quote)).to.contain('Loading quote');
    expect(textOf(watchlist)).to.contain('Loading watchlist');
    expect(textOf(summary)).to.contain('Loading account summary');
    const served = elements.map(skeleton);

    // One module graph: every element is defined in the same task, before any response.
    await import('../index.ts');
    await Promise.all(elements.map(rendered));
    // Hydrated: the server's skeleton nodes are the elements' own (no data can have come yet).
    elements.forEach((el, i) => expect(skeleton(el) === served[i], el.localName).to.equal(true));

    await eventually(
      () => /\d/.test(quote.shadowRoot!.querySelector('[data-field="last"]')?.textContent ?? ''),
      'quote shows a price',
      10000,
      () => textOf(quote),
    );
    await eventually(
      () => watchlist.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'watchlist shows its rows',
      10000,
      () => textOf(watchlist),
    );
    await eventually(
      () =>
        /\d/.test(summary.shadowRoot!.querySelector('[data-figure="cash"] dd')?.textContent ?? ''),
      'account summary shows the cash figure',
      10000,
      () => textOf(summary),
    );
    for (const el of elements) {
      expect(skeleton(el) === null, el.localName).to.equal(true);
      expect(textOf(el), el.localName).not.to.contain('Not connected');
    }
    expect(watch.failures).to.deep.equal([]);
  });

  it('every element, defined before the page arrives: no mismatch, and each leaves its skeleton (a German dark page)', async () => {
    await import('../index.ts'); // every element defined before the page arrives
    // The German translations too, so the elements hydrate at once (while the session is still
    // signing in: the skeletons stay), as on a page that shows German elements already.
    await loadCatalogue('de-DE');
    const tags = [
      'as-quote symbol="AAPL"',
      'as-watchlist',
      'as-account-summary',
      'as-chart symbol="AAPL"',
      'as-news',
      'as-order-ticket symbol="AAPL"',
      'as-orders',
      'as-positions',
      'as-price-alerts',
      'as-pnl-leaders',
      'as-top-traded',
      'as-option-chain symbol="AAPL"',
      'as-funding',
      'as-activity',
      'as-account-value',
      'as-agreements',
      'as-equity-awards',
      'as-portfolio-performance',
    ];
    // The other providers the last two read, through the test server's bridges.
    const providers =
      '<as-provider name="shareworks" endpoint="/shareworks-as/dana"></as-provider>' +
      '<as-provider name="sharesight" endpoint="/sharesight-as/connected"></as-provider>';
    const content = providers + tags.map((t) => `<${t}></${t.split(' ')[0]}>`).join('');
    const html = await renderOnServer({
      session: { ...session(), locale: 'de-DE', theme: 'dark' },
      content,
    });
    host = insert(html);
    host.querySelector<AutoSharesSession>('as-session')!.token = user.token;
    const elements = [...host.querySelector('as-session')!.children].filter(
      (el) => el.localName !== 'as-provider',
    );
    expect(elements.length).to.equal(tags.length);
    const served = elements.map(skeleton);
    served.forEach((node, i) => expect(node !== null, elements[i].localName).to.equal(true));
    await Promise.all(elements.map(rendered));
    elements.forEach((el, i) => expect(skeleton(el) === served[i], el.localName).to.equal(true));

    await eventually(
      () => elements.every((el) => !skeleton(el)),
      'every element leaves its loading skeleton',
      15000,
      () =>
        elements
          .filter(skeleton)
          .map((el) => el.localName)
          .join(', '),
    );
    for (const el of elements) {
      expect(textOf(el), el.localName).not.to.contain('Not connected');
      expect(el.hasAttribute('ssr-locale') || el.hasAttribute('ssr-theme'), el.localName).to.equal(
        false,
      );
      expect(getComputedStyle(el).colorScheme, el.localName).to.equal('dark');
    }
    expect(watch.failures).to.deep.equal([]);
  });

  it('an element no session reaches: the skeleton from the server, then "Not connected"', async () => {
    await import('../elements/quote/define.ts');
    host = insert(await renderOnServer({ content: '<as-quote symbol="AAPL"></as-quote>' }));
    const quote = host.querySelector('as-quote')!;
    await eventually(
      () => textOf(quote).includes('Not connected'),
      'says it is not connected',
      5000,
      () => textOf(quote),
    );
    expect(skeleton(quote) === null).to.equal(true);
    expect(watch.failures).to.deep.equal([]);
  });

  it('an element in its own language: the server renders it in that language, hydration keeps it', async () => {
    await import('../index.ts');
    host = insert(
      await renderOnServer({
        session: session(),
        content: '<as-quote symbol="AAPL" locale="de"></as-quote>',
      }),
    );
    host.querySelector<AutoSharesSession>('as-session')!.token = user.token;
    const quote = host.querySelector('as-quote')!;
    const served = skeleton(quote);
    expect(textOf(quote)).to.contain('Kurs wird geladen…');
    await rendered(quote);
    expect(skeleton(quote) === served).to.equal(true);
    expect(textOf(quote)).to.contain('Kurs wird geladen…');
    expect(watch.failures).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { defineElement } from './core/define.ts';
import { createTestUser, eventually, sandbox, textOf, type TestUser } from './test/sandbox.ts';
import type { AutoSharesSession } from './session/as-session.ts';
import { requestedUrls } from './test/requests.ts';
// The module under test: importing it starts the autoloader on `document`. This file imports
// no element, so every element below is defined by the autoloader or not at all.
import { loadElement, loaderFor, requestedTags } from './autoloader.ts';

/**
 * Elements of the kit with the attributes a CMS author would type. Each must upgrade and show
 * the signed-in user's data (or its empty state), never an error or a signed-out state.
 */
const KIT: Record<string, string> = {
  'as-watchlist': '',
  'as-quote': 'symbol="AAPL"',
  'as-pnl-leaders': '',
  'as-top-traded': '',
  'as-news': 'symbol="AAPL"',
  'as-positions': '',
  'as-orders': '',
  'as-account-summary': '',
  'as-order-ticket': 'symbol="AAPL"',
  'as-price-alerts': '',
};

const containers: HTMLElement[] = [];

/** Plain markup, the way a CMS page has it: a session around elements, added to the page. */
function mountMarkup(user: TestUser, inner: string, into: Node = document.body): AutoSharesSession {
  const container = document.createElement('div');
  container.innerHTML = `<as-session base-url="${sandbox().apiUrl}" app-key="${user.appKey}" locale="en-US">${inner}</as-session>`;
  const session = container.querySelector<AutoSharesSession>('as-session')!;
  session.token = user.token;
  into.appendChild(container);
  containers.push(container);
  return session;
}

/** What the element shows: `content` once it renders data, else its state (`loading`, `error`, …). */
function shownState(element: Element): string {
  const root = element.shadowRoot;
  if (!root || !root.childElementCount) return 'not rendered';
  const state = root.querySelector('[data-state]')?.getAttribute('data-state');
  return state ?? (textOf(element) ? 'content' : 'blank');
}

const showsData = (element: Element) => ['content', 'empty'].includes(shownState(element));

/** Script URLs the page has requested so far. */
const requested = requestedUrls;

describe('autoloader', () => {
  let user: TestUser;
  before(async () => {
    user = await createTestUser();
  });
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('defines <as-session> at once and no other element before its tag appears', () => {
    expect(customElements.get('as-session')).to.be.a('function');
    const defined = Object.keys(KIT).filter((tag) => customElements.get(tag));
    expect(defined).to.deep.equal([]);
  });

  it('loads an element inside an open shadow root, present at once or added later', async () => {
    class HostCard extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<as-symbol-search label="Find a symbol"></as-symbol-search>';
      }
    }
    defineElement('host-card-autoload', HostCard);
    expect(customElements.get('as-symbol-search') === undefined).to.equal(true);
    const session = mountMarkup(user, '<host-card-autoload></host-card-autoload>');
    const card = session.querySelector('host-card-autoload')!;
    const search = card.shadowRoot!.querySelector('as-symbol-search')!;
    await eventually(
      () => customElements.get('as-symbol-search') !== undefined && !!search.shadowRoot,
      'the symbol search inside the host element upgrades',
    );

    // Added later to a shadow root the autoloader already watches.
    const later = document.createElement('as-quote');
    later.setAttribute('symbol', 'MSFT');
    card.shadowRoot!.appendChild(later);
    await eventually(() => textOf(later).includes('MSFT'), 'a quote added later renders MSFT');
  });

  it('upgrades every element written into plain page markup and shows the user its data', async () => {
    const inner = Object.entries(KIT)
      .map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`)
      .join('');
    const session = mountMarkup(user, inner);
    for (const tag of Object.keys(KIT)) {
      const element = session.querySelector(tag)!;
      await eventually(
        () => customElements.get(tag) !== undefined && showsData(element),
        `<${tag}> upgrades and shows data (it shows: ${shownState(element)})`,
        10000,
      );
    }
    const watchlist = session.querySelector('as-watchlist')!;
    await eventually(
      () => watchlist.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'the watchlist lists securities from the sandbox',
    );
    expect(textOf(session.querySelector('as-quote')!)).to.contain('AAPL');
  });

  it('leaves tags the kit does not have alone, and never loads the chart for a page without one', async () => {
    const unknown = document.createElement('as-no-such-widget');
    document.body.appendChild(unknown);
    containers.push(unknown);
    expect(await loadElement('as-no-such-widget')).to.equal(false);
    expect(customElements.get('as-no-such-widget') === undefined).to.equal(true);
    expect(loaderFor('div')).to.equal(undefined);
    expect(loaderFor('as-session')).to.equal(undefined);

    expect(requestedTags()).not.to.include('as-chart');
    const chartRequests = requested().filter((url) =>
      /elements\/chart\/|lightweight-charts/.test(url),
    );
    expect(chartRequests).to.deep.equal([]);
  });

  it('does not throw when another copy of the kit defines an autoloaded tag again', async () => {
    expect(await loadElement('as-quote')).to.equal(true);
    const defined = customElements.get('as-quote');
    // Another copy of the element module (as an npm bundle next to the CDN script would be).
    const secondCopy = './elements/quote/define.ts?copy=2';
    await import(/* @vite-ignore */ secondCopy);
    expect(defineElement('as-quote', class extends HTMLElement {})).to.equal(false);
    expect(customElements.get('as-quote') === defined).to.equal(true);

    const session = mountMarkup(user, '<as-quote symbol="NVDA"></as-quote>');
    const quote = session.querySelector('as-quote')!;
    await eventually(
      () => textOf(quote).includes('NVDA') && showsData(quote),
      'the quote still connects',
    );
  });
});

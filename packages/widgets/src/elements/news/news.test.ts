import { expect, html } from '@open-wc/testing';
import '../../test/probe-element.ts';
import { createTestUser, eventually, sandbox, textOf, type TestUser } from '../../test/sandbox.ts';
import { button, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  mountElement,
} from '../../test/states.ts';
import './define.ts';
import type { AutoSharesNews } from './news.ts';

type Pwned = { __newsPwned?: number };

const items = (el: AutoSharesNews) => [...el.shadowRoot!.querySelectorAll('li')];
const headlines = (el: AutoSharesNews) =>
  items(el).map((li) => li.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim());

const mount = mountElement<AutoSharesNews>('as-news', html`<as-news symbol="AAPL"></as-news>`);

/** Adds a story to a symbol's feed (`POST /__sandbox/news`), served exactly as given. */
async function injectNews(symbol: string, item: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sandbox().url}/__sandbox/news`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ symbol, ...item }),
  });
  expect(response.status).to.equal(201);
}

/** A symbol no other test uses (the sandbox does not list it, so only injected stories show). */
const uniqueSymbol = () => `ZX${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

describe('<as-news>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('lists headlines with source and time, newest first, within the limit', async () => {
    const { el } = await mount(user, html`<as-news symbol="AAPL" limit="4"></as-news>`);
    await eventually(() => items(el).length === 4, 'four stories shown');
    expect(textOf(el)).to.contain('AAPL news');
    // entities in the feed's headers are shown decoded, never as codes
    expect(textOf(el)).not.to.match(/&#39;|&quot;|&amp;/);
    const times = items(el).map((li) => li.querySelector('time')!);
    expect(times.every((t) => t.textContent!.trim().length > 0)).to.equal(true);
    const stamps = times.map((t) => Date.parse(t.dateTime));
    expect(stamps).to.deep.equal([...stamps].sort((a, b) => b - a));
    expect(times[0]!.title).to.match(/\d{4}/); // the absolute date and time on hover
    expect(items(el).every((li) => !!li.querySelector('.source')?.textContent?.trim())).to.equal(
      true,
    );
    await expect(el).to.be.accessible();
  });

  it('opens safe article links in a new tab without an opener', async () => {
    const symbol = uniqueSymbol();
    await injectNews(symbol, {
      Header: 'Company beats estimates',
      Attachment: 'https://news.example/story?id=1',
      Source: 'Wire',
      Date: Math.floor(Date.now() / 1000) - 3 * 3600,
    });
    const { el } = await mount(user, html`<as-news symbol=${symbol}></as-news>`);
    await eventually(() => items(el).length === 1, 'story shown');
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal('https://news.example/story?id=1');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(link.textContent).to.contain('Company beats estimates');
    expect(link.textContent).to.contain('opens in a new tab');
    expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('3 hours ago');
  });

  it('works with the keyboard alone: Tab reaches each headline link in order, Enter opens it', async () => {
    const symbol = uniqueSymbol();
    const hour = 3600;
    const now = Math.floor(Date.now() / 1000);
    await injectNews(symbol, {
      Header: 'Older story',
      Attachment: 'https://news.example/older',
      Source: 'Wire',
      Date: now - 5 * hour,
    });
    await injectNews(symbol, {
      Header: 'Newer story',
      Attachment: 'https://news.example/newer',
      Source: 'Wire',
      Date: now - hour,
    });
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-news symbol=${symbol}></as-news
        ><button id="after">After</button>`,
    );
    await eventually(() => items(el).length === 2, 'both stories shown');
    const focusedLink = () => el.shadowRoot!.activeElement?.getAttribute('href');
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focusedLink()).to.equal('https://news.example/newer');
    // Enter follows the link (the test keeps the page here: nothing leaves 127.0.0.1)
    const opened: string[] = [];
    const keepHere = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement) opened.push(target.href);
      event.preventDefault();
    };
    document.addEventListener('click', keepHere, { capture: true });
    try {
      await press('Enter');
    } finally {
      document.removeEventListener('click', keepHere, { capture: true });
    }
    expect(opened).to.deep.equal(['https://news.example/newer']);
    await press('Tab');
    expect(focusedLink()).to.equal('https://news.example/older');
    await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
  });

  it('keeps hostile stories inert: no script runs, no element is injected, no javascript: link', async () => {
    const symbol = uniqueSymbol();
    const win = window as Pwned;
    delete win.__newsPwned;
    await injectNews(symbol, {
      Header: '<img src=x onerror="window.__newsPwned=1">Image header',
      Content:
        '<script>window.__newsPwned=2</script><b>Bold</b> preview <img src=x onerror="window.__newsPwned=3"><iframe src="javascript:parent.__newsPwned=6"></iframe>',
      Attachment: 'javascript:window.__newsPwned=4',
    });
    await injectNews(symbol, {
      Header: '&lt;script&gt;window.__newsPwned=5&lt;/script&gt; Encoded header',
      Content: '&lt;img src=x onerror=&quot;window.__newsPwned=7&quot;&gt;',
      Attachment: 'data:text/html,<script>alert(1)</script>',
    });
    await injectNews(symbol, {
      Header: 'Relative link',
      Attachment: '/relative/path',
      Content: '<a href="javascript:window.__newsPwned=8">click</a> here',
    });
    const { el } = await mount(user, html`<as-news symbol=${symbol}></as-news>`);
    await eventually(() => items(el).length === 3, 'hostile stories shown');
    const root = el.shadowRoot!;
    // shown as text, not markup
    expect(textOf(el)).to.contain('<img src=x onerror="window.__newsPwned=1">Image header');
    expect(textOf(el)).to.contain('<script>window.__newsPwned=5</script> Encoded header');
    expect(textOf(el)).to.contain('Bold preview');
    expect(textOf(el)).not.to.contain('window.__newsPwned=2');
    expect(root.querySelectorAll('img, script, iframe, b, object, embed')).to.have.length(0);
    // no link for javascript:, data: or relative addresses
    expect(root.querySelectorAll('a')).to.have.length(0);
    // give an injected handler every chance to run
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__newsPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('follows its link group and the symbol attribute', async () => {
    const { session, el } = await mount(
      user,
      html`<as-news symbol="AAPL" link-group="n1"></as-news
        ><as-test-probe link-group="n1"></as-test-probe>`,
    );
    await eventually(() => items(el).length > 0, 'AAPL news');
    button(session.querySelector('as-test-probe')!, 'Select MSFT')!.click();
    // the MSFT stories themselves, not the heading alone (AAPL's may show until they load)
    await eventually(
      () =>
        textOf(el).includes('MSFT news') && headlines(el).some((h) => /microsoft|MSFT/i.test(h)),
      'MSFT news after the group selected MSFT',
      5000,
      () => headlines(el).join(' | '),
    );
  });

  it('fits a 280 px container (previews hidden, nothing overflows)', async () => {
    const { el } = await mount(user);
    await eventually(() => items(el).length > 0, 'stories shown');
    const preview = el.shadowRoot!.querySelector('.preview')!;
    expect(preview, 'a preview to hide').to.not.equal(null);
    await expectFitsNarrow(el, {
      hidden: () => getComputedStyle(preview).display === 'none',
      hiddenMessage: 'previews hidden',
      box: 'ul',
    });
    await expect(el).to.be.accessible();
  });

  describe('states', () => {
    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading news', {
        latencyMs: 1500,
        loaded: (el) => items(el).length > 0,
      });
    });

    it('empty: no symbol, or no stories', async () => {
      const { el } = await mount(user, html`<as-news></as-news>`);
      await eventually(() => textOf(el).includes('Choose a symbol'), 'asks for a symbol');
      await expect(el).to.be.accessible();
      const symbol = uniqueSymbol();
      el.symbol = symbol;
      await eventually(() => textOf(el).includes(`No news for ${symbol}.`), 'no stories');
      await expect(el).to.be.accessible();
    });

    it('error: a readable message and a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, {
        signInTemplate: html``,
        template: html`<as-news symbol="MSFT"></as-news>`,
        recovered: (el) => items(el).length > 0,
        recoveredTimeout: 5000,
      });
    }).timeout(30000);

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });
  });
});

/**
 * Symbol linking across elements, as a user sees it on a dashboard: choosing a symbol in one
 * element of a `link-group` moves every element of that group (chart, quote, news, watchlist,
 * the test probe), leaves other groups alone, and still tells the host page.
 */
import { expect, html } from '@open-wc/testing';
import '../index.ts';
import '../test/probe-element.ts';
import type { TestProbe } from '../test/probe-element.ts';
import {
  createTestUser,
  eventually,
  nextEvent,
  sessionFixture,
  textOf,
  type TestUser,
} from '../test/sandbox.ts';
import { button } from '../test/user.ts';
import type { AutoSharesChart } from './chart/chart.ts';
import type { AutoSharesNews } from './news/news.ts';
import type { AutoSharesQuote } from './quote/quote.ts';
import type { AutoSharesWatchlist } from './watchlist/watchlist.ts';

const quoteSymbol = (el: AutoSharesQuote) =>
  el.shadowRoot!.querySelector('[part="symbol"]')?.textContent?.trim();
const quoteHasPrice = (el: AutoSharesQuote) =>
  /\d/.test(el.shadowRoot!.querySelector('[data-field="last"]')?.textContent ?? '');
const chartSummary = (el: AutoSharesChart) =>
  el.shadowRoot!.querySelector('[data-summary]')?.textContent?.trim() ?? '';
const newsShows = (el: AutoSharesNews, symbol: string) =>
  textOf(el).includes(`${symbol} news`) && el.shadowRoot!.querySelectorAll('li').length > 0;
const watchRow = (el: AutoSharesWatchlist, symbol: string) =>
  el.shadowRoot!.querySelector<HTMLTableRowElement>(`tbody tr[data-symbol="${symbol}"]`);

let groupCount = 0;
/** A link-group name no other test on this page uses (groups are page-wide). */
const uniqueGroup = (name: string) => `${name}-${++groupCount}`;

async function dashboard(user: TestUser) {
  const desk = uniqueGroup('desk');
  const other = uniqueGroup('other');
  const session = await sessionFixture(
    html`<as-watchlist link-group=${desk}></as-watchlist>
      <as-chart id="chart" symbol="AAPL" link-group=${desk}></as-chart>
      <as-quote id="quote" symbol="AAPL" link-group=${desk}></as-quote>
      <as-news id="news" symbol="AAPL" link-group=${desk} limit="3"></as-news>
      <as-test-probe id="probe" link-group=${desk}></as-test-probe>
      <as-quote id="other-quote" symbol="AAPL" link-group=${other}></as-quote>
      <as-news id="other-news" symbol="AAPL" link-group=${other} limit="3"></as-news>`,
    { user },
  );
  const get = <T extends Element>(selector: string) => session.querySelector<T>(selector)!;
  const els = {
    session,
    watchlist: get<AutoSharesWatchlist>('as-watchlist'),
    chart: get<AutoSharesChart>('#chart'),
    quote: get<AutoSharesQuote>('#quote'),
    news: get<AutoSharesNews>('#news'),
    probe: get<TestProbe>('#probe'),
    otherQuote: get<AutoSharesQuote>('#other-quote'),
    otherNews: get<AutoSharesNews>('#other-news'),
  };
  await eventually(
    () =>
      !!watchRow(els.watchlist, 'NVDA') &&
      chartSummary(els.chart).startsWith('AAPL, ') &&
      quoteSymbol(els.quote) === 'AAPL' &&
      newsShows(els.news, 'AAPL') &&
      quoteSymbol(els.otherQuote) === 'AAPL' &&
      newsShows(els.otherNews, 'AAPL'),
    'the dashboard loaded on AAPL',
    10000,
  );
  return els;
}

/** Every element of the desk group shows `symbol`. */
const deskFollows = (els: Awaited<ReturnType<typeof dashboard>>, symbol: string) =>
  chartSummary(els.chart).startsWith(`${symbol}, `) &&
  quoteSymbol(els.quote) === symbol &&
  quoteHasPrice(els.quote) &&
  newsShows(els.news, symbol) &&
  els.probe.linked?.symbol === symbol;

describe('link groups across elements', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('a watchlist row drives chart, quote, news and probe of its group; the other group stays', async () => {
    const els = await dashboard(user);
    const selected = nextEvent(document, 'as-symbol-select');
    watchRow(els.watchlist, 'NVDA')!.querySelector('td')!.click();
    // the event still reaches the host page
    expect((await selected).symbol).to.equal('NVDA');
    await eventually(() => deskFollows(els, 'NVDA'), 'the desk group followed NVDA', 10000);
    expect(els.chart.getAttribute('symbol')).to.equal('NVDA');
    expect(els.quote.getAttribute('symbol')).to.equal('NVDA');
    expect(els.news.getAttribute('symbol')).to.equal('NVDA');
    // another group does not move
    expect(quoteSymbol(els.otherQuote)).to.equal('AAPL');
    expect(newsShows(els.otherNews, 'AAPL')).to.equal(true);
  });

  it('a selection from another member moves the watchlist marker and the rest of the group', async () => {
    const els = await dashboard(user);
    const selected = nextEvent(els.session, 'as-symbol-select');
    button(els.probe, 'Select MSFT')!.click();
    expect((await selected).symbol).to.equal('MSFT');
    await eventually(
      () =>
        watchRow(els.watchlist, 'MSFT')?.getAttribute('aria-current') === 'true' &&
        chartSummary(els.chart).startsWith('MSFT, ') &&
        quoteSymbol(els.quote) === 'MSFT' &&
        newsShows(els.news, 'MSFT'),
      'the group followed MSFT',
      10000,
    );
    expect(quoteSymbol(els.otherQuote)).to.equal('AAPL');
  });

  it('an element that joins a group later starts on the group’s current symbol', async () => {
    const els = await dashboard(user);
    watchRow(els.watchlist, 'AMD')!.querySelector('td')!.click();
    await eventually(() => quoteSymbol(els.quote) === 'AMD', 'group on AMD');
    const late = document.createElement('as-quote');
    late.setAttribute('symbol', 'KO');
    late.setAttribute('link-group', els.quote.getAttribute('link-group')!);
    els.session.append(late);
    await eventually(() => quoteSymbol(late) === 'AMD', 'the late joiner shows AMD');
  });
});

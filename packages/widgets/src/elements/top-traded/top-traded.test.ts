import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  sandbox,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import './define.ts';
import type { AutoSharesTopTraded } from './top-traded.ts';

const DAY = 86_400_000;

const rows = (el: AutoSharesTopTraded) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
/** What the table shows: `SYMBOL:trades` per row. */
const shown = (el: AutoSharesTopTraded) =>
  rows(el).map((r) => `${r.dataset.symbol}:${r.querySelector('.col-trades')!.textContent!.trim()}`);

const mount = mountElement<AutoSharesTopTraded>(
  'as-top-traded',
  html`<as-top-traded></as-top-traded>`,
);

interface RawOrder {
  Symbol: string;
  Status: string;
  CreateDate: string;
  ExecutedQuantity: number;
  AveragePrice: number;
}

/**
 * The expected ranking, computed independently of the element: every order of the account read
 * page by page from the sandbox's REST API WITHOUT a filter, then filtered, counted and ranked
 * here (trades, then traded value, then symbol).
 */
async function expectedRanking(user: TestUser, days: number | undefined, limit: number) {
  const headers = { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` };
  const all: RawOrder[] = [];
  for (let page = 0; page < 20; page++) {
    const url = `${sandbox().apiUrl}/v1.0/accounts/${user.accountIds[0]}/orders?pageNumber=${page}&pageSize=100&sortField=Id&desc=false`;
    const body = (await (await fetch(url, { headers })).json()) as { Result: RawOrder[] };
    all.push(...body.Result);
    if (body.Result.length < 100) break;
  }
  const from = days === undefined ? 0 : Date.now() - days * DAY;
  const counts = new Map<string, { trades: number; value: number }>();
  for (const o of all) {
    if (o.Status !== 'Filled' && o.Status !== 'PartiallyFilled') continue;
    if (Date.parse(o.CreateDate) < from) continue;
    const c = counts.get(o.Symbol) ?? { trades: 0, value: 0 };
    c.trades += 1;
    c.value += o.ExecutedQuantity * o.AveragePrice;
    counts.set(o.Symbol, c);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y.trades - x.trades || y.value - x.value || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([symbol, c]) => `${symbol}:${c.trades}`);
}

describe('<as-top-traded>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('ranks all-time trades as the seeded history says (AAPL 26, NVDA 21, TSLA 18, …)', async () => {
    const { el } = await mount(user, html`<as-top-traded period="all" limit="5"></as-top-traded>`);
    await eventually(() => rows(el).length === 5, 'five rows', 8000);
    // packages/sandbox/src/world/seed.ts: TRADED / TRADE_COUNTS
    expect(shown(el)).to.deep.equal(['AAPL:26', 'NVDA:21', 'TSLA:18', 'MSFT:15', 'AMZN:13']);
    expect(shown(el)).to.deep.equal(await expectedRanking(user, undefined, 5));
    await eventually(
      () => /\d/.test(rows(el)[0]!.querySelector('.col-last')!.textContent!),
      'a live last price',
    );
    await expect(el).to.be.accessible();
  });

  it('switches period with the labelled segmented control; each matches the REST history', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length > 0, 'rows', 8000);
    expect(el.period).to.equal('1Y');
    expect(shown(el)).to.deep.equal(await expectedRanking(user, 365, 10));
    field(el, '3M')!.click();
    const threeMonths = await expectedRanking(user, 91, 10);
    await eventually(
      () => JSON.stringify(shown(el)) === JSON.stringify(threeMonths),
      `3M ranking ${threeMonths.join(' ')}`,
      8000,
    );
    field(el, '3M')!.focus();
    await press('ArrowLeft');
    const oneMonth = await expectedRanking(user, 30, 10);
    await eventually(() => el.period === '1M', '1M chosen with the keyboard');
    await eventually(
      () =>
        oneMonth.length === 0
          ? textOf(el).includes('No trades in the last 1 month')
          : JSON.stringify(shown(el)) === JSON.stringify(oneMonth),
      `1M ranking ${oneMonth.join(' ')}`,
      8000,
    );
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Period');
    await expect(el).to.be.accessible();
  });

  it('counts a new fill at once (order stream)', async () => {
    const { el, session } = await mount(
      user,
      html`<as-top-traded period="all" limit="30"></as-top-traded>`,
    );
    await eventually(() => shown(el).includes('PLTR:2'), 'PLTR traded twice', 8000);
    await session.session!.client.api.orders.place(user.accountIds[0]!, {
      Symbol: 'PLTR',
      Type: 'Market',
      Side: 'Buy',
      Quantity: 5,
      TimeInforce: 'Day',
    });
    await eventually(() => shown(el).includes('PLTR:3'), 'the fill is counted', 10000);
  }).timeout(20000);

  it('Buy/Sell ask for an order ticket; a row click selects the symbol, and so do Tab, arrows and Enter alone', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-top-traded limit="4"></as-top-traded>`,
    );
    const focused = () => el.shadowRoot!.activeElement as HTMLTableRowElement | null;
    await eventually(() => rows(el).length === 4, 'rows', 8000);
    const symbol = rows(el)[0]!.dataset.symbol!;
    const request = nextEvent(el, 'as-trade-request');
    const selected = nextEvent(el, 'as-symbol-select');
    button(el, `Sell ${symbol}`)!.click();
    expect((await request).request).to.include({ symbol, side: 'Sell' });
    expect((await selected).symbol).to.equal(symbol);

    // keyboard only from here: Tab from the page into the table (bounded), arrows, Enter
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 10 && !rows(el).includes(focused()!); i++) await press('Tab');
    expect(focused(), 'Tab reaches the first row').to.equal(rows(el)[0]);
    await press('ArrowDown');
    const second = rows(el)[1]!;
    expect(focused()).to.equal(second);
    const entered = nextEvent(el, 'as-symbol-select');
    await press('Enter');
    expect((await entered).symbol).to.equal(second.dataset.symbol);
    await press('ArrowDown');
    expect(focused()).to.equal(rows(el)[2]);
    const buy = nextEvent(el, 'as-trade-request');
    await press('Tab'); // into the row's Buy button
    await press('Enter');
    expect((await buy).request).to.include({ symbol: rows(el)[2]!.dataset.symbol, side: 'Buy' });
    // one tab stop for the table: past the row's Sell button, Tab leaves the element (it does
    // not walk through the next row)
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
      `Sell ${rows(el)[2]!.dataset.symbol}`,
    );
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.localName ?? 'nothing', 'out of the element').to.equal(
      'nothing',
    );
  });

  it('works at 280 px (container queries)', async () => {
    const { el } = await mount(user, html`<as-top-traded limit="3"></as-top-traded>`);
    await eventually(() => rows(el).length === 3, 'rows', 8000);
    await expectFitsNarrow(el, {
      hidden: () => getComputedStyle(rows(el)[0]!.querySelector('.col-value')!).display === 'none',
      hiddenMessage: 'secondary columns hidden',
      box: '.table-wrap',
    });
  });

  describe('states', () => {
    it('error with a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, { recovered: (el) => rows(el).length > 0 });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading most traded');
    });

    it('empty: an account with no trades in the period says so; the period switch stays', async () => {
      // the IRA's three buys are 60–330 days old (packages/sandbox/src/world/seed.ts: iraHistory)
      const ira = user.accountIds[1]!;
      const { el } = await mount(
        user,
        html`<as-top-traded account-id=${ira} period="1M"></as-top-traded>`,
      );
      await eventually(() => textOf(el).includes('No trades in the last 1 month.'), 'empty', 8000);
      await expect(el).to.be.accessible();
      field(el, 'All')!.click();
      await eventually(() => rows(el).length === 3, 'the IRA trades over all time', 8000);
    });

    it('stale: "Delayed — reconnecting" while live prices are down, rows kept', async () => {
      await expectStaleWhileDisconnected(user, mount, {
        template: html`<as-top-traded limit="3"></as-top-traded>`,
        shown: (el) => rows(el).length === 3,
        stream: 'quote',
        kept: (el) => expect(rows(el)).to.have.length(3),
      });
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });
  });
});

import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { field, focused, nameOf, press } from '../../test/user.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import { formatSignedMoney } from '../../format/format-money.ts';
import './define.ts';
import type { AutoSharesPnlLeaders } from './pnl-leaders.ts';
import {
  pollUntil,
  restPlace,
  restPositions as positions,
} from '../positions/portfolio.test-support.ts';

type Side = 'gainers' | 'losers';

const rows = (el: AutoSharesPnlLeaders, side: Side) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>(`[data-side="${side}"] tbody tr`),
];
const symbols = (el: AutoSharesPnlLeaders, side: Side) =>
  rows(el, side).map((r) => r.dataset.symbol);
const value = (el: AutoSharesPnlLeaders, side: Side, symbol: string) =>
  rows(el, side)
    .find((r) => r.dataset.symbol === symbol)
    ?.querySelector('.col-value')
    ?.textContent?.trim();
/** Parses "▲ +$1,234.50" / "▼ −$80.00" (U+2212) back to a number. */
const amount = (text: string | undefined) =>
  Number((text ?? '').replace(/[▲▼$,\s+]/g, '').replace('\u2212', '-'));

/** The symbol of the focused row. */
const focusedRow = () => (focused() as HTMLElement | null)?.dataset?.symbol;

const mount = mountElement<AutoSharesPnlLeaders>(
  'as-pnl-leaders',
  html`<as-pnl-leaders></as-pnl-leaders>`,
);

const hasLeaders = (el: AutoSharesPnlLeaders) =>
  rows(el, 'gainers').length > 0 && rows(el, 'losers').length > 0;

async function loaded(el: AutoSharesPnlLeaders) {
  await eventually(() => hasLeaders(el), 'gainers and losers shown', 8000);
}

describe('<as-pnl-leaders>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows top gainers and losers by live unrealized P&L, with sign and arrow', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const gains = rows(el, 'gainers').map((r) =>
      r.querySelector('.col-value')!.textContent!.trim(),
    );
    const losses = rows(el, 'losers').map((r) =>
      r.querySelector('.col-value')!.textContent!.trim(),
    );
    expect(gains.every((t) => t.startsWith('▲ +'))).to.equal(true);
    expect(losses.every((t) => t.startsWith('▼ \u2212'))).to.equal(true);
    expect(rows(el, 'gainers').length).to.be.at.most(5);
    // ranked: gains descending, losses ascending (most negative first)
    const gainValues = gains.map(amount);
    const lossValues = losses.map(amount);
    expect(gainValues).to.deep.equal([...gainValues].sort((a, b) => b - a));
    expect(lossValues).to.deep.equal([...lossValues].sort((a, b) => a - b));
    // the sandbox's own biggest winner and loser (REST, marked at the live price) are listed
    const rest = await positions(user);
    const byPnl = [...rest].sort((a, b) => b.UnrealizedProfitLoss - a.UnrealizedProfitLoss);
    expect(symbols(el, 'gainers')).to.include(byPnl[0]!.Symbol);
    expect(symbols(el, 'losers')).to.include(byPnl.at(-1)!.Symbol);
    await expect(el).to.be.accessible();
  });

  it('moves live with the market: a price jump makes a loser the top gainer', async () => {
    const { el } = await mount(user);
    await loaded(el);
    // DIS is seeded at a loss (packages/sandbox/src/world/seed.ts: HELD); no other test moves it
    const dis = (await positions(user)).find((p) => p.Symbol === 'DIS')!;
    const price = Math.round(dis.AverageOpenPrice * 40) / 10; // 4× the average: a huge gain
    await setPrice('DIS', price);
    await eventually(() => symbols(el, 'gainers')[0] === 'DIS', 'DIS leads the gainers', 8000);
    // within 1 %: the random walk moves on from the forced price before the (bounded) re-rank
    const expected = (price - dis.AverageOpenPrice) * dis.Quantity;
    expect(amount(value(el, 'gainers', 'DIS'))).to.be.closeTo(expected, Math.abs(expected) / 100);
    expect(symbols(el, 'losers')).not.to.include('DIS');
    await eventually(
      () => /DIS now has the largest gain/.test(textOf(el)),
      'the new leader is announced',
    );
  });

  it('a fill moves the leaders: a bought symbol appears once it gains', async () => {
    const { el, session } = await mount(user);
    await loaded(el);
    // placed through the element's own session client, as a ticket on the page would
    await session.session!.client.api.orders.place(user.accountIds[0]!, {
      Symbol: 'NFLX',
      Type: 'Market',
      Side: 'Buy',
      Quantity: 40,
      TimeInforce: 'Day',
    });
    const all = await pollUntil(
      () => positions(user),
      (list) => list.some((p) => p.Symbol === 'NFLX' && p.Quantity === 40),
      'the order filled in the sandbox',
      10000,
    );
    const nflx = all.find((p) => p.Symbol === 'NFLX');
    const price = Math.round(nflx!.AverageOpenPrice * 30) / 10;
    await setPrice('NFLX', price);
    await eventually(() => symbols(el, 'gainers')[0] === 'NFLX', 'NFLX leads', 8000);
    // the ranking moves rows at most once a second, and the sandbox's random walk moves the
    // price on from the forced one meanwhile: the value is the forced price's within 1 %
    const expected = (price - nflx!.AverageOpenPrice) * 40;
    expect(amount(value(el, 'gainers', 'NFLX'))).to.be.closeTo(expected, Math.abs(expected) / 100);
  }).timeout(20000);

  it('switches mode (today, realized) and honours limit', async () => {
    const { el } = await mount(user, html`<as-pnl-leaders limit="2"></as-pnl-leaders>`);
    await loaded(el);
    expect(rows(el, 'gainers').length).to.be.at.most(2);
    expect(rows(el, 'losers').length).to.be.at.most(2);
    const realized = field(el, 'Realized')!;
    realized.click();
    await eventually(() => el.mode === 'realized', 'mode switched');
    const rest = await positions(user);
    const shown = () => [...rows(el, 'gainers'), ...rows(el, 'losers')];
    // every row shown with its realized P&L (waited for: the switch re-renders asynchronously)
    await eventually(
      () =>
        shown().length > 0 &&
        shown().every(
          (r) =>
            r.querySelector('.col-value')!.textContent!.trim() ===
            formatSignedMoney(
              rest.find((x) => x.Symbol === r.dataset.symbol)?.RealizedProfitLoss ?? NaN,
              'en-US',
            ),
        ),
      'realized P&L shown for every row',
      5000,
      () => textOf(el),
    );
    // the arrow keys move the choice within the labelled group
    field(el, 'Realized')!.focus();
    await press('ArrowLeft');
    await eventually(() => el.mode === 'day', 'Today chosen with the keyboard');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Profit and loss');
    await expect(el).to.be.accessible();
  });

  it('selects a row by click or Enter (as-symbol-select)', async () => {
    const { el } = await mount(user, html`<as-pnl-leaders link-group="p"></as-pnl-leaders>`);
    await loaded(el);
    const first = rows(el, 'losers')[0]!;
    const clicked = nextEvent(el, 'as-symbol-select');
    first.click();
    expect((await clicked).symbol).to.equal(first.dataset.symbol);
    const second = rows(el, 'gainers')[0]!;
    second.focus();
    const entered = nextEvent(el, 'as-symbol-select');
    await press('Enter');
    expect((await entered).symbol).to.equal(second.dataset.symbol);
    await eventually(() => second.getAttribute('aria-current') === 'true', 'row marked current');
  });

  it('works with the keyboard alone: Tab in, arrows change the mode, arrows and Enter on rows, Tab out', async () => {
    // limit 20: every position is listed, DIS (seeded at a loss, no other test moves it) too
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-pnl-leaders limit="20"></as-pnl-leaders
        ><button id="after">After</button>`,
    );
    await loaded(el);
    await eventually(() => symbols(el, 'losers').includes('DIS'), 'DIS among the losers', 8000);
    const all = () => [...rows(el, 'gainers'), ...rows(el, 'losers')];
    const shown = () => `focus on ${nameOf(focused())}; ${textOf(el)}`;

    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused(), 'Tab reaches the chosen mode').to.equal(field(el, 'Unrealized'));
    await press('ArrowRight');
    await eventually(() => el.getAttribute('mode') === 'day', 'Today chosen', 5000, shown);
    expect(focused()).to.equal(field(el, 'Today'));
    await eventually(() => textOf(el).includes('Top gainers, today profit and loss'), 'shown');
    await press('ArrowLeft');
    await eventually(() => el.getAttribute('mode') === 'unrealized', 'back to Unrealized');
    await eventually(() => textOf(el).includes('Top gainers, unrealized profit'), 'shown');
    await loaded(el);

    // the rows of both tables are one tab stop; arrows move, Enter selects
    await press('Tab');
    expect(focused(), 'the first row').to.equal(all()[0]);
    await press('ArrowDown');
    const symbol = focusedRow()!;
    expect(symbol).to.be.a('string').and.not.equal(all()[0]!.dataset.symbol);
    const selected = nextEvent(el, 'as-symbol-select');
    await press('Enter');
    expect((await selected).symbol).to.equal(symbol);
    await eventually(
      () =>
        all()
          .find((r) => r.dataset.symbol === symbol)
          ?.getAttribute('aria-current') === 'true',
      'the row marked current',
    );

    // to DIS with the arrows; a price jump re-ranks it into the gainers, and it keeps the focus
    await press('Home');
    for (let i = 0; i < 2 * all().length && focusedRow() !== 'DIS'; i++) await press('ArrowDown');
    expect(focusedRow(), 'DIS reached with the arrows').to.equal('DIS');
    const dis = (await positions(user)).find((p) => p.Symbol === 'DIS')!;
    try {
      await setPrice('DIS', Math.round(dis.AverageOpenPrice * 40) / 10);
      await eventually(() => symbols(el, 'gainers')[0] === 'DIS', 'DIS leads', 8000, shown);
      await eventually(
        () => focused() === rows(el, 'gainers')[0],
        'focus moved with DIS',
        2000,
        shown,
      );
    } finally {
      await setPrice('DIS', Math.round(dis.AverageOpenPrice * 100) / 100);
    }

    await press('Tab');
    expect(document.activeElement?.id, 'Tab leaves the element').to.equal('after');
    await expect(el).to.be.accessible();
  }).timeout(30000);

  describe('states', () => {
    it('loading, then error with a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, { recovered: hasLeaders, alertText: /try again/i });
    }).timeout(30000);

    it('empty: an account with no positions says so', async () => {
      const ira = user.accountIds[1]!;
      for (const p of await positions(user, ira))
        await restPlace(
          user,
          { Symbol: p.Symbol, Type: 'Market', Side: 'Sell', Quantity: p.Quantity },
          ira,
        );
      await pollUntil(
        () => positions(user, ira),
        (all) => all.length === 0,
        'sold out',
        10000,
      );
      const { el } = await mount(user, html`<as-pnl-leaders account-id=${ira}></as-pnl-leaders>`);
      await eventually(() => textOf(el).includes('You have no open positions.'), 'empty', 8000);
      await expect(el).to.be.accessible();
    }).timeout(20000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading profit and loss');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });

    it('stale: "Delayed — reconnecting" while the stream is down', async () => {
      await expectStaleWhileDisconnected(user, mount, {
        shown: hasLeaders,
        stream: 'quote',
        kept: (el) => expect(rows(el, 'gainers').length).to.be.greaterThan(0),
      });
    });
  });
});

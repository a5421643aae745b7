import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, focused, nameOf, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import './define.ts';
import type { AutoSharesPositions } from './positions.ts';
import { pollUntil, restPlace, restPositions } from './portfolio.test-support.ts';

/**
 * Below any price another test may have left behind (prices are shared by every test of the
 * run, and some set a symbol to 0.5 or 1), so the forced symbol is the cheapest held.
 */
const CHEAPEST = 0.01;

const rows = (el: AutoSharesPositions) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const symbols = (el: AutoSharesPositions) => rows(el).map((r) => r.dataset.symbol);
const cell = (el: AutoSharesPositions, symbol: string, column: string) =>
  rows(el)
    .find((r) => r.dataset.symbol === symbol)
    ?.querySelector(`.col-${column}`)
    ?.textContent?.trim();
const total = (el: AutoSharesPositions, column: string) =>
  el.shadowRoot!.querySelector(`tfoot .col-${column}`)?.textContent?.trim();
/** "▲ +$1,234.50" / "$12.00" / "1,234.5" → number. */
/** A shown figure as a number (a minus sign, U+2212, read as "-"). */
const amount = (text: string | undefined) =>
  Number((text ?? '').replace(/[▲▼$,\s+%]/g, '').replace('\u2212', '-'));

/**
 * Presses Tab until `target()` has the focus, at most `max` times, each step on a header button
 * or the target: which headers are shown depends on the width the table has.
 */
async function tabTo(target: () => Element | undefined, max: number, what: string) {
  for (let i = 0; i < max && focused() !== target(); i++) {
    await press('Tab');
    const on = focused();
    const header = on?.localName === 'button' && !!on.closest('th[scope="col"]');
    expect(header || on === target(), `${what}: Tab stayed on the headers`).to.equal(true);
  }
  expect(focused() === target(), what).to.equal(true);
}

/** The symbol of the focused row. */
const focusedRow = () => (focused() as HTMLElement | null)?.dataset?.symbol;

const mount = mountElement<AutoSharesPositions>(
  'as-positions',
  html`<as-positions></as-positions>`,
);

describe('<as-positions>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows every open position with live last, value and P&L, and a totals row', async () => {
    const { el } = await mount(user);
    const rest = await restPositions(user);
    await eventually(() => rows(el).length === rest.length, `${rest.length} positions`, 8000);
    expect([...symbols(el)].sort()).to.deep.equal(rest.map((p) => p.Symbol).sort());
    // GOOGL: held, no seeded open orders (a forced price fills nothing), no other test moves it
    const googl = rest.find((p) => p.Symbol === 'GOOGL')!;
    expect(amount(cell(el, 'GOOGL', 'quantity'))).to.equal(googl.Quantity);
    expect(amount(cell(el, 'GOOGL', 'average'))).to.be.closeTo(googl.AverageOpenPrice, 0.005);
    const price = Math.round(googl.AverageOpenPrice * 125) / 100;
    await setPrice('GOOGL', price);
    await eventually(
      () => cell(el, 'GOOGL', 'last') === price.toFixed(2),
      'forced price shown',
      8000,
    );
    expect(amount(cell(el, 'GOOGL', 'marketValue'))).to.be.closeTo(price * googl.Quantity, 0.01);
    expect(amount(cell(el, 'GOOGL', 'total'))).to.be.closeTo(
      (price - googl.AverageOpenPrice) * googl.Quantity,
      0.02,
    );
    expect(amount(cell(el, 'GOOGL', 'day'))).to.be.closeTo(
      price * googl.Quantity - googl.DailyCostBasis,
      0.02,
    );
    // totals are the sums of the rows shown, once every row has its live quote (a row shows "—"
    // until its first quote arrives, which can come after GOOGL's on a busy run)
    const sum = (column: string) =>
      rows(el).reduce((s, r) => s + amount(r.querySelector(`.col-${column}`)!.textContent!), 0);
    // (prices keep moving: the totals are compared with the rows as they stand at one moment)
    const adds = (column: string) =>
      Number.isFinite(sum(column)) && Math.abs(amount(total(el, column)) - sum(column)) <= 0.05;
    await eventually(
      () => adds('marketValue') && adds('total'),
      'the totals add up the rows',
      8000,
      () => `${total(el, 'marketValue')} / ${total(el, 'total')}: ${textOf(el)}`,
    );
    // direction in text, not colour alone
    expect(cell(el, 'GOOGL', 'total')).to.match(/^▲ \+\$/);
    await expect(el).to.be.accessible();
  });

  it('a fill adds the position live (order and position streams)', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length > 0, 'positions', 8000);
    expect(symbols(el)).not.to.include('NFLX');
    await restPlace(user, { Symbol: 'NFLX', Type: 'Market', Side: 'Buy', Quantity: 7 });
    await eventually(() => cell(el, 'NFLX', 'quantity') === '7', 'NFLX row appears', 10000);
    await restPlace(user, { Symbol: 'NFLX', Type: 'Market', Side: 'Buy', Quantity: 3 });
    await eventually(() => cell(el, 'NFLX', 'quantity') === '10', 'quantity grows', 10000);
  }).timeout(25000);

  it('sorts by any column with aria-sort, by mouse and keyboard', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length > 3, 'positions', 8000);
    const header = (label: string) => button(el, new RegExp(`^${label}`))!;
    header('Total P&L').click();
    await el.updateComplete;
    const th = header('Total P&L').closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    const values = () => rows(el).map((r) => amount(r.querySelector('.col-total')!.textContent!));
    expect(values()).to.deep.equal([...values()].sort((a, b) => a - b));
    header('Symbol').focus();
    await press('Enter');
    await press('Enter');
    await el.updateComplete;
    expect(header('Symbol').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const names = symbols(el) as string[];
    expect(names).to.deep.equal([...names].sort().reverse());
    await eventually(() => textOf(el).includes('Sorted by Symbol, descending'), 'announced');
  });

  let after: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await after?.();
    after = undefined;
  });

  it('re-sorts by a live column as prices move; the Last cell flashes and the totals follow', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length > 3, 'positions', 8000);
    // GOOGL: held, no seeded open orders (a forced price fills nothing); put back afterwards
    const googl = (await restPositions(user)).find((p) => p.Symbol === 'GOOGL')!;
    after = () => setPrice('GOOGL', Math.round(googl.AverageOpenPrice * 100) / 100);
    await setPrice('GOOGL', CHEAPEST);
    await eventually(() => cell(el, 'GOOGL', 'last') === '0.01', 'GOOGL at 0.01', 8000);
    button(el, /^Last/)!.click();
    await eventually(() => symbols(el)[0] === 'GOOGL', 'GOOGL cheapest, first');
    const totalBefore = amount(total(el, 'marketValue'));
    const quantity = amount(cell(el, 'GOOGL', 'quantity'));
    await setPrice('GOOGL', 99999);
    await eventually(() => cell(el, 'GOOGL', 'last') === '99,999.00', 'new price shown', 8000);
    const last = rows(el)
      .find((r) => r.dataset.symbol === 'GOOGL')!
      .querySelector<HTMLElement>('.col-last')!;
    expect(last.dataset.tick).to.equal('up');
    // the totals row moved with it (other prices move a little meanwhile)
    await eventually(
      () => amount(total(el, 'marketValue')) > totalBefore + 99990 * quantity * 0.99,
      'total market value includes the new price',
    );
    // no click: the rows re-sort by themselves, and the sort stays the user's
    await eventually(() => symbols(el).at(-1) === 'GOOGL', 'GOOGL dearest, now last');
    expect(button(el, /^Last/)!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('selects a row by click or Enter; arrows move between rows', async () => {
    const { el } = await mount(user, html`<as-positions link-group="pos"></as-positions>`);
    await eventually(() => rows(el).length > 2, 'positions', 8000);
    const first = rows(el)[0]!;
    const clicked = nextEvent(el, 'as-symbol-select');
    first.click();
    expect((await clicked).symbol).to.equal(first.dataset.symbol);
    first.focus();
    await press('ArrowDown');
    const entered = nextEvent(el, 'as-symbol-select');
    await press('Enter');
    expect((await entered).symbol).to.equal(rows(el)[1]!.dataset.symbol);
  });

  it('works with the keyboard alone: Tab in, sort with Enter and Space, arrows and Enter on rows, Tab out', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-positions link-group="keys"></as-positions
        ><button id="after">After</button>`,
    );
    await eventually(() => rows(el).length > 3, 'positions', 8000);
    const th = (label: string) => button(el, new RegExp(`^${label}`))!.closest('th')!;
    const shown = () => `focus on ${nameOf(focused())}; ${textOf(el)}`;

    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused(), 'Tab reaches the first column header').to.equal(button(el, /^Symbol/));
    await press('Enter');
    await eventually(() => th('Symbol').getAttribute('aria-sort') === 'ascending', 'ascending');
    expect(symbols(el)).to.deep.equal([...symbols(el)].sort());
    await press(' ');
    await eventually(() => th('Symbol').getAttribute('aria-sort') === 'descending', 'descending');
    expect(symbols(el)).to.deep.equal([...symbols(el)].sort().reverse());
    expect(focused(), 'focus stays on the header').to.equal(button(el, /^Symbol/));
    await eventually(() => textOf(el).includes('Sorted by Symbol, descending'), 'announced');

    // Last (a live column): Enter sorts by it. GOOGL (held, no seeded open orders, so a forced
    // price fills nothing; put back afterwards) is made the cheapest, so it comes first.
    const googl = (await restPositions(user)).find((p) => p.Symbol === 'GOOGL')!;
    after = () => setPrice('GOOGL', Math.round(googl.AverageOpenPrice * 100) / 100);
    await setPrice('GOOGL', CHEAPEST);
    await eventually(() => cell(el, 'GOOGL', 'last') === '0.01', 'GOOGL at 0.01', 8000);
    // the headers between depend on the columns the width shows
    await tabTo(() => button(el, /^Last/), 8, 'Tab reaches the Last header');
    await press('Enter');
    await eventually(() => th('Last').getAttribute('aria-sort') === 'ascending', 'by Last');
    expect(th('Symbol').getAttribute('aria-sort')).to.equal('none');
    await eventually(() => symbols(el)[0] === 'GOOGL', 'GOOGL cheapest, first', 5000, shown);

    // the rows are one tab stop after the headers; arrows move, Enter selects
    await tabTo(() => rows(el)[0], 8, 'Tab reaches the first row after the headers');
    await press('ArrowDown');
    expect(focused()).to.equal(rows(el)[1]);
    await press('ArrowUp');
    expect(focusedRow()).to.equal('GOOGL');
    const selected = nextEvent(el, 'as-symbol-select');
    await press('Enter');
    expect((await selected).symbol).to.equal('GOOGL');
    const googlRow = () => rows(el).find((r) => r.dataset.symbol === 'GOOGL');
    await eventually(() => googlRow()?.getAttribute('aria-current') === 'true', 'marked current');

    // its price jumps: the row re-sorts to the end, and keeps the focus
    await setPrice('GOOGL', 99999);
    await eventually(() => symbols(el).at(-1) === 'GOOGL', 'GOOGL re-sorted last', 8000, shown);
    await eventually(() => focusedRow() === 'GOOGL', 'focus stays on the moved row', 2000, shown);

    await press('Tab');
    expect(document.activeElement?.id, 'Tab leaves the element').to.equal('after');
    await expect(el).to.be.accessible();
  }).timeout(30000);

  it('works from 280 px to full width (container queries)', async () => {
    const { el } = await mount(user);
    await eventually(() => rows(el).length > 0, 'positions', 8000);
    const shown = (column: string) =>
      getComputedStyle(rows(el)[0]!.querySelector(`.col-${column}`)!).display !== 'none';
    expect(['quantity', 'average', 'marketValue', 'day', 'totalPercent'].every(shown)).to.equal(
      true,
    );
    await expectFitsNarrow(el, {
      hidden: () => !shown('average') && !shown('marketValue'),
      hiddenMessage: 'secondary columns hidden',
      box: '.table-wrap',
    });
    expect(shown('symbol') && shown('last') && shown('total')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('states', () => {
    it('empty: an account with no positions says so', async () => {
      const ira = user.accountIds[1]!;
      for (const p of await restPositions(user, ira))
        await restPlace(
          user,
          { Symbol: p.Symbol, Type: 'Market', Side: 'Sell', Quantity: p.Quantity },
          ira,
        );
      await pollUntil(
        () => restPositions(user, ira),
        (all) => all.length === 0,
        'IRA sold out',
        10000,
      );
      const { el } = await mount(user, html`<as-positions account-id=${ira}></as-positions>`);
      await eventually(
        () => textOf(el).includes('You have no open positions.'),
        'empty state',
        8000,
      );
      await expect(el).to.be.accessible();
    }).timeout(20000);

    it('error with a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, { recovered: (el) => rows(el).length > 0 });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading positions');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });

    it('stale: "Delayed — reconnecting" while the stream is down, rows kept', async () => {
      await expectStaleWhileDisconnected(user, mount, {
        shown: (el) => rows(el).length > 0,
        stream: 'quote',
        kept: (el) => expect(rows(el).length).to.be.greaterThan(0),
      });
    });
  });
});

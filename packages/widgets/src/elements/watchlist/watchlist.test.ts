import { expect, html } from '@open-wc/testing';
import '../../test/probe-element.ts';
import type { TestProbe } from '../../test/probe-element.ts';
import {
  createTestUser,
  eventually,
  nextEvent,
  sandbox,
  sessionFixture,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { emulateMedia } from '@web/test-runner-commands';
import { button, field, focused, nameOf, press, shiftTab, type } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import './define.ts';
import type { AutoSharesWatchlist } from './watchlist.ts';

const TECH = ['AAPL', 'MSFT', 'NVDA', 'GOOGL', 'META', 'AMZN', 'AMD', 'TSLA'];

const rows = (el: AutoSharesWatchlist) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const symbols = (el: AutoSharesWatchlist) => rows(el).map((r) => r.dataset.symbol);
const row = (el: AutoSharesWatchlist, symbol: string) =>
  rows(el).find((r) => r.dataset.symbol === symbol);
const cell = (el: AutoSharesWatchlist, symbol: string, column: string) =>
  row(el, symbol)?.querySelector(`.col-${column}`)?.textContent?.trim();
const picker = (el: AutoSharesWatchlist) => field<HTMLSelectElement>(el, 'Watchlist')!;
const selectedListName = (el: AutoSharesWatchlist) =>
  field<HTMLSelectElement>(el, 'Watchlist')?.selectedOptions[0]?.textContent?.trim();

const probe = (session: Element) => session.querySelector<TestProbe>('as-test-probe')!;

const mount = mountElement<AutoSharesWatchlist>(
  'as-watchlist',
  html`<as-watchlist></as-watchlist>`,
);

async function loaded(el: AutoSharesWatchlist, count = TECH.length) {
  await eventually(() => rows(el).length === count, `watchlist shows ${count} rows`, 8000);
}
const hasLivePrices = (el: AutoSharesWatchlist) =>
  rows(el).length === TECH.length && /\d/.test(cell(el, 'AAPL', 'last') ?? '');

/** Deletes every watchlist of a user straight through the API (setup for the empty state). */
async function deleteAllLists(user: TestUser) {
  const headers = { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` };
  const base = `${sandbox().apiUrl}/v1.0/users/@me/watchlists`;
  const lists = (await (await fetch(`${base}?includeSecurities=false`, { headers })).json()) as {
    Id: number;
  }[];
  for (const list of lists) await fetch(`${base}/${list.Id}`, { method: 'DELETE', headers });
}

/** A cell's background with no flash. */
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('<as-watchlist>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows the first watchlist with live prices from the streamer', async () => {
    const { el } = await mount(user);
    await loaded(el);
    expect(symbols(el)).to.deep.equal(TECH);
    expect(selectedListName(el)).to.equal('Tech leaders');
    expect(cell(el, 'AAPL', 'name')).to.match(/apple/i);
    await eventually(() => /\d/.test(cell(el, 'AAPL', 'last') ?? ''), 'a live price arrives');
    await setPrice('AAPL', 432.1);
    await eventually(() => cell(el, 'AAPL', 'last') === '432.10', 'the forced price is shown');
    // direction is in the text (sign and arrow), not only colour
    const change = cell(el, 'AAPL', 'change')!;
    expect(change).to.match(/^(▲ \+|▼ \u2212|0\.00)/);
    await expect(el).to.be.accessible();
  });

  it('flashes a changed price, but not under reduced motion', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const last = () => row(el, 'AAPL')!.querySelector<HTMLElement>('.col-last')!;
    const background = () => getComputedStyle(last()).backgroundColor;
    await eventually(() => /\d/.test(last().textContent!), 'live price');
    await setPrice('AAPL', 250);
    await eventually(() => last().textContent!.trim() === '250.00', 'price shown');
    await setPrice('AAPL', 260);
    await eventually(
      () => last().dataset.tick === 'up' && background() !== TRANSPARENT,
      'up flash: the cell tinted',
    );
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      await eventually(() => background() === TRANSPARENT, 'earlier flashes finished');
      await setPrice('AAPL', 240);
      // Wait for the forced price itself: a random-walk tick down from 260 would also read 'down'.
      await eventually(
        () => cell(el, 'AAPL', 'last') === '240.00' && last().dataset.tick === 'down',
        'went down to the forced price',
      );
      expect(background()).to.equal(TRANSPARENT);
      expect(last().getAnimations()).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('works from 280 px to full width (container queries)', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const shown = (column: string) =>
      getComputedStyle(row(el, 'AAPL')!.querySelector(`.col-${column}`)!).display !== 'none';
    expect(['name', 'bid', 'ask', 'volume'].every(shown)).to.equal(true);
    await expectFitsNarrow(el, {
      hidden: () => !shown('name') && !shown('bid'),
      hiddenMessage: 'secondary columns hidden when narrow',
      box: '.table-wrap',
    });
    expect(shown('symbol') && shown('last') && shown('change')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("formats numbers in the session's locale, or the element's own", async () => {
    const session = await sessionFixture(html`<as-watchlist></as-watchlist>`, {
      user,
      locale: 'de-DE',
    });
    const el = session.querySelector<AutoSharesWatchlist>('as-watchlist')!;
    await loaded(el);
    await setPrice('AAPL', 1234.5);
    await eventually(() => cell(el, 'AAPL', 'last') === '1.234,50', 'German number format');
    el.setAttribute('locale', 'en-US');
    await eventually(() => cell(el, 'AAPL', 'last') === '1,234.50', 'element locale wins');
  });

  it('switches lists with the picker', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const select = picker(el);
    select.focus();
    await press('ArrowDown');
    await eventually(() => symbols(el).includes('KO'), 'second list shown');
    expect(symbols(el)).to.include.members(['KO', 'PEP', 'SPY']);
  });

  it('adds a symbol through the search box with the keyboard', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const search = field(el, 'Add symbol')!;
    expect(search.getAttribute('role')).to.equal('combobox');
    search.focus();
    await type('NFLX');
    const listbox = () => search.getRootNode() as ShadowRoot;
    await eventually(
      () =>
        [...listbox().querySelectorAll('[role="option"]')].some((o) =>
          o.textContent!.includes('NFLX'),
        ),
      'suggestions offered',
    );
    expect(search.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // move to the NFLX option with the arrow keys, then Enter
    const options = () => [...listbox().querySelectorAll('[role="option"]')];
    const target = options().findIndex((o) => o.textContent!.includes('NFLX'));
    for (let i = 0; i < target; i++) await press('ArrowDown');
    expect(search.getAttribute('aria-activedescendant')).to.equal(options()[target]!.id);
    await press('Enter');
    await eventually(() => symbols(el).includes('NFLX'), 'NFLX added to the list');
    expect(search.value).to.equal('');
  });

  it('removes a symbol with its Remove button and with the Delete key', async () => {
    const { el } = await mount(user);
    await loaded(el);
    button(el, 'Remove MSFT')!.click();
    await eventually(() => !symbols(el).includes('MSFT'), 'MSFT removed');
    row(el, 'NVDA')!.focus();
    await press('Delete');
    await eventually(() => !symbols(el).includes('NVDA'), 'NVDA removed by keyboard');
    expect(symbols(el)).to.have.length(TECH.length - 2);
  });

  it('creates, renames and deletes a watchlist', async () => {
    const { el } = await mount(user);
    await loaded(el);
    button(el, 'New')!.click();
    await eventually(() => !!field(el, 'New watchlist name'), 'name field shown');
    field(el, 'New watchlist name')!.focus();
    await type('Energy');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Energy', 'new list created and selected');
    expect(textOf(el)).to.contain('No symbols in Energy yet');
    await expect(el).to.be.accessible();

    button(el, 'Rename')!.click();
    await eventually(() => !!field(el, 'New name'), 'rename field shown');
    const name = field(el, 'New name')!;
    expect(name.value).to.equal('Energy');
    name.select();
    await type('Oil & gas');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Oil & gas', 'renamed');

    button(el, 'Delete')!.click();
    await eventually(() => !!button(el, 'Delete watchlist'), 'confirmation shown');
    button(el, 'Delete watchlist')!.click();
    await eventually(
      () => [...picker(el).options].every((o) => o.textContent!.trim() !== 'Oil & gas'),
      'list deleted',
    );
    expect(selectedListName(el)).to.equal('Tech leaders');
  });

  it('shows a change made in another session on the page (through the stream)', async () => {
    const { el: first } = await mount(user);
    const { el: second } = await mount(user);
    await loaded(first);
    await loaded(second);
    const live = (el: AutoSharesWatchlist) =>
      el.closest('as-session')!.session!.client.stream.status('data') === 'open';
    await eventually(() => live(first) && live(second), 'both sessions stream live data');
    button(first, 'Remove AMD')!.click();
    await eventually(
      () => !symbols(second).includes('AMD'),
      'the other session saw the removal',
      8000,
    );
    button(first, 'New')!.click();
    await eventually(() => !!field(first, 'New watchlist name'), 'name field');
    field(first, 'New watchlist name')!.focus();
    await type('Shared');
    await press('Enter');
    await eventually(
      () => [...picker(second).options].some((o) => o.textContent!.trim() === 'Shared'),
      'the other session saw the new list',
      8000,
    );
  });

  it('selects a row by click or Enter: emits as-symbol-select and drives its link group', async () => {
    const { session, el } = await mount(
      user,
      html`<as-watchlist link-group="desk"></as-watchlist
        ><as-test-probe link-group="desk"></as-test-probe>`,
    );
    await loaded(el);
    const probe = session.querySelector<TestProbe>('as-test-probe')!;
    const clicked = nextEvent(session, 'as-symbol-select');
    row(el, 'NVDA')!.querySelector('td')!.click();
    const event = await clicked;
    expect(event.symbol).to.equal('NVDA');
    expect(event.securityId).to.be.a('number');
    await eventually(() => probe.linked?.symbol === 'NVDA', 'linked element followed');
    await eventually(
      () => row(el, 'NVDA')?.getAttribute('aria-current') === 'true',
      'the row marked current',
    );

    row(el, 'NVDA')!.focus();
    await press('ArrowDown');
    const entered = nextEvent(session, 'as-symbol-select');
    await press('Enter');
    expect((await entered).symbol).to.equal(symbols(el)[symbols(el).indexOf('NVDA') + 1]);
  });

  it('works with the keyboard alone: Tab in, switch list, manage lists, add, move, select, remove, Tab out', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-watchlist link-group="keys"></as-watchlist
        ><button id="after">After</button><as-test-probe link-group="keys"></as-test-probe>`,
    );
    await loaded(el);
    const shown = () => `focus on ${nameOf(focused())}; ${textOf(el)}`;
    const focusOn = (target: () => Element | undefined, what: string) =>
      eventually(() => !!target() && focused() === target(), what, 5000, shown);

    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused(), 'Tab reaches the list picker first').to.equal(picker(el));

    // another list with the arrow keys, and back
    await press('ArrowDown');
    await eventually(() => symbols(el).includes('KO'), 'the second list shown', 5000, shown);
    expect(focused()).to.equal(picker(el));
    await press('ArrowUp');
    await eventually(() => selectedListName(el) === 'Tech leaders', 'back on Tech leaders');
    await loaded(el);

    // New: Enter opens the form with focus in the name, Escape closes it and returns focus
    await press('Tab');
    expect(focused()).to.equal(button(el, 'New'));
    await press('Enter');
    await focusOn(() => field(el, 'New watchlist name'), 'focus in the new name');
    await press('Escape');
    await focusOn(() => button(el, 'New'), 'form closed, focus back on New');
    expect(field(el, 'New watchlist name')).to.equal(undefined);

    // Rename: Escape closes; then rename for real (Enter saves) and focus comes back
    await press('Tab');
    expect(focused()).to.equal(button(el, 'Rename'));
    await press('Enter');
    await focusOn(() => field(el, 'New name'), 'focus in the name');
    await press('Escape');
    await focusOn(() => button(el, 'Rename'), 'form closed, focus back on Rename');
    await press('Enter');
    await focusOn(() => field(el, 'New name'), 'focus in the name again');
    field(el, 'New name')!.select();
    await type('Tech');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Tech', 'renamed', 5000, shown);
    await focusOn(() => button(el, 'Rename'), 'saved, focus back on Rename');

    // Delete: Enter asks for confirmation (focus on it), Escape keeps the list
    await press('Tab');
    expect(focused()).to.equal(button(el, 'Delete'));
    await press('Enter');
    await focusOn(() => button(el, 'Delete watchlist'), 'focus on the confirmation');
    await press('Escape');
    await focusOn(() => button(el, 'Delete'), 'kept, focus back on Delete');
    expect(selectedListName(el)).to.equal('Tech');

    // a list made and deleted with keys only: back to New, name it, Enter; Delete, Enter, Enter
    await shiftTab();
    await shiftTab();
    expect(focused()).to.equal(button(el, 'New'));
    await press('Enter');
    await focusOn(() => field(el, 'New watchlist name'), 'focus in the new name');
    await type('Energy');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Energy', 'created and shown', 5000, shown);
    await focusOn(() => button(el, 'New'), 'created, focus back on New');
    await press('Tab');
    await press('Tab');
    expect(focused()).to.equal(button(el, 'Delete'));
    await press('Enter');
    await focusOn(() => button(el, 'Delete watchlist'), 'focus on the confirmation');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Tech', 'deleted, back on Tech', 5000, shown);
    await eventually(
      () => ![...picker(el).options].some((o) => o.textContent!.trim() === 'Energy'),
      'the picker no longer offers Energy',
      5000,
      shown,
    );
    await focusOn(() => button(el, 'Delete'), 'deleted, focus back on Delete');
    await loaded(el, TECH.length);

    // Add symbol: type, ArrowDown to the option, Enter adds it; focus stays in the search
    await press('Tab');
    const search = field(el, 'Add symbol')!;
    expect(focused()).to.equal(search);
    await type('NFLX');
    const options = () => [
      ...(search.getRootNode() as ShadowRoot).querySelectorAll('[role="option"]'),
    ];
    await eventually(() => options().some((o) => o.textContent!.includes('NFLX')), 'suggestions');
    const target = options().findIndex((o) => o.textContent!.includes('NFLX'));
    for (let i = 0; i < target; i++) await press('ArrowDown');
    expect(search.getAttribute('aria-activedescendant')).to.equal(options()[target]!.id);
    await press('Enter');
    await eventually(() => symbols(el).includes('NFLX'), 'NFLX added', 5000, shown);
    await focusOn(() => search, 'focus stays in the search');
    expect(search.value).to.equal('');

    // the headers of the columns shown (the table drops some when it does not fit), then one
    // tab stop for the rows
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('th button.sort')].filter(
      (b) => b.getClientRects().length > 0,
    );
    expect(headers.length, 'symbol, last and change at least').to.be.at.least(3);
    for (const header of headers) {
      await press('Tab');
      expect(focused() === header, `focus on ${nameOf(focused())}`).to.equal(true);
    }
    await press('Tab');
    expect(focused(), 'the first row').to.equal(rows(el)[0]);
    await press('ArrowDown');
    expect(focused()).to.equal(row(el, 'MSFT'));
    const selected = nextEvent(session, 'as-symbol-select');
    await press('Enter');
    expect((await selected).symbol).to.equal('MSFT');
    await eventually(() => probe(session).linked?.symbol === 'MSFT', 'the link group followed');
    await eventually(
      () => row(el, 'MSFT')?.getAttribute('aria-current') === 'true',
      'the row marked current',
    );

    // Delete removes the row; focus moves to the row that took its place
    await press('Delete');
    await eventually(() => !symbols(el).includes('MSFT'), 'MSFT removed', 5000, shown);
    await focusOn(() => row(el, 'NVDA'), 'focus on the next row');
    await eventually(() => textOf(el).includes('Removed MSFT from Tech'), 'removal announced');

    // the row's Remove button, then out of the element
    await press('Tab');
    expect(focused()).to.equal(button(el, 'Remove NVDA'));
    await press('Tab');
    expect(document.activeElement?.id, 'Tab leaves the element').to.equal('after');
    await expect(el).to.be.accessible();
  }).timeout(30000);

  it('follows a symbol selected by another element of its link group', async () => {
    const { session, el } = await mount(
      user,
      html`<as-watchlist link-group="desk2"></as-watchlist
        ><as-test-probe link-group="desk2"></as-test-probe>`,
    );
    await loaded(el);
    button(session.querySelector('as-test-probe')!, 'Select MSFT')!.click();
    await eventually(
      () => row(el, 'MSFT')?.getAttribute('aria-current') === 'true',
      'MSFT row marked current',
    );
  });

  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('sorts by any column, with aria-sort', async () => {
    const { el } = await mount(user);
    await loaded(el);
    const header = (label: string) =>
      [...el.shadowRoot!.querySelectorAll('th[scope="col"]')].find((th) =>
        th.textContent!.trim().startsWith(label),
      )!;
    expect(header('Symbol').getAttribute('aria-sort')).to.equal('none');
    button(el, /^Symbol/)!.click();
    await eventually(() => header('Symbol').getAttribute('aria-sort') === 'ascending', 'ascending');
    expect(symbols(el)).to.deep.equal([...TECH].sort());
    button(el, /^Symbol/)!.click();
    await eventually(
      () => header('Symbol').getAttribute('aria-sort') === 'descending',
      'descending',
    );
    expect(symbols(el)).to.deep.equal([...TECH].sort().reverse());
    // prices are shared by every test of the run: put these two back afterwards
    const before = { AAPL: cell(el, 'AAPL', 'last'), MSFT: cell(el, 'MSFT', 'last') };
    restore = async () => {
      for (const [symbol, shown] of Object.entries(before)) {
        const price = Number(shown?.replace(/,/g, ''));
        if (price > 0) await setPrice(symbol, price);
      }
    };
    await setPrice('AAPL', 1);
    await setPrice('MSFT', 2000);
    button(el, /^Last/)!.click();
    // a forced price still on its way re-sorts within a second (live columns re-sort at a bounded rate)
    await eventually(
      () => symbols(el)[0] === 'AAPL' && symbols(el).at(-1) === 'MSFT',
      'cheapest first, dearest last',
    );
    expect(header('Last').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Symbol').getAttribute('aria-sort')).to.equal('none');
  });

  it('re-sorts by a live column when prices change, keeping the sort the user chose', async () => {
    const { el } = await mount(user);
    await loaded(el);
    // prices are the whole sandbox's (the spread builder's tests read NVDA): put it back afterwards
    const shownPrice = () => Number(cell(el, 'NVDA', 'last')?.replace(/,/g, ''));
    await eventually(() => shownPrice() > 0, 'NVDA quoted');
    const before = shownPrice();
    restore = () => setPrice('NVDA', before);
    // 0.25: below every other row's price
    await setPrice('NVDA', 0.25);
    await eventually(() => cell(el, 'NVDA', 'last') === '0.25', 'NVDA at 0.25');
    button(el, /^Last/)!.click();
    await eventually(() => symbols(el)[0] === 'NVDA', 'NVDA cheapest, first');
    row(el, 'NVDA')!.focus();
    await setPrice('NVDA', 9000);
    await eventually(() => cell(el, 'NVDA', 'last') === '9,000.00', 'the new price is shown');
    // no click: the rows re-sort by themselves
    await eventually(() => symbols(el).at(-1) === 'NVDA', 'NVDA dearest, now last');
    const header = [...el.shadowRoot!.querySelectorAll('th[scope="col"]')].find((th) =>
      th.textContent!.trim().startsWith('Last'),
    )!;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    // the focused row keeps the focus (and its keyboard behaviour) after moving
    await eventually(() => el.shadowRoot!.activeElement === row(el, 'NVDA'), 'focus kept');
    await press('Home');
    await eventually(() => el.shadowRoot!.activeElement === rows(el)[0], 'focus on the first row');
    await expect(el).to.be.accessible();
  });

  it('shows the current price in a row scrolled into view', async () => {
    const { el } = await mount(user);
    await loaded(el);
    el.style.setProperty('--as-watchlist-max-height', '6rem');
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    await eventually(() => wrap.scrollHeight > wrap.clientHeight + 100, 'the rows scroll');
    wrap.scrollTop = 0;
    const lastRow = () => rows(el).at(-1)!;
    const symbol = lastRow().dataset.symbol!;
    // out of view (below the scroll box's bottom edge), its price changes…
    expect(lastRow().getBoundingClientRect().top).to.be.greaterThan(
      wrap.getBoundingClientRect().bottom,
    );
    await setPrice(symbol, 777.7);
    // …and scrolled into view, the row shows it
    lastRow().scrollIntoView({ block: 'nearest' });
    await eventually(() => cell(el, symbol, 'last') === '777.70', 'the current price shown');
    expect(cell(el, symbol, 'change')).to.match(/^(▲ \+|▼ \u2212|0\.00)/);
  });

  it("never shows the previous user's lists after the host switches to another user's token", async () => {
    const other = await createTestUser();
    const { session, el } = await mount(user);
    await loaded(el);
    button(el, 'New')!.click();
    await eventually(() => !!field(el, 'New watchlist name'), 'name field');
    field(el, 'New watchlist name')!.focus();
    await type('Only mine');
    await press('Enter');
    await eventually(() => selectedListName(el) === 'Only mine', 'private list created');

    session.token = other.token;
    await session.updateComplete; // the session took the new token
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(textOf(el)));
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    await eventually(() => selectedListName(el) === 'Tech leaders', "the other user's lists shown");
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((text) => text.includes('Only mine'))).to.deep.equal([]);
    expect([...picker(el).options].map((o) => o.textContent!.trim())).not.to.include('Only mine');
  });

  describe('states', () => {
    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading watchlist', {
        latencyMs: 1500,
        loaded: (el) => rows(el).length === TECH.length,
      });
    });

    it('empty: no lists, with a way to create one', async () => {
      await deleteAllLists(user);
      const { el } = await mount(user);
      await eventually(() => textOf(el).includes('You have no watchlists yet.'), 'empty state');
      await expect(el).to.be.accessible();
      button(el, 'Create watchlist')!.click();
      await eventually(() => !!field(el, 'New watchlist name'), 'name field');
      field(el, 'New watchlist name')!.focus();
      await type('First list');
      await press('Enter');
      await eventually(() => textOf(el).includes('No symbols in First list yet'), 'list created');
    });

    it('error: a readable message and a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, {
        recovered: (el) => rows(el).length === TECH.length,
        alertText: /trouble|try again/i,
      });
    }).timeout(30000);

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });

    it('stale: shows "Delayed — reconnecting" while the stream is down, data still shown', async () => {
      const el = await expectStaleWhileDisconnected(user, mount, {
        // the rows (8 s), then a live price (5 s)
        shown: hasLivePrices,
        shownTimeout: 13000,
        kept: (el) => expect(rows(el)).to.have.length(TECH.length),
      });
      await eventually(
        () => !textOf(el).includes('Delayed — reconnecting'),
        'badge gone after reconnect',
        15000,
      );
    }).timeout(30000);
  });
});

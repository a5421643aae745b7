import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, setPrice, textOf, type TestUser } from '../../test/sandbox.ts';
import { button, field, press, type } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import {
  pollUntil,
  restOrders,
  restPlace,
  type RestOrder,
} from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesOrders } from './orders.ts';

const rows = (el: AutoSharesOrders) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const row = (el: AutoSharesOrders, id: number) =>
  rows(el).find((r) => r.dataset.order === String(id));
const statusOf = (el: AutoSharesOrders, id: number) =>
  row(el, id)?.querySelector('.col-status')?.textContent?.trim();
/** The seeded MSFT/TSLA orders (by symbol) are listed. */
const shows = (el: AutoSharesOrders, ...symbols: string[]) =>
  symbols.every((symbol) => rows(el).some((r) => r.dataset.symbol === symbol));
const panel = (el: AutoSharesOrders) => el.shadowRoot!.querySelector<HTMLElement>('.panel');
const focused = (el: AutoSharesOrders) => el.shadowRoot!.activeElement as HTMLElement | null;

const mount = mountElement<AutoSharesOrders>('as-orders', html`<as-orders></as-orders>`);

/**
 * The seeded open limit orders (packages/sandbox/src/world/seed.ts: openLimitOrders): MSFT and
 * TSLA buys and an AAPL sell, far from the market. Other test files force AAPL prices that can
 * fill the AAPL sell, so the tests below rely on the MSFT and TSLA orders only.
 */
async function openOrders(user: TestUser): Promise<RestOrder[]> {
  return (await restOrders(user)).filter((o) => o.Status === 'New');
}

describe('<as-orders>', () => {
  let user: TestUser;
  let seeded: RestOrder[];
  beforeEach(async () => {
    user = await createTestUser();
    seeded = await openOrders(user);
  });

  it('lists open orders by default; the labelled filter shows filled, cancelled and all', async () => {
    const { el } = await mount(user);
    await eventually(() => shows(el, 'MSFT', 'TSLA'), 'open orders', 8000);
    expect(seeded.map((o) => o.Symbol)).to.include.members(['MSFT', 'TSLA']);
    expect(rows(el).length).to.be.at.most(seeded.length);
    expect(
      rows(el).every((r) => /New/.test(r.querySelector('.col-status')!.textContent!)),
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Show orders');
    await expect(el).to.be.accessible();

    field(el, 'Filled')!.click();
    await eventually(() => rows(el).length > 10, 'filled orders', 5000);
    expect(
      rows(el).every((r) => /Filled/.test(r.querySelector('.col-status')!.textContent!)),
    ).to.equal(true);
    expect(button(el, /^Cancel /)).to.equal(undefined);

    field(el, 'Filled')!.focus();
    await press('ArrowRight');
    await eventually(() => textOf(el).includes('No cancelled orders.'), 'no cancelled orders yet');
    await press('ArrowRight');
    await eventually(() => el.filter === 'all' && rows(el).length === 100, 'all (newest 100)');
  });

  it('cancels an open order after an accessible confirmation, keyboard only; the sandbox shows it cancelled', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-orders></as-orders>`,
    );
    await eventually(() => shows(el, 'MSFT', 'TSLA'), 'open orders', 8000);
    const msft = seeded.find((o) => o.Symbol === 'MSFT')!;
    // Tab from the page to the order's Cancel button (bounded), then Enter
    const cancel = button(el, /^Cancel Buy 10 MSFT, Limit/)!;
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 30 && focused(el) !== cancel; i++) await press('Tab');
    expect(focused(el), 'Cancel reached with Tab').to.equal(cancel);
    await press('Enter');
    await eventually(() => !!panel(el), 'confirmation shown');
    expect(textOf(panel(el)!)).to.match(/Cancel the order Buy 10 MSFT, Limit [\d.]+\?/);
    expect(panel(el)!.getAttribute('role')).to.equal('group');
    expect(panel(el)!.getAttribute('aria-labelledby')).to.equal('as-orders-panel-title');
    await eventually(
      () => focused(el)?.textContent?.trim() === 'Yes, cancel order',
      'focus on confirm',
    );
    await expect(el).to.be.accessible();
    // Escape keeps the order and returns focus to its Cancel button
    await press('Escape');
    await eventually(() => !panel(el), 'confirmation closed');
    await eventually(() => focused(el)?.dataset.kind === 'cancel', 'focus back on Cancel');
    await press('Enter');
    await eventually(() => focused(el)?.textContent?.trim() === 'Yes, cancel order', 'reopened');
    await press('Enter');
    await pollUntil(
      () => restOrders(user),
      (all) => all.find((o) => o.Id === msft.Id)?.Status === 'Canceled',
      'the sandbox cancelled the order',
    );
    await eventually(() => !row(el, msft.Id), 'gone from the open orders', 8000);
    await eventually(() => /Cancel requested: Buy 10 MSFT/.test(textOf(el)), 'announced');
    field(el, 'Cancelled')!.click();
    await eventually(() => statusOf(el, msft.Id) === 'Cancelled', 'listed as cancelled', 8000);
  });

  it('replaces quantity and price, validating first; the sandbox shows the replacement', async () => {
    const { el } = await mount(user);
    await eventually(() => shows(el, 'MSFT', 'TSLA'), 'open orders', 8000);
    const tsla = seeded.find((o) => o.Symbol === 'TSLA')!;
    button(el, /^Replace Buy 15 TSLA/)!.click();
    await eventually(() => !!field(el, 'New quantity'), 'replace form');
    const quantity = field(el, 'New quantity')!;
    const price = field(el, 'New limit price')!;
    expect(quantity.value).to.equal('15');
    expect(Number(price.value)).to.equal(tsla.Price);
    expect(focused(el)).to.equal(quantity);
    // invalid: zero shares and a price with too many decimals
    quantity.select();
    await type('0');
    price.value = '';
    price.focus();
    await type('12.345');
    await press('Enter');
    await eventually(() => quantity.getAttribute('aria-invalid') === 'true', 'quantity flagged');
    expect(textOf(el)).to.contain('The quantity must be a whole number above 0.');
    expect(textOf(el)).to.contain('too many decimals');
    expect(price.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // fix and send
    const newPrice = Math.round(tsla.Price * 0.98 * 100) / 100;
    quantity.value = '';
    quantity.focus();
    await type('20');
    price.value = '';
    price.focus();
    await type(newPrice.toFixed(2));
    await press('Enter');
    const all = await pollUntil(
      () => restOrders(user),
      (list) =>
        list.find((o) => o.Id === tsla.Id)?.Status === 'Replaced' &&
        list.some((o) => o.Symbol === 'TSLA' && o.Status === 'New' && o.Quantity === 20),
      'the sandbox replaced the order',
    );
    const replacement = all.find((o) => o.Symbol === 'TSLA' && o.Status === 'New')!;
    expect(replacement.Price).to.equal(newPrice);
    await eventually(
      () => !!row(el, replacement.Id) && !row(el, tsla.Id),
      'new order listed',
      8000,
    );
    expect(row(el, replacement.Id)!.querySelector('.col-quantity')!.textContent!.trim()).to.equal(
      '20',
    );
  });

  it('shows a readable error when the order filled meanwhile (409)', async () => {
    const { el } = await mount(user);
    await eventually(() => shows(el, 'MSFT', 'TSLA'), 'open orders', 8000);
    // our own far-away limit order on a symbol no seeded order uses, so forcing the fill
    // touches no other user's orders
    const placed = await restPlace(user, {
      Symbol: 'PEP',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 2,
      Price: 1,
      TimeInforce: 'GoodTillCancel',
    });
    await eventually(() => !!button(el, /^Cancel Buy 2 PEP/), 'listed as open', 8000);
    button(el, /^Cancel Buy 2 PEP/)!.click();
    await eventually(() => !!panel(el), 'confirmation shown');
    await setPrice('PEP', 0.5); // the ask crosses the buy limit
    await pollUntil(
      () => restOrders(user),
      (all) => all.find((o) => o.Id === placed.Id)?.Status === 'Filled',
      'the order filled',
    );
    button(el, 'Yes, cancel order')!.click();
    await eventually(() => !!panel(el)?.querySelector('[role="alert"]'), 'error shown', 8000);
    const message = panel(el)!.querySelector('[role="alert"]')!.textContent!;
    expect(message).to.match(/Could not cancel the order\./);
    expect(message).to.match(/cannot be canceled: it is Filled/);
    await expect(el).to.be.accessible();
  });

  it('follows order status from the stream: a new order appears, then fills', async () => {
    const { el } = await mount(user, html`<as-orders filter="all"></as-orders>`);
    await eventually(() => rows(el).length > 0, 'orders', 8000);
    const placed = await restPlace(user, {
      Symbol: 'PG',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 3,
      Price: 1,
    });
    await eventually(() => /New|Pending/.test(statusOf(el, placed.Id) ?? ''), 'listed', 8000);
    await setPrice('PG', 0.5); // the ask crosses the buy limit
    await eventually(() => statusOf(el, placed.Id) === 'Filled', 'shown filled', 8000);
  });

  it('works at 280 px (container queries)', async () => {
    const { el } = await mount(user);
    await eventually(() => shows(el, 'MSFT', 'TSLA'), 'open orders', 8000);
    await expectFitsNarrow(el, {
      hidden: () => getComputedStyle(rows(el)[0]!.querySelector('.col-time')!).display === 'none',
      hiddenMessage: 'secondary columns hidden',
      box: '.table-wrap',
    });
    await expect(el).to.be.accessible();
  });

  describe('states', () => {
    it('error with a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, { recovered: (el) => shows(el, 'MSFT', 'TSLA') });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading orders');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });

    it('stale: "Delayed — reconnecting" while the order stream is down', async () => {
      await expectStaleWhileDisconnected(user, mount, {
        shown: (el) => shows(el, 'MSFT', 'TSLA'),
        stream: 'data',
        kept: (el) => expect(shows(el, 'MSFT', 'TSLA')).to.equal(true),
      });
    });
  });
});

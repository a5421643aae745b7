import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderPlacedEvent } from '../../core/events.ts';
import '../../test/probe-element.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sandbox,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, press, type } from '../../test/user.ts';
import { dateInZone } from '../../format/trading-date.ts';
import { restOrders, restPlace } from '../positions/portfolio.test-support.ts';

async function restCall<T>(user: TestUser, path: string): Promise<T> {
  const response = await fetch(`${sandbox().apiUrl}${path}`, {
    headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` },
  });
  return (await response.json()) as T;
}
import './define.ts';
import type { AutoSharesOrderTicket } from './order-ticket.ts';

async function mount(user: TestUser | undefined, template: TemplateResult) {
  const session = await sessionFixture(template, { user });
  return { session, el: session.querySelector<AutoSharesOrderTicket>('as-order-ticket')! };
}

const quoted = (el: AutoSharesOrderTicket) =>
  /\d/.test(el.shadowRoot!.querySelector('[data-quote="ask"]')?.textContent ?? '');

/** Types into a labelled field the way a user does: focus, clear, type. */
async function fill(el: AutoSharesOrderTicket, label: string, value: string) {
  const input = field(el, label);
  if (!input) throw new Error(`no field labelled ${label}`);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

async function choose(el: AutoSharesOrderTicket, label: string, value: string) {
  const select = field<HTMLSelectElement>(el, label)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The inline message of a field, checked to be wired with aria-invalid/aria-describedby. */
function messageOf(el: AutoSharesOrderTicket, label: string): string | undefined {
  const control = field(el, label);
  if (!control || control.getAttribute('aria-invalid') !== 'true') return undefined;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => el.shadowRoot!.getElementById(id))
    .filter((n) => n?.classList.contains('field-error'))
    .map((n) => n!.textContent!.trim())
    .join(' ');
}

const review = (el: AutoSharesOrderTicket) => button(el, 'Review order')!.click();
const status = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status');
const liveRegion = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
const ordersOf = async (user: TestUser, symbol: string) =>
  (await restOrders(user)).filter((o) => o.Symbol === symbol);

/** Mounts a ticket for `symbol`, fills a market buy of `quantity` and reviews it. */
async function reviewed(user: TestUser, symbol: string, quantity: string, attrs = html``) {
  const mounted = await mount(
    user,
    html`<as-order-ticket symbol=${symbol} quantity=${quantity}>${attrs}</as-order-ticket>`,
  );
  await eventually(() => quoted(mounted.el), 'live quote shown');
  review(mounted.el);
  await eventually(() => !!button(mounted.el, 'Place order'), 'review step shown', 8000);
  return mounted;
}

describe('<as-order-ticket>', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(async () => {
    await clearFaults(user);
  });

  it('places a market order from ticket to fill: review, place, live status, event, announcement', async () => {
    const { session, el } = await mount(
      user,
      html`<as-order-ticket symbol="SNAP"></as-order-ticket>`,
    );
    await eventually(() => quoted(el), 'live bid/ask/last shown');
    expect(textOf(el)).to.match(/Snap Inc/);
    await expect(el).to.be.accessible();
    await fill(el, 'Quantity', '3');
    review(el);
    await eventually(() => !!button(el, 'Place order'), 'review step');
    const summary = textOf(el);
    expect(summary).to.match(/Buy 3 SNAP · Market/);
    expect(summary).to.match(/Estimated cost \$[\d,.]+/);
    expect(summary).to.match(/Commission \$[\d.]+/);
    expect(summary).to.match(/Buying power Uses \$[\d,.]+/);
    await expect(el).to.be.accessible();
    const before = (await ordersOf(user, 'SNAP')).length;
    const placed = new Promise<OrderPlacedEvent>((resolve) =>
      session.addEventListener('as-order-placed', resolve, { once: true }),
    );
    button(el, 'Place order')!.click();
    const event = await placed;
    expect(event.order).to.include({ symbol: 'SNAP', side: 'Buy', quantity: 3, type: 'Market' });
    expect(event.order.accountId).to.equal(user.accountIds[0]);
    await eventually(() => status(el) === 'Filled', 'the stream shows the fill', 10000);
    expect(textOf(el)).to.match(/Filled 3 of 3 at [\d,.]+/);
    // The placed order echoes zero prices; a market order's summary names none.
    expect(textOf(el)).to.match(/Buy 3 SNAP · Market(?! stop| limit)/);
    await eventually(
      () => /Order filled: bought 3 SNAP at [\d,.]+\.$/.test(liveRegion(el)),
      'fill announced',
      6000,
    );
    await expect(el).to.be.accessible();
    const after = await ordersOf(user, 'SNAP');
    expect(after.length).to.equal(before + 1);
    expect(after[0]!.Id).to.equal(event.order.orderId);
    expect(after[0]!.Status).to.equal('Filled');
    // New order resets the ticket, keeping the symbol
    button(el, 'New order')!.click();
    await eventually(() => !!button(el, 'Review order'), 'form again');
    expect(field(el, 'Quantity')!.value).to.equal('');
    expect(el.getAttribute('symbol')).to.equal('SNAP');
  });

  it('works with the keyboard alone: a good-till-date limit order from Tab to placed', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-order-ticket symbol="SNAP"></as-order-ticket>`,
    );
    await eventually(() => quoted(el), 'live quote shown');
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused()?.localName, 'the symbol search first').to.equal('as-symbol-search');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Side'));
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Quantity'));
    await type('2');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Order type'));
    await press('ArrowDown'); // Market → Limit
    await eventually(() => !!field(el, 'Limit price'), 'limit price field');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Limit price'));
    await type('1.00');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Time in force'));
    await press('ArrowDown');
    await press('ArrowDown'); // Day → Good till cancelled → Good till date
    await eventually(() => !!field(el, 'Good till'), 'good-till date field');
    await press('Tab');
    expect(focused()).to.equal(field(el, 'Good till'));
    // the date field's segments, as en-US shows them; then corrected by typing over it
    const typeDate = async (value: string) => {
      const [year, month, date] = value.split('-');
      await type(`${month}${date}${year}`);
      await eventually(() => field(el, 'Good till')!.value === value, `${value} typed`);
    };
    await typeDate(dateInZone(Date.now() + 7 * 86_400_000));
    await press('ArrowLeft');
    await press('ArrowLeft'); // back from the year to the month
    const goodTill = dateInZone(Date.now() + 9 * 86_400_000);
    await typeDate(goodTill);
    await press('Enter'); // submits the form: review
    await eventually(() => focused() === button(el, 'Place order'), 'focus on Place order', 8000);
    expect(textOf(el)).to.match(/Buy 2 SNAP · Limit limit 1\.00/);
    expect(textOf(el)).to.contain('Good till date');
    const placed = new Promise<OrderPlacedEvent>((resolve) =>
      session.addEventListener('as-order-placed', resolve, { once: true }),
    );
    await press('Enter');
    expect((await placed).order).to.include({ symbol: 'SNAP', quantity: 2, type: 'Limit' });
    await eventually(() => !!button(el, 'New order'), 'placed step');
  });

  it('shows a specific inline message for each invalid field and sends nothing', async () => {
    const { el } = await mount(user, html`<as-order-ticket symbol="SNAP"></as-order-ticket>`);
    await eventually(() => quoted(el), 'quote');
    const before = (await restOrders(user)).length;
    review(el);
    await eventually(() => messageOf(el, 'Quantity') === 'Enter a quantity.', 'missing quantity');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'Quantity'));
    await expect(el).to.be.accessible();
    const cases: [string, string][] = [
      ['0', 'Enter a quantity greater than zero.'],
      ['-5', 'Enter a quantity greater than zero.'],
      ['12abc', 'Enter the quantity as a number, e.g. 10.'],
      ['1.5', 'SNAP can only be traded in whole shares.'],
      ['5000000', 'The quantity cannot exceed 1,000,000 shares in one order.'],
    ];
    for (const [value, message] of cases) {
      await fill(el, 'Quantity', value);
      await eventually(() => messageOf(el, 'Quantity') === message, `${value} → ${message}`);
    }
    await fill(el, 'Quantity', '10');
    await eventually(() => messageOf(el, 'Quantity') === undefined, 'valid quantity clears');

    await choose(el, 'Order type', 'Limit');
    await eventually(() => messageOf(el, 'Limit price') === 'Enter a limit price.', 'limit needed');
    await fill(el, 'Limit price', '10.123');
    await eventually(
      () => messageOf(el, 'Limit price') === 'The limit price must be a multiple of 0.01.',
      'tick size',
    );
    await choose(el, 'Order type', 'Stop');
    await fill(el, 'Stop price', '1.00');
    await eventually(
      () =>
        /^A buy stop must be above the current ask \([\d.]+\)\.$/.test(
          messageOf(el, 'Stop price') ?? '',
        ),
      'buy stop below the ask',
    );
    await choose(el, 'Side', 'Sell');
    await fill(el, 'Stop price', '999.00');
    await eventually(
      () => /^A sell stop must be below the current bid/.test(messageOf(el, 'Stop price') ?? ''),
      'sell stop above the bid',
    );
    await choose(el, 'Order type', 'Market');
    await choose(el, 'Time in force', 'GoodTillDate');
    await eventually(
      () => messageOf(el, 'Good till') === 'Choose the date the order is good till.',
      'GTD needs a date',
    );
    const gtd = field(el, 'Good till')!;
    gtd.value = '2020-01-02';
    gtd.dispatchEvent(new Event('input'));
    await eventually(
      () => messageOf(el, 'Good till') === 'Choose a date after today (for today only, use Day).',
      'GTD in the past',
    );
    await expect(el).to.be.accessible();
    el.setAttribute('symbol', 'ZZZQX');
    await eventually(
      () => /No security found for “ZZZQX”\./.test(textOf(el)),
      'unknown symbol told at once',
    );
    review(el);
    await eventually(
      () =>
        el.shadowRoot!.querySelector('.symbol-field .field-error')?.textContent?.trim() ===
        'No security found for “ZZZQX”.',
      'unknown symbol message on Review',
    );
    expect((await restOrders(user)).length).to.equal(before);
  });

  it('reads full-width and Arabic-Indic digits as numbers (typed for real)', async () => {
    const { el } = await mount(user, html`<as-order-ticket symbol="SNAP"></as-order-ticket>`);
    await eventually(() => quoted(el), 'quote');
    await fill(el, 'Quantity', '１２');
    review(el);
    await eventually(() => /Buy 12 SNAP · Market/.test(textOf(el)), 'full-width 12 reviewed');
    button(el, 'Edit order')!.click();
    await eventually(() => !!field(el, 'Quantity'), 'editing');
    await fill(el, 'Quantity', '١٢');
    review(el);
    await eventually(() => /Buy 12 SNAP · Market/.test(textOf(el)), 'Arabic-Indic 12 reviewed');
  });

  it('shows the preview rejection as a readable message (buying power) and places nothing', async () => {
    const { el } = await mount(
      user,
      html`<as-order-ticket symbol="AAPL" quantity="900000"></as-order-ticket>`,
    );
    await eventually(() => quoted(el), 'quote');
    const before = (await restOrders(user)).length;
    review(el);
    await eventually(
      () => /buying power/i.test(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? ''),
      'buying power message',
      8000,
    );
    expect(button(el, 'Place order')).to.equal(undefined);
    await expect(el).to.be.accessible();
    expect((await restOrders(user)).length).to.equal(before);
  });

  it('a double click on Place sends one order (slow network)', async () => {
    const { el } = await reviewed(user, 'SNAP', '2');
    const before = (await ordersOf(user, 'SNAP')).length;
    await fault({ latencyMs: 700 }, user);
    const place = button(el, 'Place order')!;
    place.click();
    place.click();
    await el.updateComplete;
    button(el, /Plac/)?.click();
    await eventually(() => !!status(el), 'placed', 8000);
    await clearFaults(user);
    expect((await ordersOf(user, 'SNAP')).length).to.equal(before + 1);
  });

  it('holding Enter on Place sends one order', async () => {
    const { el } = await reviewed(user, 'SNAP', '4');
    const before = (await ordersOf(user, 'SNAP')).length;
    await fault({ latencyMs: 500 }, user);
    button(el, 'Place order')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    await eventually(() => !!status(el), 'placed', 8000);
    await clearFaults(user);
    expect((await ordersOf(user, 'SNAP')).length).to.equal(before + 1);
  });

  it('after a placement timeout it looks the order up by ClientId and says it was placed once', async () => {
    const mounted = await mount(
      user,
      html`<as-order-ticket symbol="SNAP" quantity="6" place-timeout="400"></as-order-ticket>`,
    );
    const { el } = mounted;
    await eventually(() => quoted(el), 'quote');
    review(el);
    await eventually(() => !!button(el, 'Place order'), 'review');
    const before = (await ordersOf(user, 'SNAP')).length;
    await fault({ latencyMs: 1200 }, user);
    button(el, 'Place order')!.click();
    await eventually(
      () => /Your order may still arrive: checking whether it arrived/.test(textOf(el)),
      'unconfirmed, checking',
      4000,
    );
    expect(button(el, 'Place order')).to.equal(undefined);
    expect(button(el, 'Try again')).to.equal(undefined);
    await eventually(() => !!status(el), 'found by ClientId', 8000);
    expect(textOf(el)).to.match(/delayed, but your order was received\. It was placed once\./);
    await clearFaults(user);
    const after = await ordersOf(user, 'SNAP');
    expect(after.length).to.equal(before + 1);
    expect(after.filter((o) => o.Quantity === 6).length).to.equal(1);
  });

  it('after a failed placement that never arrived, Try again sends exactly one order', async () => {
    const { el } = await reviewed(user, 'SNAP', '7');
    const before = (await ordersOf(user, 'SNAP')).length;
    await fault({ serverError: { count: 1, status: 500 } }, user);
    button(el, 'Place order')!.click();
    await eventually(
      () => !!el.shadowRoot!.querySelector('[data-outcome="not-placed"]'),
      'told nothing was placed',
      8000,
    );
    expect(textOf(el)).to.match(/did not reach AutoShares.*nothing was placed/);
    await expect(el).to.be.accessible();
    expect((await ordersOf(user, 'SNAP')).length).to.equal(before);
    button(el, 'Try again')!.click();
    await eventually(() => !!status(el), 'placed on retry', 8000);
    expect((await ordersOf(user, 'SNAP')).length).to.equal(before + 1);
  });

  it('shows partial fills of a large market order, then the fill', async () => {
    const { el } = await reviewed(user, 'SNAP', '3000');
    // every status the ticket shows, recorded as it renders (polling could miss a short one
    // on a busy machine)
    const seen = new Set<string>();
    const record = (records: MutationRecord[]) => {
      for (const r of records) if (r.oldValue) seen.add(r.oldValue);
      seen.add(status(el) ?? '');
    };
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status'],
      attributeOldValue: true,
    });
    button(el, 'Place order')!.click();
    try {
      await eventually(() => status(el) === 'Filled', 'filled in parts', 15000);
    } finally {
      record(observer.takeRecords());
      observer.disconnect();
    }
    expect([...seen]).to.include('PartiallyFilled');
    expect(textOf(el)).to.match(/Filled 3,000 of 3,000 at [\d,.]+/);
  });

  it('shows a rejection after placing, with the reason from the server', async () => {
    const { el } = await reviewed(user, 'SNAP', '100');
    // spend the buying power elsewhere (another device) between review and place
    const info = await restCall<{ stockBuyingPower: number }>(
      user,
      `/v1.0/accounts/${user.accountIds[0]}/info`,
    );
    const quantity = Math.floor(info.stockBuyingPower / 100.01) - 1;
    await restPlace(user, {
      Symbol: 'AAPL',
      Side: 'Buy',
      Type: 'Limit',
      Price: 100,
      Quantity: quantity,
    });
    button(el, 'Place order')!.click();
    await eventually(() => status(el) === 'Rejected', 'rejected by the server', 8000);
    expect(el.shadowRoot!.querySelector('[data-reject]')!.textContent).to.match(
      /Reason: .*buying power/i,
    );
    await eventually(
      () => /Order rejected \(buy \d+ \w+\): .*buying power/i.test(liveRegion(el)),
      'announced',
      6000,
    );
    await expect(el).to.be.accessible();
  });

  it('applies presets from attributes (a host Buy/Sell button)', async () => {
    const { el } = await mount(
      user,
      html`<as-order-ticket
        symbol="SNAP"
        side="Sell"
        quantity="5"
        type="Limit"
        limit-price="10.50"
      ></as-order-ticket>`,
    );
    await eventually(() => !!field(el, 'Limit price'), 'limit field shown');
    expect(field<HTMLSelectElement>(el, 'Side')!.value).to.equal('Sell');
    expect(field(el, 'Quantity')!.value).to.equal('5');
    expect(field<HTMLSelectElement>(el, 'Order type')!.value).to.equal('Limit');
    expect(field(el, 'Limit price')!.value).to.equal('10.50');
    el.prefill({ symbol: 'MSFT', side: 'Sell', quantity: 3 });
    await eventually(() => field(el, 'Quantity')!.value === '3', 'prefilled from a trade request');
    expect(el.getAttribute('symbol')).to.equal('MSFT');
    expect(field<HTMLSelectElement>(el, 'Side')!.value).to.equal('Sell');
    el.setAttribute('side', 'buy');
    el.setAttribute('quantity', '8');
    await eventually(() => field(el, 'Quantity')!.value === '8', 'preset changed');
    expect(field<HTMLSelectElement>(el, 'Side')!.value).to.equal('Buy');
  });

  it('follows its link group and the symbol search', async () => {
    const { session, el } = await mount(
      user,
      html`<as-order-ticket symbol="SNAP" link-group="t1"></as-order-ticket
        ><as-test-probe link-group="t1"></as-test-probe>`,
    );
    await eventually(() => quoted(el), 'quote');
    button(session.querySelector('as-test-probe')!, 'Select MSFT')!.click();
    await eventually(() => /Microsoft/.test(textOf(el)) && quoted(el), 'followed to MSFT');
    expect(el.getAttribute('symbol')).to.equal('MSFT');
    field(el, 'Symbol')!.focus();
    await type('NVDA');
    await eventually(
      () =>
        !!el
          .shadowRoot!.querySelector('as-symbol-search')!
          .shadowRoot!.querySelector('[role="option"]'),
      'suggestions',
    );
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => el.getAttribute('symbol') === 'NVDA', 'picked NVDA');
  });

  it('offers no short selling on a cash account', async () => {
    const { el } = await mount(
      user,
      html`<as-order-ticket symbol="SNAP" account-id=${user.accountIds[1]!}></as-order-ticket>`,
    );
    await eventually(() => !!field(el, 'Side'), 'form');
    const sides = [...field<HTMLSelectElement>(el, 'Side')!.options].map((o) => o.value);
    expect(sides).to.deep.equal(['Buy', 'Sell', 'BuyToCover']);
  });

  it('asks a signed-out user to sign in', async () => {
    const { el } = await mount(undefined, html`<as-order-ticket symbol="SNAP"></as-order-ticket>`);
    await eventually(() => /sign in/i.test(textOf(el)), 'signed-out state');
    expect(button(el, 'Review order')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

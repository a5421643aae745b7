/**
 * The ticket's conditional and trailing orders against the sandbox: a bracket whose
 * take-profit fill cancels its stop, a trailing stop that follows a forced price and triggers,
 * the messages of the new fields, and the placement guarantees (one order per Place, an unclear
 * outcome found by ClientId) for a conditional order.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, type } from '../../test/user.ts';
import { pollUntil, restOrders } from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesOrderTicket } from './order-ticket.ts';

/** An order as REST lists it, with the fields of legs and trailing stops. */
interface ServerOrder {
  Id: number;
  Symbol: string;
  Type: string;
  Side: string;
  Status: string;
  ParentId: number;
  Price: number;
  StopPrice: number;
}

const serverOrders = async (user: TestUser) => (await restOrders(user)) as unknown as ServerOrder[];

async function mount(user: TestUser, symbol: string, attrs: Record<string, string> = {}) {
  const session = await sessionFixture(
    html`<as-order-ticket
      symbol=${symbol}
      quantity="10"
      place-timeout=${attrs['place-timeout'] ?? '15000'}
    ></as-order-ticket>`,
    { user },
  );
  const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
  await eventually(
    () => /\d/.test(el.shadowRoot!.querySelector('[data-quote="ask"]')?.textContent ?? ''),
    'live quote shown',
  );
  return el;
}

async function fill(el: AutoSharesOrderTicket, label: string, value: string) {
  const input = field(el, label);
  if (!input) throw new Error(`no field labelled ${label}`);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

async function choose(el: AutoSharesOrderTicket, label: string, value: string) {
  const select = field<HTMLSelectElement>(el, label);
  if (!select) throw new Error(`no select labelled ${label}`);
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

const status = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status');

/** Fills a buy bracket of 10 shares and opens its review. */
async function reviewBracket(el: AutoSharesOrderTicket, entry: string, tp: string, sl: string) {
  await choose(el, 'Attach', 'Bracket');
  await choose(el, 'Order type', 'Limit');
  await fill(el, 'Limit price', entry);
  await fill(el, 'Take profit (limit)', tp);
  await fill(el, 'Stop loss (stop)', sl);
  button(el, 'Review order')!.click();
  await eventually(() => !!button(el, 'Place order'), 'review step shown', 8000);
}

/** The account's bracket roots in `symbol` (the root's own Symbol is ""), with their legs. */
async function brackets(user: TestUser, symbol: string) {
  const orders = await serverOrders(user);
  return orders
    .filter((o) => o.Type === 'OneTriggerOneCancelOther')
    .map((root) => ({ root, legs: orders.filter((o) => o.ParentId === root.Id).reverse() }))
    .filter(({ legs }) => legs.some((l) => l.Symbol === symbol));
}

describe('<as-order-ticket> conditional and trailing orders', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(async () => {
    await clearFaults(user);
  });

  it('places a bracket from its review; the take-profit fill cancels the stop loss', async () => {
    await setPrice('WMT', 80);
    const el = await mount(user, 'WMT');
    await reviewBracket(el, '81', '85', '75');
    const review = textOf(el);
    expect(review).to.match(
      /Buy 10 WMT · Limit limit 81\.00 · then sell: take profit 85\.00 \/ stop 75\.00/,
    );
    expect(review).to.match(/Estimated cost \$[\d,.]+/);
    await expect(el).to.be.accessible();
    button(el, 'Place order')!.click();
    await eventually(() => !!status(el), 'placed', 8000);
    const [placed] = await pollUntil(
      () => brackets(user, 'WMT'),
      (found) => found[0]?.legs[0]?.Status === 'Filled' && found[0].legs[2]?.Status === 'New',
      'the entry filled and both exits work',
    );
    expect(placed!.legs.map((l) => [l.Side, l.Type])).to.deep.equal([
      ['Buy', 'Limit'],
      ['Sell', 'Limit'],
      ['Sell', 'Stop'],
    ]);
    await setPrice('WMT', 86);
    const [done] = await pollUntil(
      () => brackets(user, 'WMT'),
      (found) => found[0]?.root.Status === 'Filled',
      'the take profit filled',
    );
    expect(done!.legs.map((l) => l.Status)).to.deep.equal(['Filled', 'Filled', 'Canceled']);
    await eventually(
      () =>
        /Conditional order filled: Buy 10 WMT · Limit limit 81\.00 · then sell: take profit 85\.00 \/ stop 75\.00\./.test(
          el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '',
        ),
      'the end of the bracket announced',
      8000,
    );
    expect((await brackets(user, 'WMT')).length).to.equal(1);
  });

  it('places a trailing stop that follows a forced price and triggers', async () => {
    await setPrice('ORCL', 170);
    const el = await mount(user, 'ORCL');
    await fill(el, 'Quantity', '1');
    await choose(el, 'Order type', 'TrailingStop');
    await fill(el, 'Trail amount', '2');
    button(el, 'Review order')!.click();
    await eventually(() => !!button(el, 'Place order'), 'review step shown', 8000);
    expect(textOf(el)).to.match(/Buy 1 ORCL · Trailing stop trail 2\.00/);
    button(el, 'Place order')!.click();
    await eventually(() => !!status(el), 'placed', 8000);
    const trailing = async () =>
      (await serverOrders(user)).filter((o) => o.Symbol === 'ORCL' && o.Type === 'TrailingStop');
    await pollUntil(trailing, (o) => o[0]?.StopPrice === 172, 'the stop trails 170 by 2');
    await setPrice('ORCL', 160);
    await pollUntil(trailing, (o) => o[0]?.StopPrice === 162, 'the stop follows the low');
    await setPrice('ORCL', 163);
    await pollUntil(trailing, (o) => o[0]?.Status === 'Filled', 'the stop triggered and filled');
    await eventually(() => status(el) === 'Filled', 'the ticket shows the fill', 8000);
    expect((await trailing()).length).to.equal(1);
  });

  it('shows a specific message for each wrong conditional or trailing field and sends nothing', async () => {
    await setPrice('WMT', 80);
    const el = await mount(user, 'WMT');
    const before = (await restOrders(user)).length;
    await choose(el, 'Attach', 'Bracket');
    expect(field(el, 'Take profit (limit)')).to.not.equal(undefined);
    expect(field(el, 'Trail amount')).to.equal(undefined);
    button(el, 'Review order')!.click();
    await eventually(
      () =>
        messageOf(el, 'Order type') ===
        'The entry of a conditional order cannot be a market order: choose another type.',
      'market entry refused',
    );
    expect(messageOf(el, 'Take profit (limit)')).to.equal('Enter a take-profit price.');
    expect(messageOf(el, 'Stop loss (stop)')).to.equal('Enter a stop-loss price.');
    await choose(el, 'Order type', 'Limit');
    await fill(el, 'Limit price', '79');
    await fill(el, 'Take profit (limit)', '78');
    await fill(el, 'Stop loss (stop)', '80');
    await eventually(
      () =>
        messageOf(el, 'Take profit (limit)') ===
          'The take profit must be above the entry price (79.00).' &&
        messageOf(el, 'Stop loss (stop)') ===
          'The stop loss must be below the entry price (79.00).',
      'exits on the wrong side of the entry',
    );
    await fill(el, 'Stop loss (stop)', '70.005');
    await eventually(
      () => messageOf(el, 'Stop loss (stop)') === 'The stop-loss price must be a multiple of 0.01.',
      'stop loss off tick',
    );
    await choose(el, 'Attach', 'OCO');
    expect(field(el, 'Order type')).to.equal(undefined);
    await eventually(
      () =>
        messageOf(el, 'Side') ===
        'A one-cancels-other order exits a position: choose Sell or Buy to cover.',
      'an OCO exits',
    );
    await choose(el, 'Attach', 'OTO');
    await fill(el, 'Then limit price', '75');
    await eventually(
      () =>
        messageOf(el, 'Then limit price') ===
        'The price of the order it triggers must be above the entry price (79.00).',
      'OTO exit below the entry',
    );
    await choose(el, 'Attach', 'None');
    await choose(el, 'Order type', 'TrailingStopLimit');
    await choose(el, 'Trail by', 'Persentage');
    await fill(el, 'Trail percent', '150');
    await fill(el, 'Limit offset', '-1');
    await eventually(
      () =>
        messageOf(el, 'Trail percent') === 'The trailing percent must be between 0 and 100.' &&
        messageOf(el, 'Limit offset') === 'The limit offset cannot be negative.',
      'trailing percent and offset',
    );
    await choose(el, 'Trail by', 'Absolute');
    await fill(el, 'Trail amount', '0.005');
    await eventually(
      () => messageOf(el, 'Trail amount') === 'The trailing amount must be a multiple of 0.01.',
      'trailing amount off tick',
    );
    await expect(el).to.be.accessible();
    expect((await restOrders(user)).length).to.equal(before);
  });

  it('a double click on Place sends one bracket (slow network)', async () => {
    await setPrice('WMT', 80);
    const el = await mount(user, 'WMT');
    await reviewBracket(el, '70', '85', '65');
    await fault({ latencyMs: 700 }, user);
    const place = button(el, 'Place order')!;
    place.click();
    place.click();
    await el.updateComplete;
    button(el, /Plac/)?.click();
    await eventually(() => !!status(el), 'placed', 8000);
    await clearFaults(user);
    const found = await brackets(user, 'WMT');
    expect(found.length).to.equal(1);
    expect(found[0]!.legs.length).to.equal(3);
  });

  it('after a placement timeout it finds the bracket by ClientId and says it was placed once', async () => {
    await setPrice('WMT', 80);
    const el = await mount(user, 'WMT', { 'place-timeout': '400' });
    await reviewBracket(el, '70', '85', '65');
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
    const found = await brackets(user, 'WMT');
    expect(found.length).to.equal(1);
    expect(found[0]!.legs.length).to.equal(3);
  });
});

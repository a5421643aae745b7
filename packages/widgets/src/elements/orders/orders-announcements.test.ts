import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  sessionFixture,
  setPrice,
  type TestUser,
} from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import { restPlace } from '../positions/portfolio.test-support.ts';
import '../order-ticket/define.ts';
import type { AutoSharesOrderTicket } from '../order-ticket/order-ticket.ts';
import './define.ts';
import type { AutoSharesOrders } from './orders.ts';

/**
 * Every text an element's polite live region has held, in order (what a screen reader reads).
 * Only spaces and line breaks are collapsed: the announcer marks a repeat of the same message
 * with a no-break space, so a message read twice is recorded twice.
 */
function recordAnnouncements(el: HTMLElement): string[] {
  const heard: string[] = [];
  const read = () => {
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]');
    const text = (region?.textContent ?? '').replace(/[ \n\r\t]+/g, ' ').replace(/^ | $/g, '');
    if (text && text !== heard.at(-1)) heard.push(text);
  };
  new MutationObserver(read).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  read();
  return heard;
}

/** The announcements matching `pattern` across the given recordings. */
const count = (pattern: RegExp, ...recordings: string[][]) =>
  recordings.flat().reduce((n, text) => n + (text.match(new RegExp(pattern, 'g'))?.length ?? 0), 0);

const rowStatus = (el: AutoSharesOrders, id: number) =>
  el.shadowRoot!.querySelector(`tbody tr[data-order="${id}"] .col-status`)?.textContent?.trim();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The order announcements a trader hears (the seeded orders' statuses never among them). */
const ORDER_NEWS = /Order (?:filled|partially filled|rejected|cancelled|expired)[^.]*\./;

describe('<as-orders> announcements', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('the first load announces nothing, though it lists filled and cancelled orders', async () => {
    const session = await sessionFixture(html`<as-orders filter="all"></as-orders>`, { user });
    const el = session.querySelector<AutoSharesOrders>('as-orders')!;
    const heard = recordAnnouncements(el);
    await eventually(
      () => el.shadowRoot!.querySelectorAll('tbody tr').length > 10,
      'the orders listed',
      8000,
    );
    expect(el.shadowRoot!.textContent).to.match(/Filled/);
    // The stream subscribes as the list loads; give a late first message (≤ 1 s) a chance to
    // be announced before asserting that none was. Other test files force AAPL prices that
    // can fill the seeded AAPL sell for real, so AAPL news is allowed.
    await wait(1000);
    const news = heard.flatMap((t) => t.match(new RegExp(ORDER_NEWS, 'g')) ?? []);
    expect(news.filter((t) => !/AAPL/.test(t))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('announces a resting limit order that fills after a price move, in the session locale', async () => {
    await setPrice('IBM', 200);
    const session = await sessionFixture(html`<as-orders></as-orders>`, {
      user,
      locale: 'de-DE',
    });
    const el = session.querySelector<AutoSharesOrders>('as-orders')!;
    await eventually(
      () => el.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'open orders listed',
      8000,
    );
    const heard = recordAnnouncements(el);
    // Placed elsewhere (the REST API), below the market: it rests, and is listed from the stream.
    const order = await restPlace(user, {
      Symbol: 'IBM',
      Side: 'Buy',
      Type: 'Limit',
      Price: 180,
      Quantity: 3,
    });
    // German: the status "Neu", the fill "Order ausgeführt: 3 IBM gekauft zu 170,00."
    await eventually(() => rowStatus(el, order.Id) === 'Neu', 'the resting order listed', 8000);
    expect(count(/Order \S+[^.]*IBM/, heard), 'a new order is not news').to.equal(0);
    await setPrice('IBM', 170);
    await eventually(
      () => count(/Order ausgeführt: 3 IBM gekauft zu \d{3},\d\d\./, heard) === 1,
      'the fill announced',
      8000,
      () => heard.join(' | '),
    );
    await expect(el).to.be.accessible();
  });

  it('with a ticket on the page, an order placed from the ticket is announced once in all', async () => {
    const session = await sessionFixture(
      html`<as-order-ticket symbol="CSCO" quantity="2"></as-order-ticket>
        <as-orders filter="all"></as-orders>`,
      { user },
    );
    const ticket = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    const list = session.querySelector<AutoSharesOrders>('as-orders')!;
    await eventually(
      () => list.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'orders listed',
      8000,
    );
    const fromTicket = recordAnnouncements(ticket);
    const fromList = recordAnnouncements(list);
    await eventually(
      () => /\d/.test(ticket.shadowRoot!.querySelector('[data-quote="ask"]')?.textContent ?? ''),
      'the ticket is quoted',
    );
    button(ticket, 'Review order')!.click();
    await eventually(() => !!button(ticket, 'Place order'), 'review step', 8000);
    const placed = new Promise<number>((resolve) =>
      session.addEventListener('as-order-placed', (e) => resolve(e.order.orderId), { once: true }),
    );
    button(ticket, 'Place order')!.click();
    const orderId = await placed;
    await eventually(
      () =>
        ticket.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status') ===
          'Filled' && rowStatus(list, orderId) === 'Filled',
      'both show the fill',
      10000,
    );
    const fill = /Order filled: bought 2 CSCO at [\d,.]+\./;
    await eventually(
      () => count(fill, fromTicket, fromList) >= 1,
      'the fill announced',
      6000,
      () => [...fromTicket, ...fromList].join(' | '),
    );
    // Both elements saw the fill; a second announcement would be waiting in an announcer's
    // throttle (3 s in <as-orders>, 1.5 s in the ticket). Wait out the longer one.
    await wait(3100);
    expect(count(fill, fromTicket, fromList), [...fromTicket, ...fromList].join(' | ')).to.equal(1);
    await expect(list).to.be.accessible();
  });
});

/**
 * Fault suite: a 429 storm (`rateLimit`, scoped to the test user's token) around the order
 * ticket (#13 part 6). The ticket says it is rate limited — never empty prices without a word —
 * and recovers by itself once the API answers again: no Retry pressed, live prices shown.
 */
import { expect, html } from '@open-wc/testing';
import '../elements/order-ticket/define.ts';
import type { AutoSharesOrderTicket } from '../elements/order-ticket/order-ticket.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  textOf,
  type TestUser,
} from '../test/sandbox.ts';
import { button } from '../test/user.ts';

const RATE_LIMITED = /AutoShares is rate limiting requests right now/;
const quoted = (el: AutoSharesOrderTicket) =>
  /\d/.test(el.shadowRoot?.querySelector('[data-quote="ask"]')?.textContent ?? '');

describe('faults: 429 storm around the order ticket', function () {
  this.timeout(20_000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(() => clearFaults(user));

  it('loading during the storm: says it is rate limited, then shows the ticket and live prices by itself', async () => {
    await fault({ rateLimit: { count: 12, retryAfterSeconds: 1 } }, user);
    const session = await sessionFixture(html`<as-order-ticket symbol="SNAP"></as-order-ticket>`, {
      user,
    });
    const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    await eventually(
      () => RATE_LIMITED.test(textOf(el)),
      'rate limit said',
      9000,
      () => textOf(el),
    );
    expect(button(el, 'Retry'), 'it retries by itself').to.equal(undefined);
    await eventually(
      () => quoted(el) && !RATE_LIMITED.test(textOf(el)),
      'recovered',
      9000,
      () => textOf(el),
    );
    expect(button(el, 'Review order')).not.to.equal(undefined);
  });

  it('a storm when the symbol changes: the quote area says rate limited instead of bare "—", then the prices come by themselves', async () => {
    const session = await sessionFixture(html`<as-order-ticket symbol="SNAP"></as-order-ticket>`, {
      user,
    });
    const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    await eventually(
      () => quoted(el),
      'first quote',
      10_000,
      () => textOf(el),
    );
    await fault({ rateLimit: { count: 4, retryAfterSeconds: 1 } }, user);
    el.symbol = 'KO';
    await eventually(
      () => Boolean(el.shadowRoot!.querySelector('[data-rate-limited]')),
      'rate limit said in the quote area',
      10_000,
      () => textOf(el),
    );
    expect(textOf(el)).to.match(RATE_LIMITED);
    await eventually(
      () => quoted(el) && /Coca-Cola/.test(textOf(el)) && !RATE_LIMITED.test(textOf(el)),
      'KO quoted',
      9000,
      () => textOf(el),
    );
  });
});

/**
 * Fault suite: one order per confirmed action, counted where it matters — the order
 * placements (`POST …/orders`) the sandbox received. Extends the ticket's own tests (each abuse
 * alone, counted from the order list) with every abuse in one session: three confirmed actions
 * under a slow network, each hammered with clicks and held Enter, one of them timing out and
 * resolved by the ClientId look-up, must make exactly three placements.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../elements/order-ticket/define.ts';
import type { AutoSharesOrderTicket } from '../elements/order-ticket/order-ticket.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';
import { button, field } from '../test/user.ts';
import { requestStats } from './dashboard.test-support.ts';

const status = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status');

describe('faults: one order per confirmed action', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(() => clearFaults(user));

  it('three confirmed actions under clicks, held Enter, latency and a timeout make exactly three placements', async () => {
    const session = await sessionFixture(
      html`<as-order-ticket symbol="SNAP" place-timeout="400"></as-order-ticket>`,
      { user },
    );
    const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    await eventually(
      () => /\d/.test(el.shadowRoot?.querySelector('[data-quote="ask"]')?.textContent ?? ''),
      'live quote shown',
      10_000,
    );
    const placements = async () =>
      (await requestStats()).byPath[`POST /api/v1.0/accounts/${user.accountIds[0]}/orders`] ?? 0;
    const before = await placements();

    // Rounds 1 and 3 answer within the ticket's 400 ms timeout; round 2 (900 ms) outlasts it,
    // and the ticket finds the order by its ClientId instead of placing it again.
    const latencies = [300, 900, 300];
    for (const [round, latencyMs] of latencies.entries()) {
      const quantity = field(el, 'Quantity')!;
      quantity.value = String(round + 1);
      quantity.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      button(el, 'Review order')!.click();
      await eventually(
        () => Boolean(button(el, 'Place order')),
        `round ${round + 1}: review`,
        8000,
      );

      await fault({ latencyMs }, user);
      const place = button(el, 'Place order')!;
      place.click();
      place.click();
      place.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      button(el, /Plac/)?.click();
      await eventually(() => Boolean(status(el)), `round ${round + 1}: placed`, 10_000);
      if (latencyMs > 400) expect(el.shadowRoot!.textContent).to.match(/It was placed once\./);
      await clearFaults(user);

      button(el, 'New order')!.click();
      await eventually(() => Boolean(button(el, 'Review order')), `round ${round + 1}: new ticket`);
    }
    expect(await placements()).to.equal(before + latencies.length);
  }).timeout(40_000);
});

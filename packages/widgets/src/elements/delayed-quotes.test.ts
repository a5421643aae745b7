/**
 * Delayed quotes across the kit, as a user without the market-data agreement sees a dashboard:
 * every price widget marks its prices "Delayed 15 min" (one shared badge, part `delayed`), the
 * widgets without prices do not, and signing the agreement turns every badge real time on the
 * same page, without a reload.
 */
import { expect, html } from '@open-wc/testing';
import '../index.ts';
import {
  createTestUser,
  eventually,
  sandboxControl,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';

const PRICE_WIDGETS = [
  'as-quote',
  'as-watchlist',
  'as-positions',
  'as-pnl-leaders',
  'as-top-traded',
  'as-option-chain',
  'as-order-ticket',
  'as-chart',
];

const badge = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="delayed"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function unsignedUser(): Promise<TestUser> {
  const user = await createTestUser();
  await sandboxControl('/__sandbox/agreements', { userId: user.userId, unsigned: ['Quotemedia'] });
  return user;
}

describe('delayed quotes on every price widget', () => {
  it('each price widget shows "Delayed 15 min" until the agreement is signed', async () => {
    const session = await sessionFixture(
      html`<as-quote symbol="AAPL"></as-quote>
        <as-watchlist></as-watchlist>
        <as-positions></as-positions>
        <as-pnl-leaders></as-pnl-leaders>
        <as-top-traded></as-top-traded>
        <as-option-chain symbol="AAPL" range="5"></as-option-chain>
        <as-order-ticket symbol="AAPL"></as-order-ticket>
        <as-chart symbol="AAPL"></as-chart>
        <as-orders filter="all"></as-orders>`,
      { user: await unsignedUser() },
    );
    const widgets = PRICE_WIDGETS.map((tag) => session.querySelector(tag)!);
    const unmarked = () =>
      widgets.filter((el) => badge(el) !== 'Delayed 15 min').map((el) => el.localName);
    await eventually(
      () => unmarked().length === 0,
      'every price widget marked delayed',
      10_000,
      () => unmarked().join(', '),
    );
    // a widget without prices has no badge
    expect(badge(session.querySelector('as-orders')!)).to.equal(undefined);

    const client = session.session!.client;
    await client.writes.agreements.sign('Quotemedia');
    const marked = () => widgets.filter((el) => badge(el) !== undefined).map((el) => el.localName);
    await eventually(
      () => marked().length === 0,
      'every badge gone without a reload',
      6000,
      () => marked().join(', '),
    );
  });
});

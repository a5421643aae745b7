import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  sandboxControl,
  sessionFixture,
  textOf,
} from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import '../chart/define.ts';
import '../option-chain/define.ts';
import '../order-ticket/define.ts';
import '../quote/define.ts';
import '../top-traded/define.ts';
import '../watchlist/define.ts';
import './define.ts';

/** Every element of the kit that shows live prices (each has a quote feed). */
const PRICE_WIDGETS = [
  'as-quote',
  'as-watchlist',
  'as-chart',
  'as-order-ticket',
  'as-option-chain',
  'as-top-traded',
] as const;

const delayedBadge = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="delayed"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<as-agreements>: every price widget', () => {
  it('all price widgets say "Delayed 15 min" until the market-data agreement is signed, then none, without a reload', async () => {
    const user = await createTestUser();
    await sandboxControl('/__sandbox/agreements', {
      userId: user.userId,
      unsigned: ['Quotemedia'],
    });
    const session = await sessionFixture(
      html`<as-quote symbol="AAPL"></as-quote>
        <as-watchlist></as-watchlist>
        <as-chart symbol="AAPL" style="display:block;width:480px"></as-chart>
        <as-order-ticket symbol="AAPL"></as-order-ticket>
        <as-option-chain symbol="TSLA"></as-option-chain>
        <as-top-traded></as-top-traded>
        <as-agreements></as-agreements>`,
      { user },
    );
    const widgets = PRICE_WIDGETS.map((tag) => session.querySelector(tag)!);
    const badges = () => widgets.map((w) => `${w.localName}: ${delayedBadge(w) ?? '(none)'}`);
    await eventually(
      () => widgets.every((w) => delayedBadge(w) === 'Delayed 15 min'),
      'every price widget marked delayed',
      12_000,
      () => badges().join(' | '),
    );
    const agreements = session.querySelector('as-agreements')!;
    await eventually(
      () => !!button(agreements, /^Sign the Market data agreement/),
      'the agreement is listed',
      5000,
      () => textOf(agreements),
    );
    agreements.shadowRoot!.querySelector<HTMLInputElement>('input[part~="consent"]')!.click();
    button(agreements, /^Sign the Market data agreement/)!.click();
    await eventually(
      () => widgets.every((w) => delayedBadge(w) === undefined),
      'no delayed badge left',
      8000,
      () => badges().join(' | '),
    );
    expect(textOf(agreements)).to.include('All agreements are signed.');
  }).timeout(20_000);
});

import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  sandbox,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { field, press } from '../../test/user.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  expectStaleWhileDisconnected,
  mountElement,
} from '../../test/states.ts';
import { formatMoney } from '../../format/format.ts';
import { pollUntil, restPlace } from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesAccountSummary } from './account-summary.ts';

const figure = (el: AutoSharesAccountSummary, key: string) =>
  el
    .shadowRoot!.querySelector(`[data-figure="${key}"] dd`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
const figures = (el: AutoSharesAccountSummary) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-figure]')].map((f) => f.dataset.figure);

/** The account's balance straight from the sandbox's REST API. */
async function restBalance(user: TestUser, accountId: number): Promise<Record<string, number>> {
  const response = await fetch(`${sandbox().apiUrl}/v1.0/accounts/${accountId}/info`, {
    headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` },
  });
  return response.json();
}

const mount = mountElement<AutoSharesAccountSummary>(
  'as-account-summary',
  html`<as-account-summary></as-account-summary>`,
);

describe('<as-account-summary>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows equity, cash, buying power, P&L and margin figures of the selected account', async () => {
    const { el } = await mount(user);
    const margin = user.accountIds[0]!;
    await eventually(() => !!figure(el, 'cash'), 'figures shown', 8000);
    // Prices are shared by every test user, so a seeded open order may fill at any moment and
    // move cash and the open-order count: wait until the element and the sandbox agree.
    const rest = await pollUntil(
      () => restBalance(user, margin),
      (b) =>
        figure(el, 'cash') === formatMoney(b.cash, 'en-US') &&
        figure(el, 'pendingOrdersCount') === String(b.pendingOrdersCount),
      "the sandbox's cash and open orders shown",
    );
    expect(figures(el)).to.include.members([
      'equityTotal',
      'changeAbsolute',
      'openPL',
      'stockBuyingPower',
      'maintenanceMargin',
      'excess',
    ]);
    expect(rest.pendingOrdersCount).to.be.greaterThan(0);
    // signed figures carry sign and arrow, and a percentage
    expect(figure(el, 'openPL')).to.match(/^[▲▼] [+\u2212]\$[\d,.]+ [+\u2212][\d.]+%$/);
    await expect(el).to.be.accessible();
  });

  it('updates after a fill (AccountBalance stream)', async () => {
    const { el } = await mount(user);
    const margin = user.accountIds[0]!;
    await eventually(() => !!figure(el, 'cash'), 'figures shown', 8000);
    const before = (await restBalance(user, margin)).cash;
    await restPlace(user, { Symbol: 'KO', Type: 'Market', Side: 'Buy', Quantity: 50 });
    // the element shows the sandbox's cash once the fill took it (a seeded order filling
    // meanwhile moves cash again: compared with the sandbox as it stands, not one reading)
    await pollUntil(
      () => restBalance(user, margin),
      (b) => b.cash < before && figure(el, 'cash') === formatMoney(b.cash, 'en-US'),
      'the cash after the fill shown',
      12000,
    );
    expect(figure(el, 'cash')).not.to.equal(formatMoney(before, 'en-US'));
  }).timeout(20000);

  it('switches account with the labelled switcher, keyboard only (Tab, ArrowDown), and tells the page', async () => {
    const { session, el } = await mount(
      user,
      html`<button id="before">Before</button><as-account-summary></as-account-summary>`,
    );
    const [margin, ira] = user.accountIds as [number, number];
    await eventually(() => !!figure(el, 'cash'), 'figures shown', 8000);
    const switcher = field<HTMLSelectElement>(el, 'Account')!;
    expect(switcher.value).to.equal(String(margin));
    expect(switcher.options).to.have.length(2);
    expect(switcher.options[0]!.textContent).to.match(/Individual Margin \(5SB\d+\)/);
    expect(switcher.options[1]!.textContent).to.match(/Traditional IRA/);
    const selected = nextEvent(el, 'as-account-select');
    session.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(el.shadowRoot!.activeElement, 'Tab reaches the switcher').to.equal(switcher);
    await press('ArrowDown');
    expect((await selected).accountId).to.equal(ira);
    const rest = await restBalance(user, ira);
    await eventually(
      () => figure(el, 'cash') === formatMoney(rest.cash, 'en-US'),
      'IRA cash',
      8000,
    );
    // a cash account has no margin figures
    expect(figures(el)).not.to.include('maintenanceMargin');
    await eventually(() => /Showing Traditional IRA/.test(textOf(el)), 'announced');
    await expect(el).to.be.accessible();
  });

  it("after a switch, another user's sign-in shows that user's own account", async () => {
    const { el, session } = await mount(user);
    await eventually(() => !!figure(el, 'cash'), 'figures shown', 8000);
    const switcher = field<HTMLSelectElement>(el, 'Account')!;
    switcher.value = String(user.accountIds[1]);
    switcher.dispatchEvent(new Event('change'));
    await eventually(() => !figures(el).includes('maintenanceMargin'), 'IRA shown', 8000);
    const other = await createTestUser();
    session.token = other.token;
    await eventually(
      () => field<HTMLSelectElement>(el, 'Account')?.value === String(other.accountIds[0]),
      "the other user's first account is selected",
      8000,
    );
    const rest = await restBalance(other, other.accountIds[0]!);
    await eventually(
      () => figure(el, 'cash') === formatMoney(rest.cash, 'en-US'),
      'its cash',
      8000,
    );
  });

  describe('states', () => {
    it('error with a Retry that recovers', async () => {
      await expectErrorThenRetry(user, mount, { recovered: (el) => !!figure(el, 'cash') });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading account summary');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });

    it('stale: "Delayed — reconnecting" while the balance stream is down', async () => {
      await expectStaleWhileDisconnected(user, mount, {
        shown: (el) => !!figure(el, 'cash'),
        stream: 'data',
        kept: (el) => expect(figure(el, 'cash')).to.match(/\$/),
      });
    });
  });
});

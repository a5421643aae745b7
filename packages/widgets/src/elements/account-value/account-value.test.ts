import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, textOf, type TestUser } from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import {
  expectErrorThenRetry,
  expectLoadingState,
  expectSignedOutState,
  mountElement,
} from '../../test/states.ts';
import { callApi, depositAndSettle } from '../../test/deposits.ts';
import './define.ts';
import type { AutoSharesAccountValue } from './account-value.ts';

const mount = mountElement<AutoSharesAccountValue>(
  'as-account-value',
  html`<as-account-value period="1M" style="display:block;width:640px"></as-account-value>`,
);

const plot = (el: AutoSharesAccountValue) =>
  el.shadowRoot!.querySelector<HTMLElement>('.plot') ?? undefined;
/** How many points the chart draws (read back from its series). */
const drawnPoints = (el: AutoSharesAccountValue) => Number(plot(el)?.dataset.points ?? 0);
/** The times of the markers the chart draws (read back from its markers). */
const drawnMarkers = (el: AutoSharesAccountValue) =>
  (plot(el)?.dataset.markers ?? '').split(' ').filter(Boolean);
const summary = (el: AutoSharesAccountValue) =>
  el.shadowRoot!.querySelector('[data-summary]')?.textContent?.trim() ?? '';

async function drawn(user: TestUser) {
  const mounted = await mount(user);
  await eventually(
    () => plot(mounted.el)?.dataset.ready === 'true' && drawnPoints(mounted.el) > 5,
    'the value chart drawn',
    10000,
    () => textOf(mounted.el),
  );
  return mounted;
}

describe('<as-account-value>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('marks a deposit made over REST once it settles, without a reload', async () => {
    const { el } = await drawn(user);
    expect(drawnMarkers(el)).to.deep.equal([], 'no deposit this month yet');
    expect(summary(el)).to.contain('No deposits in this period.');

    await depositAndSettle(user, 1234.56);

    await eventually(
      () => drawnMarkers(el).length === 1,
      'a deposit marker',
      10000,
      () => `${plot(el)?.dataset.markers} / ${summary(el)}`,
    );
    expect(summary(el)).to.contain('Deposits: $1,234.56 on ');
    expect(textOf(el)).to.contain('Deposits in this period');
    expect(textOf(el)).to.contain('$1,234.56');
    // the marker sits on the last point: the value that includes the deposit
    const series = await callApi<Array<{ Date: string }>>(
      user,
      `/v1.0/accounts/${user.accountIds[0]}/history?startDate=${new Date(Date.now() - 3 * 86_400_000).toISOString()}&endDate=${new Date(Date.now() + 86_400_000).toISOString()}&step=1`,
    );
    const last = Math.floor(Date.parse(series.at(-1)!.Date) / 1000);
    expect(drawnMarkers(el)).to.deep.equal([String(last)]);
    await expect(el).to.be.accessible();
  });

  it('switches periods: 1M, 1Y and All draw longer and longer series; the pressed button follows', async () => {
    const { el } = await drawn(user);
    const month = drawnPoints(el);
    expect(month).to.be.within(25, 35);
    button(el, '1Y, 1 year')!.click();
    await eventually(
      () => drawnPoints(el) > 300,
      '1 year of points',
      8000,
      () => String(drawnPoints(el)),
    );
    expect(el.period).to.equal('1Y');
    expect(button(el, '1Y, 1 year')!.getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, '1M, 1 month')!.getAttribute('aria-pressed')).to.equal('false');
    expect(summary(el)).to.match(/^Account value, 1 year: from \$[\d,.]+ to \$[\d,.]+, change /);
    const year = drawnPoints(el);
    button(el, 'All, since the account opened')!.click();
    await eventually(
      () => summary(el).startsWith('Account value, since the account opened'),
      'All',
    );
    expect(drawnPoints(el)).to.be.at.least(year);
    // the seeded opening deposit is in the whole history
    await eventually(() => drawnMarkers(el).length >= 1, 'the opening deposit marked', 8000);
  });

  it('follows its container: narrowed to 280 px, the chart draws 280 px wide', async () => {
    const { el } = await drawn(user);
    const canvas = () => plot(el)!.querySelector('canvas')!;
    await eventually(() => canvas().getBoundingClientRect().width > 400, 'drawn wide');
    el.style.width = '280px';
    await eventually(
      () => canvas().getBoundingClientRect().width < 280,
      'drawn narrow',
      5000,
      () => `${canvas().getBoundingClientRect().width} px`,
    );
    const toolbar = el.shadowRoot!.querySelector<HTMLElement>('.toolbar')!;
    expect(toolbar.scrollWidth).to.be.at.most(toolbar.clientWidth + 1);
  });

  it('takes the theme: the line in the accent colour, the background the surface', async () => {
    const { el } = await drawn(user);
    const swatch = (name: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[data-swatch="${name}"]`)!).color;
    await eventually(() => plot(el)!.dataset.lineColor === swatch('accent'), 'accent line');
    expect(plot(el)!.dataset.background).to.equal(swatch('surface'));
  });

  describe('states', () => {
    it('error then Retry', async () => {
      await expectErrorThenRetry(user, mount, {
        recovered: (el) => drawnPoints(el) > 5,
        recoveredTimeout: 10000,
      });
    }).timeout(30000);

    it('loading: a skeleton announced as loading', async () => {
      await expectLoadingState(user, mount, 'Loading account value');
    });

    it('signed out: says so and offers to sign in', async () => {
      await expectSignedOutState(mount);
    });
  });
});

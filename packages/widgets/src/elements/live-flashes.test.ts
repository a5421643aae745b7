/**
 * Live changes as a user sees them on a dashboard: a changed price flashes its own cell only;
 * a panel of totals (the account summary) changes quietly, with no flash at all.
 */
import { expect, html } from '@open-wc/testing';
import '../index.ts';
import { createTestUser, eventually, sessionFixture, setPrice } from '../test/sandbox.ts';
import type { AutoSharesAccountSummary } from './account-summary/account-summary.ts';
import type { AutoSharesWatchlist } from './watchlist/watchlist.ts';

/** META: held by every test user and in the default watchlist; no other test forces it. */
const SYMBOL = 'META';

const figure = (el: AutoSharesAccountSummary, key: string) =>
  el.shadowRoot!.querySelector(`[data-figure="${key}"] dd`)?.textContent?.replace(/\s+/g, ' ');
/** Elements of `root` showing a flash: marked with a tick or running an animation. */
const flashing = (root: ShadowRoot) => [
  ...new Set([
    ...root.querySelectorAll<HTMLElement>('[data-tick]'),
    ...root
      .getAnimations()
      .map((a) => (a.effect as KeyframeEffect | null)?.target)
      .filter((t): t is HTMLElement => t instanceof HTMLElement),
  ]),
];
const lastCell = (el: AutoSharesWatchlist) =>
  el.shadowRoot!.querySelector<HTMLElement>(`tbody tr[data-symbol="${SYMBOL}"] .col-last`);
const price = (text: string | null | undefined) => Number((text ?? '').replace(/,/g, ''));

describe('live changes', () => {
  it('flash the changed price cell only; the account summary changes quietly', async () => {
    const user = await createTestUser();
    const session = await sessionFixture(
      html`<as-account-summary></as-account-summary><as-watchlist></as-watchlist>`,
      { user },
    );
    const summary = session.querySelector<AutoSharesAccountSummary>('as-account-summary')!;
    const watchlist = session.querySelector<AutoSharesWatchlist>('as-watchlist')!;
    await eventually(
      () =>
        /\d/.test(figure(summary, 'equityTotal') ?? '') &&
        /\d/.test(lastCell(watchlist)?.textContent ?? ''),
      'equity and a live price shown',
      8000,
    );
    const equity = figure(summary, 'equityTotal');
    // a price a random tick will not reach, 3 % above the current one
    const target = Math.round(price(lastCell(watchlist)!.textContent) * 103) / 100;
    await setPrice(SYMBOL, target);

    await eventually(
      () => price(lastCell(watchlist)!.textContent) === target,
      'the forced price shown in the watchlist',
      8000,
    );
    expect(lastCell(watchlist)!.dataset.tick, 'the changed price flashes').to.equal('up');
    // the watchlist flashes prices only: never a change, a percentage, a name or a row
    const notPrices = flashing(watchlist.shadowRoot!).filter((e) => !e.matches('td.col-last'));
    expect(notPrices.map((e) => e.className)).to.deep.equal([]);

    await eventually(
      () => figure(summary, 'equityTotal') !== equity,
      'equity re-marked at the new price',
      10000,
    );
    expect(flashing(summary.shadowRoot!).map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
  }).timeout(20000);
});

import { expect, html } from '@open-wc/testing';
import '../../test/probe-element.ts';
import type { TestProbe } from '../../test/probe-element.ts';
import {
  createTestUser,
  eventually,
  nextEvent,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { focused, press } from '../../test/user.ts';
import { expectFitsNarrow } from '../../test/layout.ts';
import { expectSignedOutState, mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesOptionChain } from './option-chain.ts';

// TSLA: no other test forces its price, so the in-the-money checks own it.
const mount = mountElement<AutoSharesOptionChain>(
  'as-option-chain',
  html`<as-option-chain symbol="TSLA"></as-option-chain>`,
);

const rows = (el: AutoSharesOptionChain) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const strikes = (el: AutoSharesOptionChain) => rows(el).map((r) => Number(r.dataset.strike));
const caption = (el: AutoSharesOptionChain) =>
  el.shadowRoot!.querySelector('caption')?.textContent?.trim() ?? '';
const expirationSelect = (el: AutoSharesOptionChain) =>
  el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="expiration"]')!;
const priceButton = (el: AutoSharesOptionChain, strike: number, key: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${strike}|${key}"]`)!;

/** A button's text as assistive tech reads it (no aria-label: its content). */
const accessibleText = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
/** The range switch's option labelled `label`. */
const rangeOption = (el: AutoSharesOptionChain, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('fieldset label')].find(
    (l) => l.textContent!.trim() === label,
  )!;

/** Mounted and showing a chain. */
async function loaded(user: TestUser, template?: ReturnType<typeof html>) {
  const mounted = await mount(user, template);
  await eventually(
    () => rows(mounted.el).length > 0,
    'the chain',
    8000,
    () => textOf(mounted.el),
  );
  return mounted;
}

describe('<as-option-chain>', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('shows the nearest expiration: calls | strike | puts, five strikes each side of the money', async () => {
    const { el } = await loaded(user);
    const text = textOf(el);
    for (const word of ['Calls', 'Strike', 'Puts', 'Bid', 'Ask', 'Open interest']) {
      expect(text).to.contain(word);
    }
    expect(strikes(el)).to.have.length(11);
    expect(strikes(el)).to.deep.equal([...strikes(el)].sort((a, b) => a - b));
    const select = expirationSelect(el);
    expect(select.selectedIndex).to.equal(0, 'the nearest expiration');
    expect(caption(el)).to.contain(`TSLA options expiring`);
    expect(caption(el)).to.contain(select.selectedOptions[0]!.textContent!.trim());
    // each strike row offers the call's and the put's bid and ask
    const first = strikes(el)[0]!;
    expect(accessibleText(priceButton(el, first, 'Call|Buy'))).to.match(
      new RegExp(`^Buy TSLA \\S+ \\S+ \\S+ ${first} Call at the ask \\S+$`),
    );
    expect(accessibleText(priceButton(el, first, 'Put|Sell'))).to.match(
      /^Sell TSLA .+ Put at the bid \S+$/,
    );
    await expect(el).to.be.accessible();
  });

  it('switches strikes shown and expiration, and says which', async () => {
    const { el } = await loaded(user);
    rangeOption(el, '10').click();
    await eventually(() => strikes(el).length === 21, '10 strikes each side');
    expect(el.range).to.equal(10);
    rangeOption(el, '5').click();
    await eventually(() => strikes(el).length === 11, 'back to 5 each side');
    rangeOption(el, 'All').click();
    await eventually(() => strikes(el).length >= 21 && el.range === 0, 'every strike');

    const select = expirationSelect(el);
    const before = caption(el);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // the current strikes stay, marked busy, while the other expiration loads
    expect(rows(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    await eventually(() => caption(el) !== before && rows(el).length > 0, 'the second expiration');
    expect(el.expiration).to.equal(select.value);
    expect(caption(el)).to.contain(select.selectedOptions[0]!.textContent!.trim());
  });

  it('shades the in-the-money side and draws the price line where the live price falls', async () => {
    const { el } = await loaded(user);
    const list = strikes(el);
    const between = (list[4]! + list[5]!) / 2;
    await setPrice('TSLA', between);
    const itm = () => rows(el).map((r) => r.dataset.itm);
    await eventually(
      () => itm().join() === [...Array(5).fill('call'), ...Array(6).fill('put')].join(),
      'calls below and puts above the forced price in the money',
      10000,
      () => itm().join(),
    );
    const line = () => rows(el).findIndex((r) => r.classList.contains('above-price'));
    expect(line()).to.equal(5, 'the line above the first strike over the price');
    await setPrice('TSLA', (list[6]! + list[7]!) / 2);
    await eventually(() => line() === 7, 'the line follows the price', 10000);
  });

  it('hands on the contract chosen: the ask buys, the bid sells', async () => {
    const { el } = await loaded(user);
    const strike = strikes(el)[3]!;
    const ask = priceButton(el, strike, 'Call|Buy');
    const askText = () => ask.querySelector('span:not(.as-visually-hidden)')!.textContent!;
    await eventually(() => /^\d+\.\d{2}$/.test(askText()), 'the live ask', 8000, askText);
    const bought = nextEvent(el, 'as-option-select');
    const seen = askText(); // read with the click, in the same task: a tick may follow
    ask.click();
    const buy = (await bought).contract;
    expect(buy.price!.toFixed(2)).to.equal(seen, 'the ask the user saw');
    expect(buy).to.include({
      underlying: 'TSLA',
      strike,
      kind: 'Call',
      side: 'Buy',
      contractSize: 100,
    });
    expect(buy.symbol).to.match(
      new RegExp(`^TSLA  \\d{6}C${String(strike * 1000).padStart(8, '0')}$`),
    );
    expect(buy.securityId).to.be.a('number');
    expect(new Date(buy.expiration).toISOString().slice(0, 10)).to.equal(
      expirationSelect(el).value,
    );

    const sold = nextEvent(el, 'as-option-select');
    priceButton(el, strike, 'Put|Sell').click();
    expect((await sold).contract).to.include({ strike, kind: 'Put', side: 'Sell' });
  });

  it('is one tab stop; arrows move across the bids and asks, Enter chooses', async () => {
    const { el } = await loaded(user);
    const list = strikes(el);
    const tabStops = el.shadowRoot!.querySelectorAll('button.price-button[tabindex="0"]');
    expect(tabStops).to.have.length(1);
    (tabStops[0] as HTMLElement).focus();
    await press('ArrowRight');
    expect((focused() as HTMLElement).dataset.key).to.equal(`${list[0]}|Call|Buy`);
    await press('ArrowDown');
    expect((focused() as HTMLElement).dataset.key).to.equal(`${list[1]}|Call|Buy`);
    await press('End');
    expect((focused() as HTMLElement).dataset.key).to.equal(`${list[1]}|Put|Buy`);
    await eventually(
      () => el.shadowRoot!.querySelector('button.price-button[tabindex="0"]') === focused(),
      'the focused button keeps the tab stop',
    );
    const chosen = nextEvent(el, 'as-option-select');
    await press('Enter');
    expect((await chosen).contract).to.include({ strike: list[1], kind: 'Put', side: 'Buy' });
  });

  it('follows its link group, and says when a symbol has no options', async () => {
    const { el, session } = await loaded(
      user,
      html`<as-option-chain symbol="TSLA" link-group="opt"></as-option-chain>
        <as-test-probe link-group="opt"></as-test-probe>`,
    );
    session.querySelector<TestProbe>('as-test-probe')!.link.select({ symbol: 'MSFT' });
    await eventually(() => caption(el).startsWith('MSFT options'), 'the MSFT chain', 8000);
    el.symbol = 'KO';
    await eventually(
      () => textOf(el).includes('KO has no listed options.'),
      'no options for KO',
      5000,
      () => textOf(el),
    );
    el.symbol = undefined;
    await eventually(
      () => textOf(el).includes('Choose a symbol to see its options.'),
      'asks for a symbol',
    );
  });

  it('keeps bid and ask of both sides at 280 px', async () => {
    const { el } = await loaded(user);
    await expectFitsNarrow(el, {
      hidden: () =>
        ['interest', 'volume', 'change', 'last'].every((c) =>
          el.shadowRoot!.querySelector('.table-wrap')!.getAttribute('data-drop')?.includes(c),
        ),
      hiddenMessage: 'secondary columns dropped',
      box: '.table-wrap',
    });
    const strike = strikes(el)[0]!;
    for (const key of ['Call|Sell', 'Call|Buy', 'Put|Sell', 'Put|Buy']) {
      expect(priceButton(el, strike, key).getBoundingClientRect().width).to.be.greaterThan(0);
    }
  });

  it('signed out: says so and offers sign-in', async () => {
    await expectSignedOutState(mount);
  });
});

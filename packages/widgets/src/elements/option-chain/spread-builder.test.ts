/**
 * The chain's Build spread mode: chosen prices become legs (up to four, removable), a preset
 * fills them around the money, the net follows the quotes, and Trade spread hands them on;
 * outside the mode a price is handed on alone as before.
 */
import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  sandbox,
  setPrice,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import { mountElement } from '../../test/states.ts';
import './define.ts';
import type { AutoSharesOptionChain } from './option-chain.ts';

// NVDA: no other test trades its options. Other tests force its price (prices are the whole
// sandbox's), so each test here first puts it at the chain's central strike (see `building`).
const mount = mountElement<AutoSharesOptionChain>(
  'as-option-chain',
  html`<as-option-chain symbol="NVDA"></as-option-chain>`,
);

const priceButtons = (el: AutoSharesOptionChain, key: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`button[data-key$="|${key}"]`),
];
const legs = (el: AutoSharesOptionChain) =>
  [...el.shadowRoot!.querySelectorAll('.builder .leg')].map((li) =>
    li.querySelector('span')!.textContent!.trim(),
  );

/** Puts NVDA at its chain's central strike: "at the money" is then the chain's middle. */
async function atTheChainsCentre(user: TestUser): Promise<void> {
  const response = await fetch(`${sandbox().apiUrl}/v1.0/options/optionChain/NVDA`, {
    headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` },
  });
  const chain = (await response.json()) as { Expirations: { CentralStrike: number }[] };
  await setPrice('NVDA', chain.Expirations[0]!.CentralStrike);
}

async function building(user: TestUser) {
  await atTheChainsCentre(user);
  const { el } = await mount(user);
  await eventually(
    () => priceButtons(el, 'Call|Buy').length > 6,
    'the chain',
    8000,
    () => textOf(el),
  );
  button(el, 'Build spread')!.click();
  await eventually(() => !!el.shadowRoot!.querySelector('.builder'), 'the builder');
  return el;
}

describe('<as-option-chain> Build spread', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('adds the chosen prices as legs: ask buys, bid sells to open, four at most; remove and clear', async () => {
    const el = await building(user);
    expect(button(el, 'Build spread')!.getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Trade spread')!.disabled).to.equal(true, 'no legs yet');
    let handedOn = 0;
    el.addEventListener('as-option-select', () => handedOn++);
    priceButtons(el, 'Call|Buy')[3]!.click();
    priceButtons(el, 'Call|Sell')[5]!.click();
    await el.updateComplete;
    expect(legs(el)).to.have.length(2);
    expect(legs(el)[0]).to.match(/^Buy to open NVDA .+ Call$/);
    expect(legs(el)[1]).to.match(/^Sell to open NVDA .+ Call$/);
    expect(button(el, 'Trade spread')!.disabled).to.equal(false);
    // the same contract again takes the new side
    priceButtons(el, 'Call|Sell')[3]!.click();
    await el.updateComplete;
    expect(legs(el)[0]).to.match(/^Sell to open /);
    priceButtons(el, 'Put|Buy')[4]!.click();
    priceButtons(el, 'Put|Sell')[6]!.click();
    priceButtons(el, 'Put|Buy')[7]!.click();
    await el.updateComplete;
    expect(legs(el)).to.have.length(4);
    expect(textOf(el)).to.contain('A spread has at most four legs.');
    expect(handedOn).to.equal(0, 'no single contract handed on while building');

    button(
      el,
      new RegExp(`^Remove ${legs(el)[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    )!.click();
    await el.updateComplete;
    expect(legs(el)).to.have.length(3);
    button(el, 'Clear')!.click();
    await el.updateComplete;
    expect(legs(el)).to.deep.equal([]);
    expect(textOf(el)).to.contain('Choose asks to buy and bids to sell: two to four legs.');

    button(el, 'Build spread')!.click();
    await el.updateComplete;
    const single = nextEvent(el, 'as-option-select');
    priceButtons(el, 'Call|Buy')[2]!.click();
    expect((await single).contract.side).to.equal('Buy', 'a price is handed on alone again');
  });

  it('fills an iron condor around the money, prices it net, and hands it on', async () => {
    const el = await building(user);
    const presets = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="preset"]')!;
    presets.value = 'iron-condor';
    presets.dispatchEvent(new Event('change'));
    await eventually(
      () => {
        button(el, 'Use at the money')!.click();
        return legs(el).length === 4;
      },
      'four legs',
      8000,
      () => textOf(el),
    );
    expect(legs(el).map((l) => l.replace(/ NVDA .+ (Call|Put)$/, ' $1'))).to.deep.equal([
      'Buy to open Put',
      'Sell to open Put',
      'Sell to open Call',
      'Buy to open Call',
    ]);
    await eventually(
      () => /net credit \d/.test(textOf(el)),
      'a condor is a credit',
      10000,
      () => textOf(el),
    );
    const traded = nextEvent(el, 'as-strategy-select');
    button(el, 'Trade spread')!.click();
    const { legs: handed, net } = (await traded).strategy;
    expect(handed.map((l) => l.strike)).to.deep.equal(
      [...handed.map((l) => l.strike)].sort((a, b) => a - b),
      'wings outside the short strikes',
    );
    expect(new Set(handed.map((l) => l.underlying))).to.deep.equal(new Set(['NVDA']));
    expect(net).to.be.lessThan(0);
    await expect(el).to.be.accessible();
  });
});

/**
 * The ticket trading an option contract against the sandbox: from a chain's ask to a filled
 * position, in the words of options (Buy to open, contracts of 100), checked in the browser
 * before anything is sent, and placed at most once whatever the network does.
 */
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, type } from '../../test/user.ts';
import { formatMoney } from '../../format/format.ts';
import { restOrders, restPositions } from '../positions/portfolio.test-support.ts';
import '../option-chain/define.ts';
import '../positions/define.ts';
import type { AutoSharesOptionChain } from '../option-chain/option-chain.ts';
import type { SelectedContract } from '../option-chain/option-select-event.ts';
import './define.ts';
import type { AutoSharesOrderTicket } from './order-ticket.ts';
import { englishShown, englishWords } from '../../locale/english-words.test-support.ts';

// SPY: no test forces its price, so a limit at the ask stays marketable while the test runs.
const UNDERLYING = 'SPY';

/**
 * A chain and a ticket wired as a host page wires them: the chosen price starts a ticket; with
 * `positions`, the account's positions beside them.
 */
async function desk(user: TestUser, placeTimeout?: string, locale?: string, positions = false) {
  const session = await sessionFixture(
    html`<as-option-chain symbol=${UNDERLYING}></as-option-chain>
      <as-order-ticket></as-order-ticket>
      ${positions ? html`<as-positions></as-positions>` : nothing}`,
    { user, locale },
  );
  const chain = session.querySelector<AutoSharesOptionChain>('as-option-chain')!;
  const ticket = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
  if (placeTimeout) ticket.setAttribute('place-timeout', placeTimeout);
  const chosen: SelectedContract[] = [];
  session.addEventListener('as-option-select', (event) => {
    const { contract } = event;
    chosen.push(contract);
    ticket.prefill({
      symbol: contract.symbol,
      securityId: contract.securityId,
      side: contract.side,
      limitPrice: contract.price,
    });
  });
  return { session, chain, ticket, chosen };
}

/** Chooses the ask of the call `index` strikes into the chain, once it is quoted. */
async function chooseCallAsk(chain: AutoSharesOptionChain, index = 5) {
  const ask = () =>
    chain.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-key$="|Call|Buy"]')[index];
  const quoted = () =>
    /\d/.test(ask()?.querySelector('span:not(.as-visually-hidden)')?.textContent ?? '');
  await eventually(quoted, 'a quoted call ask', 10000);
  ask()!.click();
}

async function fill(el: AutoSharesOrderTicket, label: string, value: string) {
  const input = field(el, label)!;
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

const ordersOf = async (user: TestUser, symbol: string) =>
  (await restOrders(user)).filter((o) => o.Symbol === symbol);
const status = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status');
const selectedLabel = (el: AutoSharesOrderTicket, label: string) =>
  field<HTMLSelectElement>(el, label)!.selectedOptions[0]!.textContent!.trim();

describe('<as-order-ticket> with options', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(async () => {
    await clearFaults(user);
  });

  it('from the chain’s ask to a filled position: contract words, premium × 100, one order', async () => {
    const { session, chain, ticket, chosen } = await desk(user, undefined, undefined, true);
    await chooseCallAsk(chain);
    const contract = chosen[0]!;
    await eventually(() => !!field(ticket, 'Quantity'), 'the ticket’s form');
    await eventually(
      () => /Option, 100 shares per contract/.test(textOf(ticket)),
      'the contract in the ticket',
      8000,
      () => textOf(ticket),
    );
    const heading = ticket.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(heading).to.match(new RegExp(`^${UNDERLYING} .+ ${contract.strike} Call$`));
    expect(selectedLabel(ticket, 'Side')).to.equal('Buy to open');
    expect(selectedLabel(ticket, 'Order type')).to.equal('Limit');
    expect(field(ticket, 'Limit price')!.value).to.equal(String(contract.price));
    expect(textOf(ticket)).to.contain('Contracts, 100 shares each.');

    await fill(ticket, 'Quantity', '2');
    button(ticket, 'Review order')!.click();
    await eventually(() => !!button(ticket, 'Place order'), 'the review', 8000);
    const summary = textOf(ticket);
    expect(summary).to.contain(`Buy to open 2 ${heading} · Limit limit`);
    const cost = formatMoney(contract.price! * 2 * 100, 'en-US');
    expect(summary).to.contain(`Estimated cost ${cost}`);
    await expect(ticket).to.be.accessible();

    button(ticket, 'Place order')!.click();
    await eventually(
      () => status(ticket) === 'Filled',
      'filled',
      10000,
      () => textOf(ticket),
    );
    const orders = await ordersOf(user, contract.symbol);
    expect(orders.map((o) => [o.Quantity, o.Side, o.Type])).to.deep.equal([[2, 'Buy', 'Limit']]);
    const held = (await restPositions(user)).find((p) => p.Symbol === contract.symbol);
    expect(held?.Quantity).to.equal(2);
    // the fill shows in the positions on the page: the contract in words, 2 contracts
    const positions = session.querySelector('as-positions')!;
    const position = () =>
      [...positions.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
        (r) => r.dataset.symbol === contract.symbol,
      );
    await eventually(
      () => !!position(),
      'the contract among the positions',
      10000,
      () => textOf(positions),
    );
    const cell = (column: string) =>
      position()!.querySelector(`.col-${column}`)!.textContent!.trim();
    expect(cell('symbol')).to.equal(heading);
    expect(cell('quantity')).to.equal('2');
  });

  it('checks an option order in the browser: whole contracts only, nothing sent', async () => {
    const { chain, ticket, chosen } = await desk(user);
    await chooseCallAsk(chain, 3);
    await eventually(() => /Option, 100/.test(textOf(ticket)), 'the contract', 8000);
    await fill(ticket, 'Quantity', '1.5');
    button(ticket, 'Review order')!.click();
    await eventually(
      () => textOf(ticket).includes('Options trade in whole contracts.'),
      'the whole-contracts message',
    );
    expect(button(ticket, 'Place order')).to.equal(undefined);
    expect(await ordersOf(user, chosen[0]!.symbol)).to.deep.equal([]);
  });

  it('names the sides as options do; no selling to open on a cash account', async () => {
    const { chain, ticket } = await desk(user);
    ticket.setAttribute('account-id', String(user.accountIds[1]));
    await chooseCallAsk(chain, 2);
    await eventually(() => /Option, 100/.test(textOf(ticket)), 'the contract', 8000);
    const sides = [...field<HTMLSelectElement>(ticket, 'Side')!.options].map((o) =>
      o.textContent!.trim(),
    );
    expect(sides).to.deep.equal(['Buy to open', 'Sell to close', 'Buy to close']);
  });

  it('speaks German: the contract, the sides and the checks, no English UI word', async () => {
    const { chain, ticket } = await desk(user, undefined, 'de-DE');
    await chooseCallAsk(chain, 1);
    await eventually(
      () => /Option, 100 Aktien je Kontrakt/.test(textOf(ticket)),
      'the contract',
      8000,
    );
    expect(selectedLabel(ticket, 'Kauf/Verkauf')).to.equal('Kauf zur Eröffnung');
    await fill(ticket, 'Stückzahl', '0.5');
    button(ticket, 'Order prüfen')!.click();
    await eventually(
      () => textOf(ticket).includes('Optionen werden nur in ganzen Kontrakten gehandelt.'),
      'the whole-contracts message in German',
      5000,
      () => textOf(ticket),
    );
    const words = await englishWords();
    expect(englishShown(ticket, 'de-DE', words)).to.deep.equal([]);
    expect(englishShown(chain, 'de-DE', words)).to.deep.equal([]);
  });

  it('a double click on Place sends one option order (slow network)', async () => {
    const { chain, ticket, chosen } = await desk(user);
    await chooseCallAsk(chain, 4);
    await eventually(() => /Option, 100/.test(textOf(ticket)), 'the contract', 8000);
    await fill(ticket, 'Quantity', '1');
    button(ticket, 'Review order')!.click();
    await eventually(() => !!button(ticket, 'Place order'), 'the review', 8000);
    await fault({ latencyMs: 700 }, user);
    const place = button(ticket, 'Place order')!;
    place.click();
    place.click();
    await ticket.updateComplete;
    button(ticket, /Plac/)?.click();
    await eventually(() => !!status(ticket), 'placed', 8000);
    await clearFaults(user);
    expect(await ordersOf(user, chosen[0]!.symbol)).to.have.length(1);
  });

  it('after a placement timeout it finds the option order by ClientId: placed once', async () => {
    const { chain, ticket, chosen } = await desk(user, '400');
    await chooseCallAsk(chain, 6);
    await eventually(() => /Option, 100/.test(textOf(ticket)), 'the contract', 8000);
    await fill(ticket, 'Quantity', '3');
    button(ticket, 'Review order')!.click();
    await eventually(() => !!button(ticket, 'Place order'), 'the review', 8000);
    await fault({ latencyMs: 1200 }, user);
    button(ticket, 'Place order')!.click();
    await eventually(
      () => /Your order may still arrive/.test(textOf(ticket)),
      'unconfirmed, checking',
      4000,
    );
    await eventually(() => !!status(ticket), 'found by ClientId', 8000);
    expect(textOf(ticket)).to.match(/It was placed once\./);
    await clearFaults(user);
    expect(await ordersOf(user, chosen[0]!.symbol)).to.have.length(1);
  });
});

/**
 * A spread from the chain's Build spread mode to one multi-leg order on the sandbox, shown in
 * the orders blotter as one row with its legs under it: checked in the browser, previewed by the
 * server, placed at most once, cancelled by its root.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../../test/sandbox.ts';
import { button, field, type } from '../../../test/user.ts';
import { pollUntil, restOrders, type RestOrder } from '../../positions/portfolio.test-support.ts';
import { englishShown, englishWords } from '../../../locale/english-words.test-support.ts';
import '../../option-chain/define.ts';
import '../../orders/define.ts';
import '../define.ts';
import type { AutoSharesOptionChain } from '../../option-chain/option-chain.ts';
import type { SelectedStrategy } from '../../option-chain/strategy-select-event.ts';
import type { AutoSharesOrders } from '../../orders/orders.ts';
import type { AutoSharesOrderTicket } from '../order-ticket.ts';

// QQQ: no other element test trades its options or forces its price.
const UNDERLYING = 'QQQ';

type ServerOrder = RestOrder & { ParentId?: number; Legs?: { Id: number; Symbol: string }[] };

/** A chain, a ticket and the blotter wired as a host page wires them. */
async function desk(user: TestUser, locale?: string) {
  const session = await sessionFixture(
    html`<as-option-chain symbol=${UNDERLYING} range="10"></as-option-chain>
      <as-order-ticket></as-order-ticket>
      <as-orders filter="all"></as-orders>`,
    { user, locale },
  );
  const chain = session.querySelector<AutoSharesOptionChain>('as-option-chain')!;
  const ticket = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
  const orders = session.querySelector<AutoSharesOrders>('as-orders')!;
  const chosen: SelectedStrategy[] = [];
  session.addEventListener('as-strategy-select', (event) => {
    chosen.push(event.strategy);
    ticket.prefillStrategy(event.strategy.legs, event.strategy.net);
  });
  return { chain, ticket, orders, chosen };
}

const inChain = (chain: AutoSharesOptionChain, name: string | RegExp) => button(chain, name);

/** Build spread → the bull call vertical at the money → Trade spread, once quoted. */
async function tradeVertical(chain: AutoSharesOptionChain, preset = 'call-debit-vertical') {
  await eventually(
    () => !!inChain(chain, 'Build spread'),
    'the chain',
    10000,
    () => textOf(chain),
  );
  inChain(chain, 'Build spread')!.click();
  await eventually(() => !!chain.shadowRoot!.querySelector('[part="preset"]'), 'the builder');
  const presets = chain.shadowRoot!.querySelector<HTMLSelectElement>('[part="preset"]')!;
  presets.value = preset;
  presets.dispatchEvent(new Event('change'));
  await eventually(
    () => {
      inChain(chain, 'Use at the money')!.click();
      return chain.shadowRoot!.querySelectorAll('.builder .leg').length === 2;
    },
    'two legs',
    8000,
    () => textOf(chain),
  );
  await eventually(
    () => /net (debit|credit) \d/.test(textOf(chain)),
    'the live net price',
    10000,
    () => textOf(chain),
  );
  inChain(chain, 'Trade spread')!.click();
}

async function fill(el: Element, label: string, value: string) {
  const input = field(el, label)!;
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

const spreadOrders = async (user: TestUser) => (await restOrders(user)) as ServerOrder[];
const roots = (all: ServerOrder[]) => all.filter((o) => o.Symbol === '' && o.Legs?.length);

describe('<as-order-ticket> with a spread from the chain', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(async () => {
    await clearFaults(user);
  });

  it('places a vertical as one multi-leg order, shown as one row with its legs under it', async () => {
    const { chain, ticket, orders, chosen } = await desk(user);
    await tradeVertical(chain);
    const [strategy] = chosen;
    expect(strategy!.legs.map((l) => `${l.side} ${l.kind}`)).to.deep.equal([
      'Buy Call',
      'SellShort Call',
    ]);
    expect(strategy!.legs[1]!.strike).to.be.greaterThan(strategy!.legs[0]!.strike);
    await eventually(() => !!field(ticket, 'Spreads'), 'the spread form');
    const text = textOf(ticket);
    expect(text).to.contain(`${UNDERLYING} spread`);
    expect(text).to.contain('Buy to open');
    expect(text).to.contain('Sell to open');
    expect(field<HTMLSelectElement>(ticket, 'Order type')!.value).to.equal('Limit');
    expect(field<HTMLSelectElement>(ticket, 'Net price')!.value).to.equal('debit');
    expect(field(ticket, 'Net debit limit')!.value).to.equal(strategy!.net!.toFixed(2));
    // a marketable debit: a little above the net the chain showed
    await fill(ticket, 'Net debit limit', (strategy!.net! + 0.5).toFixed(2));
    button(ticket, 'Review order')!.click();
    await eventually(
      () => !!button(ticket, 'Place order'),
      'the review',
      8000,
      () => textOf(ticket),
    );
    expect(textOf(ticket)).to.match(
      new RegExp(
        `${UNDERLYING} spread × 1: Buy to open 1 ${UNDERLYING} .+ Call; Sell to open 1 ${UNDERLYING} .+ Call · Limit net debit`,
      ),
    );
    await expect(ticket).to.be.accessible();

    button(ticket, 'Place order')!.click();
    await eventually(() => !!ticket.shadowRoot!.querySelector('[data-status]'), 'placed', 8000);
    const all = await spreadOrders(user);
    const [root] = roots(all);
    expect(roots(all)).to.have.length(1);
    expect(root!.Type).to.equal('Limit');
    expect(root!.Quantity).to.equal(1);
    const legs = all.filter((o) => o.ParentId === root!.Id);
    expect(legs.map((l) => [l.Symbol, l.Side, l.Quantity])).to.have.deep.members(
      strategy!.legs.map((l) => [l.symbol, l.side, 1]),
    );

    const legRows = () => [
      ...orders.shadowRoot!.querySelectorAll<HTMLTableRowElement>(`tr[data-parent="${root!.Id}"]`),
    ];
    await eventually(
      () => legRows().length === 2,
      'the legs under their root',
      8000,
      () => textOf(orders),
    );
    const rootRow = orders.shadowRoot!.querySelector<HTMLTableRowElement>(
      `tr[data-order="${root!.Id}"]`,
    )!;
    expect(rootRow.textContent).to.contain(`${UNDERLYING} spread × 1`);
    expect(rootRow.nextElementSibling).to.equal(legRows()[0] ?? null);
    expect(legRows().map((r) => r.textContent!.replace(/\s+/g, ' '))).to.satisfy(
      (texts: string[]) =>
        texts.every((t) => new RegExp(`${UNDERLYING} \\S+ \\S+ \\S+ \\d+ Call`).test(t)),
    );
    // the legs have no rows of their own
    for (const leg of legs)
      expect(orders.shadowRoot!.querySelector(`tr[data-order="${leg.Id}"]`)).to.equal(null);
  });

  it('a double click on Place sends one multi-leg order (slow network)', async () => {
    const { chain, ticket } = await desk(user);
    await tradeVertical(chain, 'put-debit-vertical');
    await eventually(() => !!field(ticket, 'Spreads'), 'the spread form');
    await fill(ticket, 'Net debit limit', '0.01'); // rests: nothing fills meanwhile
    button(ticket, 'Review order')!.click();
    await eventually(
      () => !!button(ticket, 'Place order'),
      'the review',
      8000,
      () => textOf(ticket),
    );
    await fault({ latencyMs: 700 }, user);
    const place = button(ticket, 'Place order')!;
    place.click();
    place.click();
    await ticket.updateComplete;
    button(ticket, /Plac/)?.click();
    await eventually(() => !!ticket.shadowRoot!.querySelector('[data-status]'), 'placed', 8000);
    await clearFaults(user);
    expect(roots(await spreadOrders(user))).to.have.length(1);
  });

  it('after a placement timeout it finds the spread by ClientId: placed once', async () => {
    const { chain, ticket } = await desk(user);
    ticket.setAttribute('place-timeout', '400');
    await tradeVertical(chain, 'put-credit-vertical');
    await eventually(() => !!field(ticket, 'Net credit limit'), 'a credit spread');
    await fill(ticket, 'Net credit limit', '50'); // far from the market: it rests
    button(ticket, 'Review order')!.click();
    await eventually(() => !!button(ticket, 'Place order'), 'the review', 8000);
    await fault({ latencyMs: 1200 }, user);
    button(ticket, 'Place order')!.click();
    await eventually(
      () => /Your order may still arrive/.test(textOf(ticket)),
      'unconfirmed, checking',
      4000,
    );
    await eventually(() => !!ticket.shadowRoot!.querySelector('[data-status]'), 'found', 8000);
    expect(textOf(ticket)).to.match(/It was placed once\./);
    await clearFaults(user);
    expect(roots(await spreadOrders(user))).to.have.length(1);
  });

  it('checks the spread in the browser: whole spreads and a net price, nothing sent', async () => {
    const { chain, ticket } = await desk(user);
    await tradeVertical(chain);
    await eventually(() => !!field(ticket, 'Spreads'), 'the spread form');
    await fill(ticket, 'Spreads', '1.5');
    await fill(ticket, 'Net debit limit', '');
    button(ticket, 'Review order')!.click();
    await eventually(
      () => textOf(ticket).includes('Enter a whole number of spreads, e.g. 1.'),
      'the spreads message',
    );
    expect(textOf(ticket)).to.contain('Enter the net price of one spread.');
    await fill(ticket, 'Spreads', '1');
    await fill(ticket, 'Net debit limit', '0.015');
    await eventually(
      () => textOf(ticket).includes('The net price must be a multiple of 0.01.'),
      'the tick message',
    );
    expect(button(ticket, 'Place order')).to.equal(undefined);
    expect(roots(await spreadOrders(user))).to.deep.equal([]);
  });

  it('cancels a working spread by its root: the legs end with it', async () => {
    const { chain, ticket, orders } = await desk(user);
    await tradeVertical(chain, 'call-credit-vertical');
    await eventually(() => !!field(ticket, 'Net credit limit'), 'a credit spread');
    await fill(ticket, 'Net credit limit', '50'); // far from the market: it rests
    button(ticket, 'Review order')!.click();
    await eventually(
      () => !!button(ticket, 'Place order'),
      'the review',
      8000,
      () => textOf(ticket),
    );
    button(ticket, 'Place order')!.click();
    await eventually(() => !!ticket.shadowRoot!.querySelector('[data-status]'), 'placed', 8000);
    const [root] = roots(await spreadOrders(user));
    await eventually(
      () => !!button(orders, new RegExp(`^Cancel ${UNDERLYING} spread × 1, Limit net credit`)),
      'the root’s cancel',
      8000,
      () => textOf(orders),
    );
    const replace = orders.shadowRoot!.querySelector(
      `button[data-order="${root!.Id}"][data-kind="replace"]`,
    );
    expect(replace === null).to.equal(true, 'a spread is not replaceable');
    button(orders, /^Cancel QQQ spread/)!.click();
    await eventually(() => !!button(orders, 'Yes, cancel order'), 'the confirmation');
    button(orders, 'Yes, cancel order')!.click();
    await pollUntil(
      () => spreadOrders(user),
      (all) =>
        all
          .filter((o) => o.Id === root!.Id || o.ParentId === root!.Id)
          .every((o) => o.Status === 'Canceled'),
      'root and legs cancelled on the server',
    );
  });

  it('speaks German: the builder, the spread form and its checks', async () => {
    const { chain, ticket } = await desk(user, 'de-DE');
    await eventually(
      () => !!inChain(chain, 'Kombination bauen'),
      'the chain',
      10000,
      () => textOf(chain),
    );
    inChain(chain, 'Kombination bauen')!.click();
    await eventually(() => !!inChain(chain, 'Am Geld verwenden'), 'the builder');
    await eventually(
      () => {
        inChain(chain, 'Am Geld verwenden')!.click();
        return chain.shadowRoot!.querySelectorAll('.builder .leg').length === 2;
      },
      'two legs',
      8000,
    );
    await eventually(
      () => /Nettobelastung \d/.test(textOf(chain)),
      'the net in German',
      10000,
      () => textOf(chain),
    );
    inChain(chain, 'Kombination handeln')!.click();
    await eventually(
      () => !!field(ticket, 'Kombinationen'),
      'the spread form',
      5000,
      () => textOf(ticket),
    );
    await fill(ticket, 'Kombinationen', '0');
    button(ticket, 'Order prüfen')!.click();
    await eventually(
      () => textOf(ticket).includes('Geben Sie eine ganze Zahl von Kombinationen ein, z. B. 1.'),
      'the spreads message in German',
      5000,
      () => textOf(ticket),
    );
    const words = await englishWords();
    expect(englishShown(ticket, 'de-DE', words)).to.deep.equal([]);
    expect(englishShown(chain, 'de-DE', words)).to.deep.equal([]);
  });
});

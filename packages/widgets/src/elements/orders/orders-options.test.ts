/**
 * Option and conditional orders in the blotter against the sandbox: a single option order named
 * as its contract ("SPY 16 Jan 27 600 Call", 100 shares per contract, Buy to open), its limit
 * price replaced and the order cancelled, announced in words; a bracket shown as one root row
 * (its security, "Bracket") with its legs and their prices under it, its stop loss replaced on
 * its own, cancelled as one.
 */
import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  sandbox,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, press, type } from '../../test/user.ts';
import { formatNumber } from '../../format/format.ts';
import { englishShown, englishWords } from '../../locale/english-words.test-support.ts';
import {
  pollUntil,
  restOrders,
  restPlace,
  type RestOrder,
} from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesOrders } from './orders.ts';

// SPY: no test forces its price, so a call near the money bid at 0.05 rests.
const UNDERLYING = 'SPY';
// JPM: no test forces its price, so a bracket entered at 100 rests.
const BRACKETED = 'JPM';

type ServerOrder = RestOrder & { ParentId?: number; StopPrice?: number };

async function mount(user: TestUser, locale?: string) {
  const session = await sessionFixture(html`<as-orders></as-orders>`, { user, locale });
  return session.querySelector<AutoSharesOrders>('as-orders')!;
}

/** A call near the money, as the chain lists it: its OSI symbol and strike. */
async function nearCall(user: TestUser): Promise<{ symbol: string; strike: number }> {
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/options/optionChain/${UNDERLYING}?filter=${encodeURIComponent('Range = 1')}`,
    { headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` } },
  );
  const chain = (await response.json()) as {
    Expirations: { Options: { Symbol: string; OptionType: string; StrikePrice: number }[] }[];
  };
  const call = chain.Expirations[0]!.Options.find((o) => o.OptionType === 'Call')!;
  return { symbol: call.Symbol, strike: call.StrikePrice };
}

/** A resting option order: buy to open 2 contracts at 0.05. */
const placeOptionOrder = (user: TestUser, symbol: string) =>
  restPlace(user, { Symbol: symbol, Side: 'Buy', Type: 'Limit', Price: 0.05, Quantity: 2 });

/** A resting bracket: buy 5 at 100, then sell at 300 (take profit) or at 90 (stop loss). */
const placeBracket = (user: TestUser) =>
  restPlace(user, {
    Symbol: '',
    Type: 'OneTriggerOneCancelOther',
    Legs: [
      {
        Symbol: BRACKETED,
        Side: 'Buy',
        Type: 'Limit',
        Price: 100,
        Quantity: 5,
        TimeInforce: 'Day',
      },
      {
        Symbol: BRACKETED,
        Side: 'Sell',
        Type: 'Limit',
        Price: 300,
        Quantity: 5,
        TimeInforce: 'Day',
      },
      {
        Symbol: BRACKETED,
        Side: 'Sell',
        Type: 'Stop',
        StopPrice: 90,
        Quantity: 5,
        TimeInforce: 'Day',
      },
    ],
  });

const rowOf = (el: AutoSharesOrders, id: number) =>
  el.shadowRoot!.querySelector<HTMLTableRowElement>(`tbody tr[data-order="${id}"]`);
const legRows = (el: AutoSharesOrders, id: number) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>(`tbody tr[data-parent="${id}"]`),
];
const cell = (row: Element | null | undefined, column: string) =>
  row?.querySelector(`.col-${column}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The symbol cell's name (the contract in words), without the lines under it. */
const named = (row: Element | null | undefined) =>
  row?.querySelector('.col-symbol [id]')?.textContent?.trim() ?? '';
const announced = (el: AutoSharesOrders) =>
  el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
const serverOrders = async (user: TestUser) => (await restOrders(user)) as ServerOrder[];

describe('<as-orders> with option and conditional orders', function () {
  this.timeout(20000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('names an option order as its contract; replaces its limit price, then cancels it, in words', async () => {
    const { symbol, strike } = await nearCall(user);
    const placed = await placeOptionOrder(user, symbol);
    const el = await mount(user);
    const contract = new RegExp(`^${UNDERLYING} .+ ${formatNumber(strike, 'en-US', 3)} Call$`);
    await eventually(
      () => contract.test(named(rowOf(el, placed.Id))),
      'the contract in words',
      8000,
      () => textOf(el),
    );
    const row = rowOf(el, placed.Id)!;
    expect(row.textContent).to.not.contain(symbol.trim());
    expect(cell(row, 'symbol')).to.contain('100 shares per contract');
    expect(cell(row, 'side')).to.equal('Buy to open');
    expect(cell(row, 'quantity')).to.equal('2');
    expect(cell(row, 'price')).to.equal('0.05');
    const title = named(row);

    button(el, `Replace Buy to open 2 ${title}, Limit 0.05`)!.click();
    await eventually(() => !!field(el, 'New limit price'), 'the replace form');
    expect(textOf(el.shadowRoot!.querySelector('.panel')!)).to.contain(
      `Replace the order Buy to open 2 ${title}, Limit 0.05`,
    );
    await expect(el).to.be.accessible();
    const price = field(el, 'New limit price')!;
    price.select();
    await type('0.1');
    await press('Enter');
    const replaced = await pollUntil(
      () => serverOrders(user),
      (all) =>
        all.find((o) => o.Id === placed.Id)?.Status === 'Replaced' &&
        all.some((o) => o.Symbol === symbol && o.Status === 'New' && o.Price === 0.1),
      'the sandbox replaced the limit price',
    );
    const replacement = replaced.find((o) => o.Symbol === symbol && o.Status === 'New')!;
    expect([replacement.Quantity, replacement.Side, replacement.Type]).to.deep.equal([
      2,
      'Buy',
      'Limit',
    ]);
    await eventually(() => announced(el) === `Order replaced: ${title}`, 'the replace announced');
    await eventually(
      () => cell(rowOf(el, replacement.Id), 'price') === '0.10' && !rowOf(el, placed.Id),
      'the replacement listed at 0.10',
      8000,
    );

    button(el, `Cancel Buy to open 2 ${title}, Limit 0.10`)!.click();
    await eventually(() => !!button(el, 'Yes, cancel order'), 'the confirmation');
    expect(textOf(el.shadowRoot!.querySelector('.panel')!)).to.contain(
      `Cancel the order Buy to open 2 ${title}, Limit 0.10?`,
    );
    button(el, 'Yes, cancel order')!.click();
    await pollUntil(
      () => serverOrders(user),
      (all) => all.find((o) => o.Id === replacement.Id)?.Status === 'Canceled',
      'the sandbox cancelled the option order',
    );
    await eventually(
      () =>
        announced(el).includes(`Cancel requested: Buy to open 2 ${title}, Limit 0.10`) &&
        announced(el).includes(`Order cancelled: buy to open 2 ${title}.`),
      'the cancel announced in words',
      8000,
      () => announced(el),
    );
    await eventually(() => !rowOf(el, replacement.Id), 'gone from the open orders', 8000);
  });

  it('shows a bracket as one root row (its security, Bracket) with its legs and their prices; a leg is replaced on its own, the whole cancelled as one', async () => {
    const root = await placeBracket(user);
    const el = await mount(user);
    await eventually(
      () => legRows(el, root.Id).length === 3,
      'the legs under the bracket',
      8000,
      () => textOf(el),
    );
    const row = rowOf(el, root.Id)!;
    expect(named(row)).to.equal(BRACKETED);
    expect(cell(row, 'type')).to.equal('Bracket');
    expect(cell(row, 'side')).to.equal('Buy');
    expect(cell(row, 'quantity')).to.equal('5');
    const legs = legRows(el, root.Id);
    expect(row.nextElementSibling === legs[0]).to.equal(true, 'the legs follow their root');
    expect(legs.map((l) => [cell(l, 'side'), cell(l, 'type'), cell(l, 'price')])).to.deep.equal([
      ['Buy', 'Limit', '100.00'],
      ['Sell', 'Limit', '300.00'],
      ['Sell', 'Stop', '90.00'],
    ]);
    // accepted: the entry works, the exits wait for it
    await eventually(
      () =>
        legRows(el, root.Id)
          .map((l) => cell(l, 'status'))
          .join() === 'New,Suspended,Suspended',
      'the entry working, the exits waiting',
      8000,
      () => textOf(el),
    );
    const serverLegs = (await serverOrders(user)).filter((o) => o.ParentId === root.Id);
    for (const leg of serverLegs)
      expect(rowOf(el, leg.Id) === null).to.equal(true, 'no row of its own');
    await expect(el).to.be.accessible();

    expect(rowOf(el, root.Id)!.querySelector(`button[data-kind="replace"]`) === null).to.equal(
      true,
      'a bracket is replaced leg by leg, not as a whole',
    );
    // its stop loss moves up on its own: the new leg takes the old one's place under the root
    button(el, `Replace Sell 5 ${BRACKETED}, Stop 90.00`)!.click();
    await eventually(() => !!field(el, 'New stop price'), 'the replace form for the leg');
    const stop = field(el, 'New stop price')!;
    stop.select();
    await type('95');
    await press('Enter');
    const moved = await pollUntil(
      () => serverOrders(user),
      (all) =>
        all.some((o) => o.ParentId === root.Id && o.Status === 'Replaced') &&
        all.some((o) => o.ParentId === root.Id && o.StopPrice === 95 && o.Status === 'Suspended'),
      'the sandbox replaced the stop-loss leg',
    );
    expect(moved.find((o) => o.Id === root.Id)?.Status).to.equal('New');
    await eventually(
      () =>
        legRows(el, root.Id)
          .map((l) => cell(l, 'price'))
          .join(' | ') === '100.00 | 300.00 | 95.00',
      'the moved stop under the root, the replaced leg gone',
      8000,
      () => textOf(el),
    );

    const what = `Bracket: Buy 5 ${BRACKETED}, Limit 100.00; Sell 5 ${BRACKETED}, Limit 300.00; Sell 5 ${BRACKETED}, Stop 95.00`;
    button(el, `Cancel ${what}`)!.click();
    await eventually(() => !!button(el, 'Yes, cancel order'), 'the confirmation');
    button(el, 'Yes, cancel order')!.click();
    await pollUntil(
      () => serverOrders(user),
      (all) =>
        all
          .filter((o) => o.Id === root.Id || o.ParentId === root.Id)
          .every((o) => o.Status === 'Canceled' || o.Status === 'Replaced'),
      'the bracket and its working legs cancelled on the server',
    );
    await eventually(() => !rowOf(el, root.Id), 'gone from the open orders', 8000);
  });

  it('speaks German: the contract, its multiplier and side, the bracket’s kind', async () => {
    const { symbol, strike } = await nearCall(user);
    const option = await placeOptionOrder(user, symbol);
    const bracket = await placeBracket(user);
    const el = await mount(user, 'de-DE');
    await eventually(
      () => !!rowOf(el, option.Id) && legRows(el, bracket.Id).length === 3,
      'both orders',
      8000,
      () => textOf(el),
    );
    const row = rowOf(el, option.Id)!;
    await eventually(
      () => cell(row, 'symbol').includes('100 Aktien je Kontrakt'),
      'the multiplier in German',
      8000,
      () => cell(row, 'symbol'),
    );
    const german = `^${UNDERLYING} .+ ${formatNumber(strike, 'de-DE', 3)} Call$`;
    expect(named(row)).to.match(new RegExp(german));
    expect(cell(row, 'side')).to.equal('Kauf zur Eröffnung');
    expect(cell(row, 'price')).to.equal('0,05');
    expect(cell(rowOf(el, bracket.Id), 'type')).to.equal('Bracket-Order');
    expect(englishShown(el, 'de-DE', await englishWords())).to.deep.equal([]);
  });
});

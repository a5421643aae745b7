/**
 * Every browser-side message of the ticket's option, spread, conditional and trailing fields,
 * shown on its field (aria-invalid, aria-describedby) in a real ticket against the sandbox, with
 * nothing sent. (The first messages of each kind are in order-ticket-conditional.test.ts,
 * order-ticket-options.test.ts and multi-leg/spread-ticket.test.ts; these are the rest.)
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createTestUser,
  eventually,
  sandbox,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, type } from '../../test/user.ts';
import { parseOsiSymbol } from '../../options/contract.ts';
import type { StrategyLeg } from '../../options/strategies.ts';
import { restOrders } from '../positions/portfolio.test-support.ts';
import './define.ts';
import type { AutoSharesOrderTicket } from './order-ticket.ts';

// JPM: no test forces its price; nothing here depends on it but the live quote.
const SYMBOL = 'JPM';

async function mount(user: TestUser, attrs: { symbol?: string; account?: number } = {}) {
  const session = await sessionFixture(
    html`<as-order-ticket
      symbol=${attrs.symbol ?? SYMBOL}
      quantity="10"
      account-id=${attrs.account ?? user.accountIds[0]!}
    ></as-order-ticket>`,
    { user },
  );
  const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
  await eventually(
    () => /\d/.test(el.shadowRoot!.querySelector('[data-quote="ask"]')?.textContent ?? ''),
    'live quote shown',
    8000,
  );
  return el;
}

async function fill(el: AutoSharesOrderTicket, label: string, value: string) {
  const input = field(el, label);
  if (!input) throw new Error(`no field labelled ${label}`);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

async function choose(el: AutoSharesOrderTicket, label: string, value: string) {
  const select = field<HTMLSelectElement>(el, label);
  if (!select) throw new Error(`no select labelled ${label}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The message a control is described by, if it is marked invalid. */
function messageOfControl(el: AutoSharesOrderTicket, control: Element | null | undefined) {
  if (!control || control.getAttribute('aria-invalid') !== 'true') return undefined;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => el.shadowRoot!.getElementById(id))
    .filter((n) => n?.classList.contains('field-error'))
    .map((n) => n!.textContent!.trim())
    .join(' ');
}
const messageOf = (el: AutoSharesOrderTicket, label: string) =>
  messageOfControl(el, field(el, label));
const legsMessage = (el: AutoSharesOrderTicket) =>
  messageOfControl(el, el.shadowRoot!.querySelector('[part="legs"]'));

/** Types `value` into `label` and waits for `expected` on that field. */
async function expectMessage(
  el: AutoSharesOrderTicket,
  label: string,
  value: string | undefined,
  expected: string,
) {
  if (value !== undefined) await fill(el, label, value);
  await eventually(
    () => messageOf(el, label) === expected,
    `${label} “${value ?? ''}”: ${expected}`,
    5000,
    () => String(messageOf(el, label)),
  );
}

async function review(el: AutoSharesOrderTicket) {
  button(el, 'Review order')!.click();
  await el.updateComplete;
}

/** Calls near the money of `underlying`'s nearest expiration as legs (ascending strikes). */
async function nearCallLegs(user: TestUser, underlying: string): Promise<StrategyLeg[]> {
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/options/optionChain/${underlying}?filter=${encodeURIComponent('Range = 2')}`,
    { headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` } },
  );
  const chain = (await response.json()) as {
    Expirations: { Options: { Id: number; Symbol: string; OptionType: string }[] }[];
  };
  return chain.Expirations[0]!.Options.filter((o) => o.OptionType === 'Call')
    .map((o) => ({
      ...parseOsiSymbol(o.Symbol),
      symbol: o.Symbol,
      securityId: o.Id,
      side: 'Buy' as const,
      ratio: 1,
    }))
    .sort((a, b) => a.strike - b.strike);
}

describe('<as-order-ticket> messages of the option and advanced order fields', function () {
  this.timeout(20000);
  let user: TestUser;
  let before: number;
  beforeEach(async () => {
    user = await createTestUser();
    before = (await restOrders(user)).length;
  });
  afterEach(async () => {
    expect((await restOrders(user)).length).to.equal(before, 'nothing was sent');
  });

  it('bracket, OCO and OTO prices: each wrong price has its own message', async () => {
    const el = await mount(user);
    await choose(el, 'Attach', 'Bracket');
    await choose(el, 'Order type', 'Limit');
    await fill(el, 'Limit price', '200');
    await review(el);
    await expectMessage(
      el,
      'Take profit (limit)',
      'abc',
      'Enter the take-profit price as a number, e.g. 12.50.',
    );
    await expectMessage(
      el,
      'Stop loss (stop)',
      'x',
      'Enter the stop-loss price as a number, e.g. 12.50.',
    );
    await expectMessage(
      el,
      'Take profit (limit)',
      '0',
      'The take-profit price must be greater than zero.',
    );
    await expectMessage(
      el,
      'Stop loss (stop)',
      '0',
      'The stop-loss price must be greater than zero.',
    );
    await expectMessage(
      el,
      'Take profit (limit)',
      '210.005',
      'The take-profit price must be a multiple of 0.01.',
    );
    // a short bracket: the exits are the other way round
    await choose(el, 'Side', 'SellShort');
    await expectMessage(
      el,
      'Take profit (limit)',
      '210',
      'The take profit must be below the entry price (200.00).',
    );
    await expectMessage(
      el,
      'Stop loss (stop)',
      '190',
      'The stop loss must be above the entry price (200.00).',
    );
    await choose(el, 'Side', 'Sell');
    await expectMessage(
      el,
      'Side',
      undefined,
      'A bracket or a one-triggers-other order opens a position: choose Buy or Sell short.',
    );
    // OCO: the pair against each other, by the exit's side
    await choose(el, 'Attach', 'OCO');
    await fill(el, 'Stop loss (stop)', '200');
    await expectMessage(
      el,
      'Take profit (limit)',
      '190',
      'The take profit must be above the stop loss (200.00).',
    );
    await choose(el, 'Side', 'BuyToCover');
    await expectMessage(
      el,
      'Take profit (limit)',
      '210',
      'The take profit must be below the stop loss (200.00).',
    );
    // OTO: the order it triggers
    await choose(el, 'Attach', 'OTO');
    await choose(el, 'Side', 'Buy');
    await choose(el, 'Order type', 'Limit');
    await fill(el, 'Limit price', '200');
    await expectMessage(el, 'Then limit price', '', 'Enter the price of the order it triggers.');
    await expectMessage(
      el,
      'Then limit price',
      'y',
      'Enter the price of the order it triggers as a number, e.g. 12.50.',
    );
    await choose(el, 'Side', 'SellShort');
    await expectMessage(
      el,
      'Then limit price',
      '210',
      'The price of the order it triggers must be below the entry price (200.00).',
    );
    await choose(el, 'Then', 'Stop');
    await expectMessage(
      el,
      'Then stop price',
      '190',
      'The price of the order it triggers must be above the entry price (200.00).',
    );
    expect(button(el, 'Place order')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('trailing stops: the trail and the limit offset, empty, not a number, zero, off tick', async () => {
    const el = await mount(user);
    await choose(el, 'Order type', 'TrailingStop');
    await review(el);
    await expectMessage(el, 'Trail amount', undefined, 'Enter a trailing amount.');
    await expectMessage(
      el,
      'Trail amount',
      'abc',
      'Enter the trailing amount as a number, e.g. 1.50.',
    );
    await expectMessage(el, 'Trail amount', '0', 'The trailing amount must be greater than zero.');
    await choose(el, 'Trail by', 'Persentage');
    await expectMessage(el, 'Trail percent', '', 'Enter a trailing percent.');
    await expectMessage(
      el,
      'Trail percent',
      'five',
      'Enter the trailing percent as a number, e.g. 5.',
    );
    await choose(el, 'Order type', 'TrailingStopLimit');
    await expectMessage(el, 'Limit offset', '', 'Enter the limit offset.');
    await expectMessage(el, 'Limit offset', 'z', 'Enter the limit offset as a number, e.g. 0.50.');
    await expectMessage(
      el,
      'Limit offset',
      '0.005',
      'The limit offset must be a multiple of 0.01.',
    );
    expect(button(el, 'Place order')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('spreads: the legs, the number of spreads and the net price', async () => {
    const calls = await nearCallLegs(user, 'QQQ');
    const [low, high] = [calls[0]!, calls[1]!];
    const vertical = [low, { ...high, side: 'SellShort' as const }];
    const el = await mount(user);
    el.prefillStrategy(vertical, 0.5);
    await eventually(() => !!field(el, 'Spreads'), 'the spread form');
    await fill(el, 'Spreads', '');
    await review(el);
    await expectMessage(el, 'Spreads', undefined, 'Enter the number of spreads.');
    await expectMessage(
      el,
      'Spreads',
      '2000000',
      'The quantity cannot exceed 1,000,000 contracts in one order.',
    );
    await expectMessage(
      el,
      'Net debit limit',
      'abc',
      'Enter the net price as a number, e.g. 1.25.',
    );
    await expectMessage(
      el,
      'Net debit limit',
      '0',
      'The net price must be greater than zero: choose Debit or Credit for its direction.',
    );
    await expect(el).to.be.accessible();

    // legs as a host could hand them over: each broken rule says which
    const problems: [StrategyLeg[], string][] = [
      [[low], 'A spread needs at least two legs.'],
      [
        [...calls.slice(0, 4), { ...high, strike: high.strike + 1000 }],
        'A spread has at most four legs.',
      ],
      [[low, { ...low, side: 'SellShort' }], 'Each contract can be in a spread only once.'],
      [
        [low, { ...high, underlying: 'SPY' }],
        'All legs of a spread must be options on one underlying.',
      ],
      [[low, { ...high, ratio: 1.5 }], 'Each leg needs a whole number of contracts per spread.'],
    ];
    for (const [legs, message] of problems) {
      el.prefillStrategy(legs, 0.5);
      await eventually(() => !!field(el, 'Spreads'), 'the spread form');
      await review(el);
      await eventually(
        () => legsMessage(el) === message,
        message,
        5000,
        () => String(legsMessage(el)),
      );
    }
    expect(button(el, 'Place order')).to.equal(undefined);
  });

  it('options on a cash account: no selling to open (a spread’s written leg), contracts capped', async () => {
    const calls = await nearCallLegs(user, 'QQQ');
    const el = await mount(user, { account: user.accountIds[1]! });
    el.prefill({ symbol: calls[0]!.symbol, side: 'Buy', limitPrice: 1 });
    await eventually(() => /Option, 100/.test(textOf(el)), 'the contract', 8000);
    // the side offers no Sell to open here (order-ticket-options.test.ts); a spread can ask for it
    await fill(el, 'Quantity', '2000000');
    await review(el);
    await expectMessage(
      el,
      'Quantity',
      undefined,
      'The quantity cannot exceed 1,000,000 contracts in one order.',
    );
    el.prefillStrategy([calls[0]!, { ...calls[1]!, side: 'SellShort' }], 0.5);
    await eventually(() => !!field(el, 'Spreads'), 'the spread form');
    await review(el);
    await eventually(
      () => legsMessage(el) === 'Selling options to open needs a margin account.',
      'a written leg on a cash account',
      5000,
      () => String(legsMessage(el)),
    );
    expect(button(el, 'Place order')).to.equal(undefined);
  });
});

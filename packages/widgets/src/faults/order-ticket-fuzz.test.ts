/**
 * Fault suite: order-ticket fuzz. 1,000 seeded random inputs (numbers in several digit
 * scripts, blanks, negatives, huge values, fractions of whole-share stocks, prices off the
 * tick, non-numeric text, markup) through the ticket's pure checks (`checkOrder`), then a
 * sample of 30 through the real element against the sandbox. Each input is either rejected
 * with a specific message for its field or becomes exactly the order the user meant (and is
 * previewed); nothing is ever placed without a confirmed action.
 *
 * The ticket's own tests cover double click, held Enter, timeout and retry (one order per
 * confirmed action); this file does not repeat them.
 */
import type { EquityResource } from '@autoshares/client';
import { expect, html } from '@open-wc/testing';
import {
  checkOrder,
  MAX_ORDER_QUANTITY,
  type OrderContext,
  type OrderDraft,
} from '../elements/order-ticket/order-validation.ts';
import { blankConditional } from '../elements/order-ticket/conditional-draft.ts';
import '../elements/order-ticket/define.ts';
import type { AutoSharesOrderTicket } from '../elements/order-ticket/order-ticket.ts';
import { isOnTick } from '../format/number-input.ts';
import { createTestUser, eventually, sessionFixture } from '../test/sandbox.ts';
import { button, field } from '../test/user.ts';
import { rest } from './dashboard.test-support.ts';
import {
  fuzzPrice,
  fuzzQuantity,
  seededRandom,
  type FuzzValue,
} from './order-fuzz.test-support.ts';

const SNAP: EquityResource = {
  Id: 1,
  Symbol: 'SNAP',
  TickSize: 0.01,
  AllowShort: true,
  AllowTrade: true,
  Enabled: true,
  VolumePrecision: 0,
  FractionalSettings: { AllowTrade: 'Prohibited', Precision: 0, MaxQty: 0 },
};
const CONTEXT: OrderContext = {
  security: SNAP,
  quote: { Bid: 11.2, Ask: 11.25, Last: 11.22 },
  canShort: true,
  today: '2026-11-23',
  locale: 'en-US',
};

interface FuzzCase {
  quantity: FuzzValue;
  /** Set for a limit order. */
  limit?: FuzzValue;
}

function cases(count: number, seed: number): FuzzCase[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const quantity = fuzzQuantity(random);
    return random() < 0.5 ? { quantity } : { quantity, limit: fuzzPrice(random) };
  });
}

function draftOf(c: FuzzCase): OrderDraft {
  return {
    symbol: 'SNAP',
    side: 'Buy',
    type: c.limit ? 'Limit' : 'Market',
    quantity: c.quantity.text,
    limitPrice: c.limit?.text ?? '',
    stopPrice: '',
    timeInForce: 'Day',
    expireDate: '',
    extendedHours: false,
    ...blankConditional(),
  };
}

/** A message fit to show: a sentence, not a code, a generic failure or a leaked NaN. */
function isSpecific(message: string | undefined, about: RegExp): boolean {
  return (
    typeof message === 'string' &&
    about.test(message) &&
    /\.$/.test(message) &&
    !/NaN|undefined|Infinity|null|Something went wrong/.test(message)
  );
}

describe('faults: order ticket fuzz', () => {
  it('1,000 random inputs: each is rejected with a specific message for its field, or becomes exactly the order meant', () => {
    let accepted = 0;
    for (const c of cases(1000, 20261123)) {
      const label = JSON.stringify({ quantity: c.quantity.text, limit: c.limit?.text });
      const { errors, order } = checkOrder(draftOf(c), CONTEXT);
      const quantityOk = 'accept' in c.quantity.expect;
      const limitOk = !c.limit || 'accept' in c.limit.expect;
      // exactly one outcome
      expect(Boolean(order) !== Object.keys(errors).length > 0, label).to.equal(true);
      if (quantityOk) expect(errors.quantity, label).to.equal(undefined);
      else
        expect(
          isSpecific(errors.quantity, /quantity|shares/i),
          `${label}: ${errors.quantity}`,
        ).to.equal(true);
      if (c.limit) {
        if (limitOk) expect(errors.limitPrice, label).to.equal(undefined);
        else
          expect(
            isSpecific(errors.limitPrice, /limit price/i),
            `${label}: ${errors.limitPrice}`,
          ).to.equal(true);
      }
      expect(
        Object.keys(errors).every((k) => k === 'quantity' || k === 'limitPrice'),
        label,
      ).to.equal(true);
      if (quantityOk && limitOk) {
        accepted++;
        expect(order, label).to.not.equal(undefined);
        expect(order!.Quantity).to.equal((c.quantity.expect as { accept: number }).accept);
        expect(
          Number.isInteger(order!.Quantity) && order!.Quantity! <= MAX_ORDER_QUANTITY,
        ).to.equal(true);
        if (c.limit) {
          expect(order!.Price).to.equal((c.limit.expect as { accept: number }).accept);
          expect(isOnTick(order!.Price!, SNAP.TickSize)).to.equal(true);
        } else expect(order!.Price).to.equal(undefined);
        expect(order).to.include({ Symbol: 'SNAP', Side: 'Buy', TimeInforce: 'Day' });
      } else expect(order, label).to.equal(undefined);
    }
    // the generator made both kinds in quantity
    expect(accepted).to.be.within(100, 900);
  });

  it('30 of them through the real element: a field message or a preview, and no order placed', async () => {
    const user = await createTestUser();
    const session = await sessionFixture(html`<as-order-ticket symbol="SNAP"></as-order-ticket>`, {
      user,
    });
    const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    await eventually(
      () => /\d/.test(el.shadowRoot?.querySelector('[data-quote="ask"]')?.textContent ?? ''),
      'live quote shown',
      10_000,
    );
    const ordersPath = `/v1.0/accounts/${user.accountIds[0]}/orders?pageNumber=0&pageSize=100&sortField=Id&desc=true`;
    const before = (await rest<{ Result: unknown[] }>(user, ordersPath)).Result.length;
    const set = (label: string, value: string) => {
      const input = field(el, label)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    const messageOf = (label: string) => {
      const control = field(el, label);
      if (control?.getAttribute('aria-invalid') !== 'true') return undefined;
      return (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id))
        .filter((n) => n?.classList.contains('field-error'))
        .map((n) => n!.textContent!.trim())
        .join(' ');
    };
    const serverSaid = () => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim();

    for (const c of cases(30, 7)) {
      const label = JSON.stringify({ quantity: c.quantity.text, limit: c.limit?.text });
      const type = field<HTMLSelectElement>(el, 'Order type')!;
      type.value = c.limit ? 'Limit' : 'Market';
      type.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      set('Quantity', c.quantity.text);
      if (c.limit) set('Limit price', c.limit.text);
      await el.updateComplete;
      button(el, 'Review order')!.click();
      const expected = checkOrder(draftOf(c), CONTEXT).errors;
      if (Object.keys(expected).length > 0) {
        await eventually(
          () =>
            messageOf('Quantity') === expected.quantity &&
            (!c.limit || messageOf('Limit price') === expected.limitPrice),
          `${label}: field messages shown`,
        );
      } else {
        // previewed, or refused by the server's preview with a readable reason (buying power)
        await eventually(
          () => Boolean(button(el, 'Place order')) || isSpecific(serverSaid(), /./),
          `${label}: previewed`,
          8000,
        );
        button(el, 'Edit order')?.click();
        await eventually(() => Boolean(button(el, 'Review order')), `${label}: back to editing`);
      }
    }
    const after = (await rest<{ Result: unknown[] }>(user, ordersPath)).Result.length;
    expect(after, 'orders placed without a confirmed action').to.equal(before);
  }).timeout(60_000);
});

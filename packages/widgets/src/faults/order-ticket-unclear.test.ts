/**
 * Fault suite: placements whose outcome is unclear (#13). The sandbox holds a placement's
 * processing (`placementDelayMs`), loses its answer after creating the order
 * (`dropPlacementResponse`), or fails it before it reaches the broker (`serverError`). In every
 * case the user ends with exactly one order on the server — counted over REST — and the ticket
 * shows that order; while the request may still be processed it says the order may still
 * arrive and offers no Try again.
 */
import { expect, html } from '@open-wc/testing';
import '../elements/order-ticket/define.ts';
import type { AutoSharesOrderTicket } from '../elements/order-ticket/order-ticket.ts';
import { serverOrders } from '../orders/placement/placement.test-support.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  textOf,
  type TestUser,
} from '../test/sandbox.ts';
import { button } from '../test/user.ts';

const PLACE_TIMEOUT = 300;
const WINDOW = 2000;

const status = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status');
const outcome = (el: AutoSharesOrderTicket) =>
  el.shadowRoot!.querySelector('[data-outcome]')?.getAttribute('data-outcome');

describe('faults: unclear placement outcomes', function () {
  this.timeout(20_000);
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(() => clearFaults(user));

  /** A ticket reviewing a market buy of `quantity` SNAP (the quantity marks this test's orders). */
  async function reviewed(quantity: number) {
    const session = await sessionFixture(
      html`<as-order-ticket
        symbol="SNAP"
        quantity=${quantity}
        place-timeout=${PLACE_TIMEOUT}
        confirm-window=${WINDOW}
      ></as-order-ticket>`,
      { user },
    );
    const el = session.querySelector<AutoSharesOrderTicket>('as-order-ticket')!;
    await eventually(() => Boolean(button(el, 'Review order')), 'form shown', 8000);
    await eventually(
      () => /\d/.test(el.shadowRoot?.querySelector('[data-quote="ask"]')?.textContent ?? ''),
      'quote shown',
      8000,
    );
    button(el, 'Review order')!.click();
    await eventually(() => Boolean(button(el, 'Place order')), 'review shown', 8000);
    const mine = () => serverOrders(user, (o) => o.Symbol === 'SNAP' && o.Quantity === quantity);
    expect(await mine(), 'no order yet').to.have.length(0);
    return { el, mine };
  }

  /** Waits for the placed view and checks it shows the one order the server has. */
  async function showsTheOneOrder(
    el: AutoSharesOrderTicket,
    mine: () => ReturnType<typeof serverOrders>,
  ) {
    await eventually(
      () => Boolean(status(el)),
      'the ticket shows the order',
      10_000,
      () => textOf(el),
    );
    const orders = await mine();
    expect(orders, 'orders on the server').to.have.length(1);
    expect(textOf(el)).to.contain(`Order #${orders[0]!.Id}`);
  }

  it('slow processing past the window: "may still arrive" and no Try again during the window; Try again then leaves exactly one order, shown', async () => {
    const { el, mine } = await reviewed(21);
    await fault({ placementDelayMs: WINDOW + 1500 }, user);
    button(el, 'Place order')!.click();
    await eventually(
      () => outcome(el) === 'unconfirmed',
      'unconfirmed',
      4000,
      () => textOf(el),
    );
    expect(textOf(el)).to.match(/Your order may still arrive/);
    expect(textOf(el)).not.to.match(/nothing was placed/);
    expect(button(el, 'Try again'), 'no Try again while it may arrive').to.equal(undefined);
    expect(button(el, 'Place order')).to.equal(undefined);
    await expect(el).to.be.accessible();

    // Try again comes only after the window, with an honest message.
    let offeredEarly = false;
    await eventually(
      () => {
        offeredEarly ||= outcome(el) === 'unconfirmed' && Boolean(button(el, 'Try again'));
        return Boolean(button(el, 'Try again')) || Boolean(status(el));
      },
      'Try again offered after the window',
      8000,
      () => textOf(el),
    );
    expect(offeredEarly).to.equal(false);
    if (!status(el)) {
      expect(outcome(el)).to.equal('not-found');
      expect(textOf(el)).not.to.match(/nothing was placed/);
      button(el, 'Try again')!.click();
    }
    await showsTheOneOrder(el, mine);
  });

  it('answer lost after the server placed it: the ticket finds and shows the order, never offers Try again; one order', async () => {
    const { el, mine } = await reviewed(22);
    await fault({ dropPlacementResponse: 1 }, user);
    button(el, 'Place order')!.click();
    let offered = false;
    await eventually(
      () => {
        offered ||= Boolean(button(el, 'Try again'));
        return Boolean(status(el));
      },
      'order shown',
      8000,
      () => textOf(el),
    );
    expect(offered).to.equal(false);
    await showsTheOneOrder(el, mine);
  });

  it('slow processing and a lost answer: Try again when offered is refused as a duplicate and the order is shown; one order', async () => {
    const { el, mine } = await reviewed(23);
    await fault({ placementDelayMs: WINDOW + 1000, dropPlacementResponse: true }, user);
    button(el, 'Place order')!.click();
    await eventually(
      () => Boolean(button(el, 'Try again')) || Boolean(status(el)),
      'Try again offered after the window',
      8000,
      () => textOf(el),
    );
    button(el, 'Try again')?.click();
    await showsTheOneOrder(el, mine);
  });

  it('failed before it reached the server: "nothing was placed", Try again places exactly one order, shown', async () => {
    const { el, mine } = await reviewed(24);
    await fault({ serverError: { count: 1, status: 503 } }, user);
    button(el, 'Place order')!.click();
    await eventually(
      () => outcome(el) === 'not-placed',
      'not placed',
      8000,
      () => textOf(el),
    );
    expect(textOf(el)).to.match(/nothing was placed/);
    expect(await mine()).to.have.length(0);
    await expect(el).to.be.accessible();
    button(el, 'Try again')!.click();
    await showsTheOneOrder(el, mine);
  });
});

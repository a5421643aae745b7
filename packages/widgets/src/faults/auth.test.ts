/**
 * Fault suite: the token expires mid-session (the sandbox's `expireTokens` fault, scoped to the
 * test user's token). With a `tokenProvider` the session refreshes without any element showing
 * an error; without one every element shows the signed-out state and recovers when a token
 * arrives.
 */
import { expect } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  fault,
  nextEvent,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';
import {
  DASHBOARD,
  freshToken,
  notShowingData,
  rest,
  shownState,
  watchStates,
  widgetsIn,
  allShowData,
} from './dashboard.test-support.ts';

interface PlacedOrder {
  Id: number;
}

/** A far-from-market limit order placed with a token of its own; its stream event makes the
 *  elements refetch the account (orders, positions, balance) with the session's token. */
async function placeOrderElsewhere(user: TestUser): Promise<PlacedOrder> {
  return rest<PlacedOrder>(user, `/v1.0/accounts/${user.accountIds[0]}/orders`, {
    method: 'POST',
    token: await freshToken(user),
    body: {
      Symbol: 'KO',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 1,
      Price: 1,
      TimeInforce: 'GoodTillCancel',
    },
  });
}

const ordersShow = (root: Element, id: number) =>
  Boolean(root.querySelector('as-orders')?.shadowRoot?.querySelector(`tr[data-order="${id}"]`));

describe('faults: token expiry mid-session', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  it('refreshes a 401 through tokenProvider with no element ever showing an error or signed-out', async () => {
    let asked = 0;
    const session = await sessionFixture(DASHBOARD, {
      appKey: user.appKey,
      tokenProvider: async () => {
        asked++;
        const token = asked === 1 ? user.token : await freshToken(user);
        return { access_token: token, expires_at: Date.now() + 3_600_000 };
      },
    });
    await allShowData(session, 15_000);
    const watch = watchStates(session, ['error', 'signed-out']);
    const askedBefore = asked;

    await fault({ expireTokens: true }, user); // the token the session holds now answers 401
    const order = await placeOrderElsewhere(user);

    await eventually(() => asked > askedBefore, 'the provider is asked for a fresh token', 10_000);
    await eventually(() => ordersShow(session, order.Id), 'the new order is listed', 10_000);
    expect(notShowingData(session)).to.deep.equal([]);
    expect(watch.stop(), 'states seen during the refresh').to.deep.equal([]);
  }).timeout(30_000);

  it('without a provider: every element shows signed-out, then recovers when a token arrives', async () => {
    const session = await sessionFixture(DASHBOARD, { user });
    await allShowData(session, 15_000);
    const required = nextEvent(session, 'as-auth-required');

    await fault({ expireTokens: true }, user);
    await placeOrderElsewhere(user);

    expect((await required).reason).to.equal('token-rejected');
    await eventually(
      () => widgetsIn(session).every((el) => shownState(el) === 'signed-out'),
      'every element shows signed-out',
      10_000,
    );
    const orders = session.querySelector('as-orders')!;
    expect(orders.shadowRoot!.textContent).to.match(/signed out/i);
    await expect(orders).to.be.accessible();

    session.token = await freshToken(user);
    await allShowData(session, 15_000);
  }).timeout(30_000);
});

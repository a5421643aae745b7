/**
 * The placement controller's decisions against the real sandbox through the real client:
 * what it says while an answer is missing, when it offers Try again, and how many orders the
 * server ends up with (counted over REST, by the action's ClientId).
 */
import { expect } from '@open-wc/testing';
import { AutoSharesClient } from '@autoshares/client';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sandbox,
  type TestUser,
} from '../../test/sandbox.ts';
import {
  DELAYED_NOTICE,
  DUPLICATE_NOTICE,
  PlacementController,
  type PlacementState,
  type PlacementTiming,
} from './placement-controller.ts';
import { serverOrders } from './placement.test-support.ts';

const TIMING: PlacementTiming = { placeTimeoutMs: 300, windowMs: 2500, recheckMs: 200 };

describe('PlacementController (real sandbox client)', function () {
  this.timeout(20_000);
  let user: TestUser;
  let client: AutoSharesClient;
  let placement: PlacementController;
  let seen: PlacementState['kind'][];
  let timing: PlacementTiming;

  beforeEach(async () => {
    user = await createTestUser();
    client = new AutoSharesClient({
      baseUrl: sandbox().apiUrl,
      appKey: user.appKey,
      token: user.token,
    });
    seen = [];
    timing = TIMING;
    placement = new PlacementController(
      () => client.api.orders,
      () => timing,
      { onChange: () => seen.push(placement.state.kind) },
    );
  });
  afterEach(async () => {
    placement.reset();
    client.dispose();
    await clearFaults(user);
  });

  const kind = () => placement.state.kind;
  const withClientId = () =>
    serverOrders(user, (o) => o.ClientId === placement.clientId).then((list) => list.length);

  async function reviewed(quantity: number) {
    const ok = await placement.review(user.accountIds[0]!, {
      Symbol: 'SNAP',
      Side: 'Buy',
      Type: 'Market',
      Quantity: quantity,
      TimeInforce: 'Day',
    });
    expect(ok, 'preview shown').to.equal(true);
  }

  it('slow processing: unconfirmed while the request runs (no retry possible), then confirmed once', async () => {
    await reviewed(11);
    await fault({ placementDelayMs: 2000 }, user);
    const placing = placement.place();
    void placement.place(); // a second click does nothing
    await eventually(() => kind() === 'unconfirmed', 'unconfirmed after the timeout', 3000);
    await placement.retry(); // not offered: ignored
    expect(kind()).to.equal('unconfirmed');
    expect(await withClientId(), 'not created yet').to.equal(0);
    await placing;
    expect(kind()).to.equal('confirmed');
    const state = placement.state as Extract<PlacementState, { kind: 'confirmed' }>;
    expect(state.notice).to.equal(DELAYED_NOTICE);
    expect(state.order.ClientId).to.equal(placement.clientId);
    expect(await withClientId()).to.equal(1);
    expect(seen).not.to.include('absent');
  });

  it('answer lost after the server placed it: the look-up after the request ended finds it; never "absent"', async () => {
    await reviewed(12);
    await fault({ dropPlacementResponse: 1 }, user);
    await placement.place();
    expect(kind()).to.equal('confirmed');
    expect(seen).not.to.include('absent');
    expect(await withClientId()).to.equal(1);
  });

  it('failed before reaching the server: absent, then Try again re-sends the same ClientId and places exactly one', async () => {
    await reviewed(13);
    await fault({ serverError: { count: 1, status: 500 } }, user);
    await placement.place();
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: false });
    const clientId = placement.clientId;
    expect(await withClientId()).to.equal(0);
    await placement.retry();
    expect(kind()).to.equal('confirmed');
    expect(placement.clientId).to.equal(clientId);
    expect(placement.attempts).to.equal(2);
    expect(await withClientId()).to.equal(1);
  });

  it('look-ups failing when a decision is due: "unknown" (no Try again); Check again decides, then Try again places one', async () => {
    await reviewed(18);
    // The placement's 500, then the look-up's three attempts (the client retries a GET twice).
    await fault({ serverError: { count: 4, status: 500 } }, user);
    await placement.place();
    expect(kind()).to.equal('unknown');
    await placement.retry(); // not offered: ignored
    expect(kind()).to.equal('unknown');
    await placement.checkAgain();
    expect(placement.state).to.include({ kind: 'absent' });
    expect(await withClientId()).to.equal(0);
    await placement.retry();
    expect(kind()).to.equal('confirmed');
    expect(await withClientId()).to.equal(1);
  });

  it('processing longer than the window: absent only after the window; Try again is refused as a duplicate and the order is shown, once', async () => {
    timing = { placeTimeoutMs: 300, windowMs: 1500, recheckMs: 200 };
    await reviewed(14);
    await fault({ placementDelayMs: 2500 }, user);
    await placement.place();
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: true });
    expect(seen.indexOf('unconfirmed')).to.be.lessThan(seen.indexOf('absent'));
    const clientId = placement.clientId;
    await placement.retry();
    await eventually(() => kind() === 'confirmed', 'confirmed after the duplicate', 6000);
    const state = placement.state as Extract<PlacementState, { kind: 'confirmed' }>;
    expect(state.notice).to.equal(DUPLICATE_NOTICE);
    expect(placement.clientId).to.equal(clientId);
    expect(seen).not.to.include('rejected');
    expect(await withClientId()).to.equal(1);
  });

  it('a refusal is "rejected" with nothing placed; Place again is a new action with a new ClientId', async () => {
    await reviewed(15);
    await fault({ serverError: { count: 1, status: 400 } }, user);
    await placement.place();
    expect(kind()).to.equal('rejected');
    const refused = placement.clientId;
    expect(await withClientId()).to.equal(0);
    await placement.place();
    expect(kind()).to.equal('confirmed');
    expect(placement.clientId).not.to.equal(refused);
    expect(await withClientId()).to.equal(1);
  });

  it("a placement still waiting in the client's rate limiter at the window's end is aborted: known absent, never sent later; Try again places one", async () => {
    // One orders request per 2.5 s: the preview takes it, so the placement waits in the browser.
    client.dispose();
    client = new AutoSharesClient({
      baseUrl: sandbox().apiUrl,
      appKey: user.appKey,
      token: user.token,
      limits: { orders: { limit: 1, windowMs: 2500 } },
    });
    timing = { placeTimeoutMs: 300, windowMs: 1000, recheckMs: 200 };
    const reviewedAt = performance.now();
    await reviewed(17);
    await placement.place();
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: false });
    expect(seen).to.include('unconfirmed');
    // Past the moment the limiter would have let it go: it was not sent then either.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, reviewedAt + 3500 - performance.now())),
    );
    expect(await withClientId()).to.equal(0);
    await placement.retry();
    expect(kind()).to.equal('confirmed');
    expect(await withClientId()).to.equal(1);
  });

  it('a stream message with the ClientId confirms an unconfirmed order at once', async () => {
    await reviewed(16);
    await fault({ placementDelayMs: 1500 }, user);
    const placing = placement.place();
    await eventually(() => kind() === 'unconfirmed', 'unconfirmed', 3000);
    placement.onOrderMessage({ Id: 1, ClientId: 'someone-else', Status: 'New' });
    expect(kind()).to.equal('unconfirmed');
    placement.onOrderMessage({ Id: 2, ClientId: placement.clientId, Status: 'New' });
    expect(kind()).to.equal('confirmed');
    await placing;
    expect(placement.order?.Id, 'the stream message is kept').to.equal(2);
  });
});

/**
 * The placement controller against the real sandbox through the real client, one test per
 * outcome: what it says while an answer is missing, when it offers Try again, and how many
 * orders the server ends up with (counted over REST, by the action's ClientId).
 */
import { expect } from '@open-wc/testing';
import { AutoSharesClient, type CreateOrderResource, type OrderResource } from '@autoshares/client';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sandbox,
  type TestUser,
  waitUntil,
} from '../../test/sandbox.ts';
import { orderPlacement } from './order-placement.ts';
import { PlacementController } from './placement-controller.ts';
import type { PlacementState, PlacementTiming } from './placement-state.ts';
import { serverOrders } from './placement.test-support.ts';

/** Answers come in time, however loaded the machine: the tests of what an answer does. */
const TIMING: PlacementTiming = { placeTimeoutMs: 8000, windowMs: 2500, recheckMs: 200 };
/** For the tests of a placement that times out (the sandbox holds its answer for seconds). */
const TIMES_OUT: PlacementTiming = { placeTimeoutMs: 300, windowMs: 2500, recheckMs: 200 };

const order = (quantity: number): CreateOrderResource => ({
  Symbol: 'SNAP',
  Side: 'Buy',
  Type: 'Market',
  Quantity: quantity,
  TimeInforce: 'Day',
});

describe('PlacementController (real sandbox client)', function () {
  this.timeout(20_000);
  let user: TestUser;
  let client: AutoSharesClient;
  let placement: PlacementController<OrderResource>;
  let seen: PlacementState<OrderResource>['kind'][];
  let confirmed: OrderResource[];
  let timing: PlacementTiming;

  function connect(limits?: ConstructorParameters<typeof AutoSharesClient>[0]['limits']) {
    client = new AutoSharesClient({
      baseUrl: sandbox().apiUrl,
      appKey: user.appKey,
      token: user.token,
      ...(limits ? { limits } : {}),
    });
  }

  beforeEach(async () => {
    user = await createTestUser();
    connect();
    seen = [];
    confirmed = [];
    timing = TIMING;
    placement = new PlacementController<OrderResource>(() => timing, {
      onChange: () => seen.push(placement.state.kind),
      onConfirmed: (result) => confirmed.push(result),
    });
  });
  afterEach(async () => {
    placement.reset();
    client.dispose();
    await clearFaults(user);
  });

  const kind = () => placement.state.kind;
  const request = (quantity: number) =>
    orderPlacement(client.api.orders, user.accountIds[0]!, order(quantity));
  const withClientId = (clientId = placement.clientId) =>
    serverOrders(user, (o) => o.ClientId === clientId).then((list) => list.length);
  const confirmedBy = () =>
    (placement.state as Extract<typeof placement.state, { by: unknown }>).by;

  it('answered: confirmed with the server’s order; a second Place meanwhile sends nothing more', async () => {
    const [newest] = await serverOrders(user, () => true);
    const placing = placement.place(request(10));
    void placement.place(request(10)); // a double click does nothing
    await placing;
    expect(kind()).to.equal('confirmed');
    expect(confirmedBy()).to.equal('answered');
    expect(placement.result?.ClientId).to.equal(placement.clientId);
    expect(confirmed, 'told once').to.have.length(1);
    expect(await withClientId()).to.equal(1);
    const placed = await serverOrders(user, (o) => o.Id > (newest?.Id ?? 0));
    expect(placed, 'one new order in all').to.have.length(1);
  });

  it('rejected: the server’s reason is kept, nothing is placed; Place again is a new action with a new ClientId', async () => {
    await placement.place(
      orderPlacement(client.api.orders, user.accountIds[0]!, {
        ...order(19),
        Side: 'Sideways' as CreateOrderResource['Side'],
      }),
    );
    expect(kind()).to.equal('rejected');
    const state = placement.state as Extract<typeof placement.state, { kind: 'rejected' }>;
    const error = state.error as { code?: string; fieldErrors?: Record<string, string[]> };
    expect(error.code).to.equal('validation');
    expect(Object.keys(error.fieldErrors ?? {}), 'the server’s reason').to.include(
      'placeParams.Side',
    );
    const refused = placement.clientId;
    expect(await withClientId()).to.equal(0);
    await placement.place(request(15));
    expect(kind()).to.equal('confirmed');
    expect(placement.clientId).not.to.equal(refused);
    expect(await withClientId()).to.equal(1);
    expect(await withClientId(refused)).to.equal(0);
  });

  it('timed out, then the late answer confirms it once: unconfirmed meanwhile (no Try again)', async () => {
    timing = TIMES_OUT;
    await fault({ placementDelayMs: 2000 }, user);
    const placing = placement.place(request(11));
    await eventually(() => kind() === 'unconfirmed', 'unconfirmed after the timeout', 3000);
    await placement.retry(); // not offered: ignored
    expect(kind()).to.equal('unconfirmed');
    expect(await withClientId(), 'not created yet').to.equal(0);
    await placing;
    expect(kind()).to.equal('confirmed');
    expect(confirmedBy()).to.equal('late');
    expect(placement.result?.ClientId).to.equal(placement.clientId);
    expect(await withClientId()).to.equal(1);
    expect(seen).not.to.include('absent');
  });

  it('timed out and the answer lost: found by ClientId, confirmed once, never "absent"', async () => {
    timing = TIMES_OUT;
    await fault({ placementDelayMs: 1000, dropPlacementResponse: true }, user);
    const placing = placement.place(request(21));
    await eventually(() => kind() === 'unconfirmed', 'unconfirmed after the timeout', 3000);
    await placing;
    expect(kind()).to.equal('confirmed');
    expect(confirmedBy()).to.equal('late');
    expect(seen).not.to.include('absent');
    expect(await withClientId()).to.equal(1);
  });

  it('timed out and not found when the window ran out: "absent" only then, never "confirmed"; the order turns up later on the server', async () => {
    timing = { placeTimeoutMs: 300, windowMs: 1500, recheckMs: 200 };
    await fault({ placementDelayMs: 4000 }, user);
    await placement.place(request(22));
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: true });
    expect(seen.indexOf('unconfirmed')).to.be.greaterThan(-1);
    expect(seen.indexOf('unconfirmed')).to.be.lessThan(seen.indexOf('absent'));
    expect(seen).not.to.include('confirmed');
    expect(await withClientId(), 'not on the server when it was said').to.equal(0);
    // Still being processed: the server creates it after all (what "most likely" allows for).
    await waitUntil(async () => (await withClientId()) === 1, 'created late', {
      timeout: 8000,
      interval: 200,
    });
  });

  it('look-ups failing when a decision is due: "unknown" (no Try again); Check again decides, then Try again places one', async () => {
    // The placement's 500, then the look-up's three attempts (the client retries a GET twice).
    await fault({ serverError: { count: 4, status: 500 } }, user);
    await placement.place(request(18));
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

  it('lost response (dropPlacementResponse): the look-up after the request ended finds it; never "absent"', async () => {
    await fault({ dropPlacementResponse: 1 }, user);
    await placement.place(request(12));
    expect(kind()).to.equal('confirmed');
    expect(confirmedBy()).to.equal('late');
    expect(seen).not.to.include('absent');
    expect(await withClientId()).to.equal(1);
  });

  it('Try again reuses the ClientId: failed before the server, absent, then exactly one order', async () => {
    await fault({ serverError: { count: 1, status: 500 } }, user);
    await placement.place(request(13));
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: false });
    const clientId = placement.clientId;
    expect(await withClientId()).to.equal(0);
    await placement.retry();
    expect(kind()).to.equal('confirmed');
    expect(placement.clientId).to.equal(clientId);
    expect(placement.attempts).to.equal(2);
    expect(await withClientId()).to.equal(1);
  });

  it('duplicate ClientId: Try again answered 409 while the first attempt is still processed; resolved by the look-up, once', async () => {
    timing = { placeTimeoutMs: 300, windowMs: 1500, recheckMs: 200 };
    await fault({ placementDelayMs: 2500 }, user);
    await placement.place(request(14));
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: true });
    const clientId = placement.clientId;
    await placement.retry();
    await eventually(() => kind() === 'confirmed', 'confirmed after the duplicate', 6000);
    expect(confirmedBy()).to.equal('duplicate');
    expect(placement.clientId).to.equal(clientId);
    expect(seen).not.to.include('rejected');
    expect(await withClientId()).to.equal(1);
  });

  it('abort of an unsent placement (New order while it waits in the client’s rate limiter): never sent later', async () => {
    // One orders request per 2.5 s: the preview takes it, so the placement waits in the browser.
    client.dispose();
    connect({ orders: { limit: 1, windowMs: 2500 } });
    await client.api.orders.preview(user.accountIds[0]!, order(23));
    const placing = placement.place(request(23));
    const clientId = placement.clientId;
    expect(kind()).to.equal('placing');
    placement.reset();
    await placing;
    expect(kind()).to.equal('idle');
    // The limiter lets requests go in order: once a later one is through, the aborted one
    // would have been sent before it.
    await client.api.orders.preview(user.accountIds[0]!, order(23));
    expect(await withClientId(clientId)).to.equal(0);
  });

  it("a placement still waiting in the client's rate limiter at the window's end is aborted: known absent, never sent later; Try again places one", async () => {
    client.dispose();
    connect({ orders: { limit: 1, windowMs: 2500 } });
    timing = { placeTimeoutMs: 300, windowMs: 1000, recheckMs: 200 };
    await client.api.orders.preview(user.accountIds[0]!, order(17));
    await placement.place(request(17));
    expect(placement.state).to.include({ kind: 'absent', windowRanOut: false });
    expect(seen).to.include('unconfirmed');
    await client.api.orders.preview(user.accountIds[0]!, order(17)); // past the limiter's release
    expect(await withClientId()).to.equal(0);
    timing = { placeTimeoutMs: 300, windowMs: 6000, recheckMs: 200 }; // room to wait in the limiter
    await placement.retry();
    expect(kind()).to.equal('confirmed');
    expect(await withClientId()).to.equal(1);
  });

  it('the stream showing the ClientId confirms an unconfirmed placement at once; another ClientId does not', async () => {
    timing = TIMES_OUT;
    await fault({ placementDelayMs: 1500 }, user);
    const placing = placement.place(request(16));
    await eventually(() => kind() === 'unconfirmed', 'unconfirmed', 3000);
    placement.observed('someone-else', { Id: 1, ClientId: 'someone-else', Status: 'New' });
    expect(kind()).to.equal('unconfirmed');
    placement.observed(placement.clientId, { Id: 2, ClientId: placement.clientId, Status: 'New' });
    expect(kind()).to.equal('confirmed');
    await placing;
    expect(placement.result?.Id, 'the stream message is kept').to.equal(2);
    expect(confirmed, 'told once').to.have.length(1);
    expect(await withClientId(), 'the late answer placed nothing more').to.equal(1);
  });
});

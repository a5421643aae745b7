/**
 * Fault suite: streamer sockets dropped again and again (the sandbox's `faults/sockets` drop,
 * for the test user only) while orders fill and prices move during the gaps. After recovery
 * every element shows exactly the server's state, compared with REST data read independently.
 *
 * Bounded: 12 drops, not the 100. Each recovery costs ~6 REST calls (streamer session
 * recovery for both streamers, and a refetch of what the data stream keeps current), and the
 * client's own limiter (120 queries a minute) rightly holds requests back after ~18 gaps in a
 * minute, so 100 gaps would take minutes. The test skips the reconnect backoff with the
 * client's public `stream.reconnectNow()` ("retry now").
 * The market is paused and driven with `/__sandbox/step`, so fills and prices are known.
 */
import { expect, html } from '@open-wc/testing';
import type { AutoSharesSession } from '../session/as-session.ts';
import { formatMoney, formatNumber, formatPrice } from '../shared/format.ts';
import { isOpenOrder } from '../elements/orders/order-view.ts';
import {
  createTestUser,
  dropSockets,
  eventually,
  sandbox,
  sessionFixture,
  type TestUser,
} from '../test/sandbox.ts';
import { allShowData, notShowingData, rest } from './dashboard.test-support.ts';
import type { OrderResource } from '@autoshares/client';

const DROPS = 12;
const SYMBOLS = ['KO', 'PEP', 'NFLX'];

async function control(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox().url}/__sandbox${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const shadowText = (el: Element | null, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

interface Position {
  Symbol: string;
  Quantity: number;
}

/** What the elements show vs what REST says; empty when they agree. */
async function mismatches(session: AutoSharesSession, user: TestUser, lastPrice: number) {
  const account = user.accountIds[0]!;
  const found: string[] = [];
  const page = await rest<{ Result: Position[] }>(
    user,
    `/v1.0/accounts/${account}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false`,
  );
  const positions = session.querySelector('as-positions')!;
  const shownSymbols = [...positions.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map(
    (r) => r.dataset.symbol,
  );
  const restSymbols = page.Result.map((p) => p.Symbol);
  if ([...shownSymbols].sort().join() !== [...restSymbols].sort().join())
    found.push(`positions: shown ${shownSymbols.join()} vs ${restSymbols.join()}`);
  for (const p of page.Result) {
    const shown = shadowText(positions, `tbody tr[data-symbol="${p.Symbol}"] .col-quantity`);
    if (shown !== formatNumber(p.Quantity, 'en-US'))
      found.push(`${p.Symbol} quantity ${shown} vs ${p.Quantity}`);
  }

  const orders = await rest<{ Result: OrderResource[] }>(
    user,
    `/v1.0/accounts/${account}/orders?pageNumber=0&pageSize=100&sortField=Id&desc=true`,
  );
  const open = orders.Result.filter(isOpenOrder)
    .map((o) => String(o.Id))
    .sort();
  const ordersEl = session.querySelector('as-orders')!;
  const shownOrders = [...ordersEl.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-order]')]
    .map((r) => r.dataset.order!)
    .sort();
  if (open.join() !== shownOrders.join())
    found.push(`open orders: shown ${shownOrders.join()} vs ${open.join()}`);

  const balance = await rest<{ cash: number; pendingOrdersCount: number }>(
    user,
    `/v1.0/accounts/${account}/info`,
  );
  const summary = session.querySelector('as-account-summary')!;
  const cash = shadowText(summary, '[data-figure="cash"] [part~="value"]');
  if (cash !== formatMoney(balance.cash, 'en-US'))
    found.push(`cash ${cash} vs ${formatMoney(balance.cash, 'en-US')}`);

  const last = shadowText(session.querySelector('as-quote'), '[data-field="last"]');
  if (last !== formatPrice(lastPrice, 'en-US')) found.push(`AAPL last ${last} vs ${lastPrice}`);
  return found;
}

describe('faults: dropped sockets', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
    await control('/market', { paused: true });
  });
  afterEach(() => control('/market', { paused: false }));

  it(`after ${DROPS} drops in a row with fills and price moves in the gaps, every element shows the server's state`, async () => {
    const session = await sessionFixture(
      html`<as-positions></as-positions>
        <as-orders></as-orders>
        <as-account-summary></as-account-summary>
        <as-quote symbol="AAPL"></as-quote>`,
      { user },
    );
    await allShowData(session, 15_000);
    const client = session.session!.client;
    const bothOpen = () =>
      client.stream.status('quote') === 'open' && client.stream.status('data') === 'open';
    await eventually(bothOpen, 'streams open', 10_000);

    let lastPrice = 0;
    const account = user.accountIds[0]!;
    for (let i = 0; i < DROPS; i++) {
      const { dropped } = await dropSockets(user.userId);
      expect(dropped, `drop ${i + 1} found the sockets`).to.be.greaterThan(0);
      await eventually(() => !bothOpen(), `the client noticed drop ${i + 1}`, 5000);
      if (i % 3 === 0) {
        // An order placed and filled while the sockets are down; another left open.
        const symbol = SYMBOLS[i % SYMBOLS.length]!;
        const market = i % 2 === 0;
        await rest(user, `/v1.0/accounts/${account}/orders`, {
          method: 'POST',
          body: market
            ? { Symbol: symbol, Type: 'Market', Side: 'Buy', Quantity: 2, TimeInforce: 'Day' }
            : {
                Symbol: symbol,
                Type: 'Limit',
                Side: 'Buy',
                Quantity: 1,
                Price: 1,
                TimeInforce: 'GoodTillCancel',
              },
        });
        await control('/step', { ticks: 0 });
        await control('/step', { ticks: 0 });
      }
      lastPrice = Math.round((200 + i) * 100) / 100 + 0.37;
      await control('/prices', { symbol: 'AAPL', price: lastPrice });
      client.stream.reconnectNow();
      await eventually(bothOpen, `streams reopened after drop ${i + 1}`, 10_000);
    }

    // Bounded polling: the elements catch up after the last gap (resync refetches).
    let found = await mismatches(session, user, lastPrice);
    for (let polls = 0; found.length > 0 && polls < 50; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = await mismatches(session, user, lastPrice);
    }
    expect(found).to.deep.equal([]);
    expect(notShowingData(session)).to.deep.equal([]);
  }).timeout(60_000);
});

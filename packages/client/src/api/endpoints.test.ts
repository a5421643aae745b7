/**
 * Every endpoint function against the real sandbox over HTTP on 127.0.0.1, and the documented
 * error shapes the sandbox produces for bad inputs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AutoSharesError } from '../errors.ts';
import { eq, gte } from '../filter/filter.ts';
import { HttpTransport } from '../http/transport.ts';
import { RateLimiter } from '../http/limiter.ts';
import { TokenManager } from '../auth/token-manager.ts';
import type { AutoSharesClient } from '../client.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import { isCode } from '../test-support/errors.ts';

const DAY = 86_400_000;

let h: SandboxHarness;
let user: SandboxUser;
let client: AutoSharesClient;
let accountId: number;

before(async () => {
  h = await startHarness();
  user = await h.createUser();
  client = h.client(user);
  accountId = user.accountIds[0]!;
});
after(() => h.close());

describe('users and accounts', () => {
  test('info, accounts, balance, balance-info and account history', async () => {
    const info = await client.api.users.info();
    assert.equal(info.UserId, user.userId);
    assert.equal(typeof info.AddedDate, 'number', 'dates come back as epoch ms');
    assert.equal((await client.api.users.info({ userId: user.userId })).UserId, user.userId);

    const accounts = await client.api.users.accounts();
    assert.deepEqual(accounts.map((a) => a.Id).sort(), [...user.accountIds].sort());

    const balance = await client.api.users.balance(accountId);
    assert.equal(typeof balance.cash, 'number');
    assert.equal(typeof balance.stockBuyingPower, 'number');
    const total = await client.api.users.balanceInfo();
    assert.ok((total.netLiquidity ?? 0) >= balance.netLiquidity, 'aggregated over all accounts');

    const now = Date.now();
    const history = await client.api.users.history(accountId, { from: now - 30 * DAY, to: now });
    assert.ok(history.length > 5);
    assert.ok(
      history.every(
        (p) => typeof p.Date === 'number' && p.Date >= now - 31 * DAY && p.Date <= now + DAY,
      ),
    );
  });

  test('unknown user, another user, userId as accountId, wrong app key', async () => {
    await assert.rejects(
      client.api.users.info({ userId: 99_999_999 }),
      (e: unknown) => isCode('server_error')(e) && (e as AutoSharesError).status === 500,
    );
    const stranger = await h.createUser();
    const other = h.client(user);
    const signedOut: string[] = [];
    other.onAuthRequired((e) => signedOut.push(e.reason));
    await assert.rejects(
      other.api.users.balance(stranger.accountIds[0]!),
      (e: unknown) => isCode('unauthorized')(e) && (e as AutoSharesError).status === 401,
    );
    assert.deepEqual(
      signedOut,
      ['token-rejected'],
      'a static token has nowhere to turn: the session signs out',
    );
    await assert.rejects(client.api.users.balance(user.userId), isCode('server_error'));
    const badKey = h.client(user, { appKey: 'not-the-key' });
    await assert.rejects(
      badKey.api.users.accounts(),
      (e: unknown) => isCode('app_key_invalid')(e) && /app key/.test((e as Error).message),
    );
  });
});

describe('securities', () => {
  test('equity by ticker and id, lookup, filtered list', async () => {
    const aapl = await client.api.securities.equity('AAPL');
    assert.equal(aapl.Symbol, 'AAPL');
    assert.equal((await client.api.securities.equity(aapl.Id!)).Symbol, 'AAPL');
    const found = await client.api.securities.lookup('AAP', { count: 5 });
    assert.ok(found.some((e) => e.Symbol === 'AAPL') && found.length <= 5);
    const page = await client.api.securities.equities({
      pageSize: 2,
      filter: eq('Symbol', 'MSFT'),
    });
    assert.deepEqual(
      page.items.map((e) => e.Symbol),
      ['MSFT'],
    );
    const two = await client.api.securities.equities({ pageSize: 2 });
    assert.equal(two.items.length, 2);
    assert.ok(two.totalCount > 2 && two.hasNextPage);
    await assert.rejects(client.api.securities.equity('NOSUCHTICKER'), isCode('not_found'));
    // Quotes inside a literal are escaped by the filter builder: no injection, just no match.
    const escaped = await client.api.securities.equities({
      filter: eq('Symbol', "AAPL' or Symbol = 'MSFT"),
    });
    assert.deepEqual(escaped.items, []);
  });

  test('options: chain, expirations, one option by OSI symbol', async () => {
    const expirations = await client.api.securities.expirations('AAPL');
    assert.ok(expirations.length > 0 && typeof expirations[0]!.ExpirationDate === 'number');
    const chain = await client.api.securities.optionChain('AAPL');
    const first = chain.Expirations?.[0]?.Options?.[0];
    assert.ok(first?.Symbol?.includes(' '), 'OSI symbols are space-padded');
    const option = await client.api.securities.option(first!.Symbol!);
    assert.equal(option.Id, first!.Id);
    const page = await client.api.securities.options({
      pageSize: 3,
      filter: eq('UnderlyingAssetSymbol', 'AAPL'),
    });
    assert.equal(page.items.length, 3);
  });
});

describe('orders', () => {
  test('preview: a business rejection is order_rejected with a readable message; a good order previews', async () => {
    await assert.rejects(
      client.api.orders.preview(accountId, {
        Symbol: 'AAPL',
        Type: 'Limit',
        Side: 'Buy',
        Quantity: 1,
      }),
      (e: unknown) =>
        isCode('order_rejected')(e) &&
        (e as AutoSharesError).details.errorDescription === 'LimitPriceUndefined' &&
        (e as Error).message === 'Enter a limit price for a limit order.',
    );
    const preview = await client.api.orders.preview(accountId, {
      Symbol: 'AAPL',
      Type: 'Market',
      Side: 'Buy',
      Quantity: 1,
    });
    assert.equal(preview.IsSuccessful, true);
    assert.ok((preview.TotalCost ?? 0) > 0);
  });

  test('place, get, list with status filter, details, replace, cancel, limits, findByClientId', async () => {
    const price = 10; // far below the market: the order stays open
    const placed = await client.api.orders.place(accountId, {
      Symbol: 'AAPL',
      Type: 'Limit',
      Side: 'Buy',
      Quantity: 2,
      Price: price,
      TimeInforce: 'GoodTillCancel',
    });
    assert.ok(placed.Id && placed.ClientId, 'a ClientId is set per placement');
    const got = await client.api.orders.get(accountId, placed.Id!);
    assert.equal(got.Symbol, 'AAPL');
    assert.equal(typeof got.CreateDate, 'number');

    const open = await client.api.orders.list(accountId, {
      statuses: ['New', 'PendingNew', 'PartiallyFilled'],
    });
    assert.ok(open.items.some((o) => o.Id === placed.Id));
    assert.ok(
      open.items.every((o) => ['New', 'PendingNew', 'PartiallyFilled'].includes(o.Status!)),
    );
    const filled = await client.api.orders.list(accountId, {
      statuses: ['Filled'],
      filter: gte('CreateDate', new Date(Date.now() - DAY)),
    });
    assert.ok(!filled.items.some((o) => o.Id === placed.Id));

    assert.equal(
      (await client.api.orders.findByClientId(accountId, placed.ClientId!))?.Id,
      placed.Id,
    );
    assert.ok((await client.api.orders.details(accountId, placed.Id!)).length >= 1);

    const verified = await client.api.orders.verify(accountId, placed.Id!);
    assert.equal(verified.IsSuccessful, true);
    const previewed = await client.api.orders.previewReplace(accountId, placed.Id!, {
      Quantity: 3,
      Price: price,
    });
    assert.equal(previewed.IsSuccessful, true);
    await assert.rejects(
      client.api.orders.previewReplace(accountId, placed.Id!, {
        Quantity: 3,
        Price: 0,
        Type: 'Limit',
      }),
      isCode('order_rejected'),
    );
    const replaced = await client.api.orders.replace(accountId, placed.Id!, {
      Quantity: 3,
      Price: price,
    });
    assert.equal(replaced.Quantity, 3);
    const limits = await client.api.orders.limits(accountId, 'AAPL', { price: 100 });
    assert.ok((limits.BuyLimit ?? 0) > 0);

    const current = (
      await client.api.orders.list(accountId, { statuses: ['New', 'PendingNew'] })
    ).items.find((o) => o.Symbol === 'AAPL' && o.Quantity === 3);
    assert.ok(current, 'the replacement is open');
    await client.api.orders.cancel(accountId, current.Id!);
    await assert.rejects(
      client.api.orders.cancel(accountId, placed.Id!),
      (e: unknown) =>
        isCode('conflict')(e) && /cannot be canceled|Failed/i.test((e as Error).message),
    );
    const all = await client.api.orders.all(accountId, { maxPages: 3, pageSize: 2 });
    assert.ok(all.length >= 2);
  });

  test('a body that fails to bind is validation with field errors; a bad filter is validation', async () => {
    await assert.rejects(
      client.api.orders.place(accountId, { Symbol: 'AAPL', Type: 'Market', Quantity: 1 }),
      (e: unknown) =>
        isCode('validation')(e) &&
        Object.keys((e as AutoSharesError).fieldErrors).some((k) => /Side/.test(k)),
    );
    await assert.rejects(
      client.api.orders.list(accountId, { filter: 'Nonsense ~~ 1' }),
      (e: unknown) => isCode('validation')(e) && (e as AutoSharesError).status === 400,
    );
  });
});

describe('positions, transactions', () => {
  test('list (paged and all pages), by symbol, groups, top', async () => {
    const page = await client.api.positions.list(accountId, { pageSize: 2 });
    assert.equal(page.items.length, 2);
    const all = await client.api.positions.all(accountId, { pageSize: 2 });
    assert.equal(all.length, page.totalCount, 'every page fetched');
    assert.equal(new Set(all.map((p) => p.Id)).size, all.length);
    const symbol = all[0]!.Symbol!;
    assert.ok(
      (await client.api.positions.bySymbol(accountId, symbol)).every((p) => p.Symbol === symbol),
    );
    const groups = await client.api.positions.groups(accountId);
    assert.ok(groups.some((g) => g.Name === 'Equity'));
    const top = await client.api.positions.top(accountId, 2);
    assert.equal(top.length, 2);
    assert.ok(top[0]!.MarketValue! >= top[1]!.MarketValue!);
  });

  test('transactions: paged, filtered, all pages', async () => {
    const page = await client.api.transactions.list(accountId, { pageSize: 3 });
    assert.equal(page.items.length, 3);
    assert.equal(typeof page.items[0]!.Date, 'number');
    const sec = page.items.find((t) => (t.SecurityId ?? -1) > 0)?.SecurityId;
    if (sec !== undefined) {
      const filtered = await client.api.transactions.list(accountId, {
        filter: eq('SecurityId', sec),
      });
      assert.ok(filtered.items.length > 0 && filtered.items.every((t) => t.SecurityId === sec));
    }
    const all = await client.api.transactions.all(accountId, { pageSize: 50, maxPages: 2 });
    assert.ok(all.length > 3 && all.length <= 100, 'bounded by maxPages');
  });
});

describe('watchlists (all 9) and price alerts (all 5)', () => {
  test('list, create, get, rename (m_Item1/m_Item2), add/remove by id and ticker, delete', async () => {
    const [aapl, msft] = await Promise.all([
      client.api.securities.equity('AAPL'),
      client.api.securities.equity('MSFT'),
    ]);
    const before = await client.api.watchlists.list();
    const created = await client.api.watchlists.create({
      Name: `Client test ${Date.now()}`,
      Securities: [aapl.Id!],
    });
    assert.deepEqual(
      created.SecurityList?.map((s) => s.Symbol),
      ['AAPL'],
    );
    assert.equal((await client.api.watchlists.list()).length, before.length + 1);
    const renamed = await client.api.watchlists.rename(created.Id!, 'Renamed list');
    assert.deepEqual(renamed, { id: created.Id, name: 'Renamed list' });
    assert.equal((await client.api.watchlists.get(created.Id!)).Name, 'Renamed list');
    let list = await client.api.watchlists.addSecurity(created.Id!, msft.Id!);
    assert.ok(list.SecurityList?.some((s) => s.Symbol === 'MSFT'));
    list = await client.api.watchlists.addSymbol(created.Id!, 'TSLA');
    assert.ok(list.SecurityList?.some((s) => s.Symbol === 'TSLA'));
    list = await client.api.watchlists.removeSecurity(created.Id!, msft.Id!);
    assert.ok(!list.SecurityList?.some((s) => s.Symbol === 'MSFT'));
    list = await client.api.watchlists.removeSymbol(created.Id!, { Symbol: 'TSLA' });
    assert.deepEqual(
      list.SecurityList?.map((s) => s.Symbol),
      ['AAPL'],
    );
    await client.api.watchlists.delete(created.Id!);
    await assert.rejects(client.api.watchlists.get(created.Id!), isCode('conflict'));
  });

  test('alerts: create, get, list, update, delete; a missing field is a conflict', async () => {
    const aapl = await client.api.securities.equity('AAPL');
    const expires = Date.now() + 7 * DAY;
    const created = await client.api.alerts.create({
      Operator: 'GTEQ',
      Field: 'Last',
      SecurityId: aapl.Id!,
      Argument: 9999,
      ExpirationDate: expires,
    });
    assert.equal(created.Symbol, 'AAPL');
    assert.equal(
      Math.floor(created.ExpirationDate! / 1000),
      Math.floor(expires / 1000),
      'epoch ms in and out',
    );
    assert.equal((await client.api.alerts.get(created.Id!)).Argument, 9999);
    assert.ok((await client.api.alerts.list()).items.some((a) => a.Id === created.Id));
    const updated = await client.api.alerts.update(created.Id!, {
      Operator: 'LTEQ',
      Field: 'Bid',
      SecurityId: aapl.Id!,
      Argument: 1,
      ExpirationDate: new Date(expires),
    });
    assert.equal(updated.Operator, 'LTEQ');
    await client.api.alerts.delete(created.Id!);
    assert.ok(!(await client.api.alerts.list()).items.some((a) => a.Id === created.Id));
    await assert.rejects(
      client.api.alerts.create({ Operator: '', Field: '', ExpirationDate: expires } as never),
      isCode('conflict'),
    );
  });
});

describe('history, news, streamers, auth', () => {
  test('candles and indicators (PUT history/symbols), compare', async () => {
    const to = Date.now();
    const chart = await client.api.history.candles({
      security: 'AAPL',
      period: '1D',
      from: to - 30 * DAY,
      to,
      indicators: [{ signature: 'SMA|1D|false|5|0' }],
    });
    const candles = chart.SecurityHistory?.flat() ?? [];
    assert.ok(candles.length > 5);
    assert.ok(
      candles.every(
        (c) => typeof c.Time === 'number' && c.Time > to - 32 * DAY && c.Time <= to + DAY,
      ),
      'candle times are epoch ms',
    );
    assert.ok((chart.IndicatorsHistory?.flat().length ?? 0) > 0);
    const compared = await client.api.history.compare(['AAPL', 'MSFT'], {
      period: '1D',
      from: to - 10 * DAY,
      to,
    });
    assert.equal(compared.length, 2);
  });

  test('news (entities decoded, Unix seconds → ms) and corporate actions', async () => {
    const res = await fetch(`${h.server.url}/__sandbox/news`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ symbol: 'AAPL', Header: 'Apple&#39;s &amp; Co &quot;beat&quot;' }),
    });
    assert.equal(res.status, 201);
    const news = await client.api.news.list('AAPL');
    assert.ok(
      news.some((n) => n.Header === 'Apple\'s & Co "beat"'),
      'entities decoded to plain text',
    );
    assert.ok(
      news.every((n) => typeof n.Date === 'number' && n.Date > 1e12),
      'Unix seconds became ms',
    );
    const ca = await client.api.news.corporateActions('AAPL');
    assert.ok(Array.isArray(ca));
  });

  test('streamer discovery and session recovery', async () => {
    const streamers = await client.api.streamers.get();
    assert.match(streamers.QuoteAddresses?.[0]?.Url ?? '', /^ws:\/\/127\.0\.0\.1/);
    assert.match(await client.api.streamers.recoverSession('data'), /\S{8,}/);
  });

  test('login with credentials; bad credentials are auth_failed; missing query is unsupported_api_version', async () => {
    const ok = await client.api.auth.login({ username: user.username, password: user.password });
    assert.equal(ok.state, 'Succeeded');
    // logout ends that session on the server: the token stops working.
    const session = h.client(user, { token: ok.state === 'Succeeded' ? ok.token : '' });
    assert.ok(await session.api.users.info());
    await session.api.auth.logout();
    await assert.rejects(session.api.users.info(), isCode('unauthorized'));
    await assert.rejects(
      client.api.auth.login({ username: user.username, password: 'wrong' }),
      (e: unknown) =>
        isCode('auth_failed')(e) && (e as AutoSharesError).details.reason === 'Invalid credentials',
    );
    // The endpoint functions always send required parameters; the raw transport shows the shape.
    const http = new HttpTransport({
      baseUrl: h.server.apiUrl,
      appKey: user.appKey,
      tokens: new TokenManager({ token: user.token }),
      limiter: new RateLimiter(),
    });
    await assert.rejects(
      http.request({ method: 'GET', path: 'v1.0/users/@me/pricealerts', category: 'alerts' }),
      isCode('unsupported_api_version'),
    );
    await assert.rejects(
      http.request({ method: 'GET', path: 'v1.0/nothing/here', category: 'queries' }),
      isCode('not_found'),
    );
  });
});

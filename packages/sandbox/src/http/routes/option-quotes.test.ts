/**
 * Option quotes and the option look-ups (api-reference §6, §12.3): quotes by contract
 * SecurityId on the quote streamer, the chain filters, and the filtered, paged options list.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type Json, type TestServer } from '../../node/test-support.ts';
import { contract, expiration, openStream, TUESDAY } from './options.test-support.ts';

describe('option quotes and look-ups', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ now: () => TUESDAY });
  });
  after(() => t.close());

  test('a contract streams by its SecurityId: a snapshot around its value, then a new quote when its underlying moves', async () => {
    const me = await t.freshUser();
    const exp = await expiration(t, me);
    const call = contract(exp, 'Call', 0);
    const { client, subscribe } = await openStream(t, me, 'quote');
    try {
      await subscribe('Quote', String(call.Id));
      const first = await client.nextMessage((m) => m.EntityType === 'Quote');
      assert.equal(first.Key, String(call.Id));
      const [bid, ask, last] = [Number(first.Bid), Number(first.Ask), Number(first.Last)];
      assert.ok(bid > 0 && bid < ask, `bid ${bid} below ask ${ask}`);
      assert.ok(last >= bid - 0.5 && last <= ask + 0.5, `last ${last} near the market`);
      assert.ok(Number(first.OpenInterest) > 0, 'open interest');
      assert.ok(Number(first.Volume) > 0, 'volume');
      const underlying = await t.api('/v1.0/equities/AAPL', { token: me.token });
      await t.control('/prices', { symbol: 'AAPL', price: exp.CentralStrike * 1.1 });
      const moved = await client.nextMessage((m) => m.EntityType === 'Quote');
      assert.equal(moved.Key, String(call.Id));
      assert.ok(
        Number(moved.Bid) > ask,
        `a call is worth more when ${underlying.body.Symbol} rises`,
      );
    } finally {
      client.ws.close();
    }
  });

  test('spreads widen away from the money: relative for out-of-the-money, absolute for in-the-money contracts', async () => {
    const me = await t.freshUser();
    const exp = await expiration(t, me);
    await t.control('/prices', { symbol: 'AAPL', price: exp.CentralStrike });
    const quote = async (o: Json) => {
      const r = await t.api(`/v1.0/accounts/${me.accountIds[0]}/preview/orders`, {
        method: 'POST',
        token: me.token,
        body: { Symbol: o.Symbol, Type: 'Market', Side: 'Buy', Quantity: 1 },
      });
      const q = r.body.Quotes[0];
      return { spread: q.Ask - q.Bid, mid: (q.Ask + q.Bid) / 2 };
    };
    const atm = await quote(contract(exp, 'Call', 0));
    const otm = await quote(contract(exp, 'Call', 8));
    const itm = await quote(contract(exp, 'Call', -8));
    assert.ok(
      otm.spread / otm.mid > atm.spread / atm.mid,
      'wider relative spread out of the money',
    );
    assert.ok(itm.spread > atm.spread, 'wider spread in the money');
  });

  test('the chain filters: Expiration = #date#, Range = n, ExpirationType = n, combined with and; a bad one is a 400', async () => {
    const me = await t.freshUser();
    const chain = async (filter: string) =>
      t.api(`/v1.0/options/optionChain/AAPL?filter=${encodeURIComponent(filter)}`, {
        token: me.token,
      });
    const all = (await t.api('/v1.0/options/optionChain/AAPL', { token: me.token })).body;
    const second = all.Expirations[1];
    const byDate = await chain(`Expiration = #${second.Expiration}#`);
    assert.deepEqual(
      byDate.body.Expirations.map((e: Json) => e.Expiration),
      [second.Expiration],
    );
    const ranged = await chain(`Range = 2 and Expiration = #${second.Expiration}#`);
    const options = ranged.body.Expirations[0].Options;
    assert.equal(options.length, 10, 'two strikes each side and the centre, a call and a put each');
    assert.equal(options.filter((o: Json) => o.OptionType === 'Call').length, 5);
    const weekly = await chain('ExpirationType = 2');
    assert.ok(weekly.body.Expirations.length > 0);
    for (const e of weekly.body.Expirations)
      for (const o of e.Options) assert.equal(o.ExpirationType, 'Weekly');
    const regular = await chain('ExpirationType = 0');
    assert.ok(
      regular.body.Expirations.every((e: Json) => e.Options[0].ExpirationType === 'Regular'),
    );
    assert.equal(
      all.Expirations.length,
      weekly.body.Expirations.length + regular.body.Expirations.length,
    );
    assert.equal((await chain('Strike = 5')).status, 400);
    assert.equal((await chain('Range > 2')).status, 400);
  });

  test('filtered options page as documented (pageNumber, pageSize, sortField, desc required; links; TotalCount)', async () => {
    const me = await t.freshUser();
    const filter = encodeURIComponent("UnderlyingAssetSymbol = 'MSFT' and OptionType = 'Put'");
    const page = (n: number) =>
      t.api(
        `/v1.0/options?pageNumber=${n}&pageSize=25&sortField=StrikePrice&desc=true&filter=${filter}`,
        {
          token: me.token,
        },
      );
    const first = await page(0);
    assert.equal(first.status, 200);
    assert.ok(first.body.TotalCount > 25);
    assert.equal(first.body.Result.length, 25);
    assert.equal(first.body.PreviousPageLink, '');
    assert.match(first.body.NextPageLink, /^http:\/\/.*pageNumber=1/);
    const strikes = first.body.Result.map((o: Json) => o.StrikePrice);
    assert.deepEqual(
      strikes,
      [...strikes].sort((a, b) => b - a),
      'sorted by StrikePrice, descending',
    );
    for (const o of first.body.Result) {
      assert.equal(o.UnderlyingAssetSymbol, 'MSFT');
      assert.equal(o.OptionType, 'Put');
    }
    const second = await page(1);
    assert.notDeepEqual(
      second.body.Result.map((o: Json) => o.Id),
      first.body.Result.map((o: Json) => o.Id),
    );
    const series = first.body.Result[0].SeriesId;
    const bySeries = await t.api(
      `/v1.0/options?pageNumber=0&pageSize=100&sortField=Id&desc=false&filter=${encodeURIComponent(`SeriesId = ${series}`)}`,
      { token: me.token },
    );
    assert.ok(bySeries.body.Result.every((o: Json) => o.SeriesId === series));
    const missing = await t.api('/v1.0/options?pageNumber=0&pageSize=25', { token: me.token });
    assert.equal(missing.status, 404, 'sortField and desc are required');
  });
});

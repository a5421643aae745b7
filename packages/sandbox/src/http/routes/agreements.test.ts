import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestClient, type Message, type TestClient } from '../../stream/ws-test-support.ts';
import { startFundingServer, type FundingTestServer } from './funding.test-support.ts';

let s: FundingTestServer;
before(async () => {
  s = await startFundingServer();
});
after(() => s.close());

async function quoteClient(token: string, userId: number): Promise<TestClient> {
  const streamers = await s.api('/v1.0/streamers', { token });
  const { Url, SessionId } = streamers.body.QuoteAddresses[0];
  const client = await openTestClient(
    `${Url}/CreateSession.txt?User=${userId}:${SessionId}&Password=${SessionId}&HttpClientType=WebSocket`,
  );
  const session = await client.nextMessage((m) => m.Cmd === 'CreateSession.txt');
  const aapl = await s.api('/v1.0/equities/AAPL', { token });
  client.send({
    Cmd: 'Subscribe.txt',
    SessionId: session.SessionId,
    Keys: String(aapl.body.Id),
    EntityType: 'Quote',
    HttpClientType: 'WebSocket',
  });
  await client.nextMessage((m) => m.Cmd === 'Subscribe.txt' && m.StatusCode === 'Ok');
  return client;
}

const isQuote = (m: Message): boolean => m.EntityType === 'Quote' && m.Cmd === undefined;
const quotes = (client: TestClient): Message[] => client.received(isQuote);
const setAapl = (price: number) => s.control('/prices', { symbol: 'AAPL', price });

test('the demo login has an unsigned market-data agreement and a delayed quote streamer; fresh users have signed', async () => {
  const login = await s.server.sandbox.fetch(
    new Request(`${s.server.apiUrl}/token`, {
      method: 'POST',
      headers: { 'Et-App-Key': 'autoshares-sandbox-key', Username: 'demo', Password: 'demo1234' },
    }),
  );
  const demoToken = ((await login.json()) as { Token: string }).Token;
  const demo = await s.api('/v1.0/users/@me/agreements', { token: demoToken });
  assert.deepEqual(demo.body, [{ Type: 'Quotemedia', CanSkip: true }]);
  assert.equal(
    (await s.api('/v1.0/streamers', { token: demoToken })).body.QuoteAddresses[0].Type,
    'Delayed',
  );
  assert.deepEqual((await s.as('/v1.0/users/@me/agreements')).body, []);
  assert.equal((await s.as('/v1.0/streamers')).body.QuoteAddresses[0].Type, 'EntitlementBased');
});

test('until signed, the stream sends quotes 15 minutes old; signing switches to real time without reconnecting', async () => {
  const realTime = await quoteClient(s.user.token, s.user.userId);
  const delayedUser = await s.freshUser();
  const set = await s.control('/agreements', {
    userId: delayedUser.userId,
    unsigned: ['Quotemedia'],
  });
  assert.equal(set.body.quoteDelayMs, 15 * 60_000);
  const delayed = await quoteClient(delayedUser.token, delayedUser.userId);
  try {
    const start = Number(quotes(realTime)[0].Last);
    const snapshot = quotes(delayed)[0];
    assert.equal(Number(snapshot.Last), start, 'nothing moved before the start');
    assert.equal(snapshot.Date, '03/11/2026 13:45:00', 'dated 15 minutes back (UTC)');

    const first = Math.round(start * 1.1 * 100) / 100;
    await setAapl(first);
    await realTime.nextMessage((m) => isQuote(m) && Number(m.Last) === first);
    assert.deepEqual(
      quotes(delayed).map((m) => Number(m.Last)),
      [start],
      'the delayed user has not seen the new price',
    );

    s.clock.now += 16 * 60_000;
    const second = Math.round(start * 1.2 * 100) / 100;
    await setAapl(second);
    await realTime.nextMessage((m) => isQuote(m) && Number(m.Last) === second);
    const late = await delayed.nextMessage((m) => isQuote(m) && m.Last !== String(start));
    assert.equal(
      Number(late.Last),
      first,
      '16 minutes on, the delayed user sees the price of 15 minutes ago',
    );
    assert.equal(late.Date, '03/11/2026 14:00:00');

    // Subscribing again gives the (delayed) snapshot again.
    const session = delayed.received((m) => m.Cmd === 'CreateSession.txt')[0].SessionId;
    const command = {
      SessionId: session,
      Keys: late.Key,
      EntityType: 'Quote',
      HttpClientType: 'WebSocket',
    };
    delayed.send({ ...command, Cmd: 'Unsubscribe.txt' });
    await delayed.nextMessage((m) => m.Cmd === 'Unsubscribe.txt');
    delayed.send({ ...command, Cmd: 'Subscribe.txt' });
    await delayed.nextMessage((m) => m.Cmd === 'Subscribe.txt');
    const again = await delayed.nextMessage(isQuote);
    assert.equal(Number(again.Last), first);

    const signed = await s.api('/v1.0/users/@me/agreements/1/sign', {
      method: 'POST',
      token: delayedUser.token,
    });
    assert.equal(signed.status, 200);
    assert.deepEqual(
      (await s.api('/v1.0/users/@me/agreements', { token: delayedUser.token })).body,
      [],
    );
    assert.equal(
      (await s.api('/v1.0/streamers', { token: delayedUser.token })).body.QuoteAddresses[0].Type,
      'EntitlementBased',
    );
    const third = Math.round(start * 1.3 * 100) / 100;
    await setAapl(third);
    await delayed.nextMessage((m) => isQuote(m) && Number(m.Last) === third);
  } finally {
    realTime.ws.close();
    delayed.ws.close();
  }
});

test('signing what is not waiting is a 409; a non-numeric id is a 404; the control knob checks its body', async () => {
  const again = await s.as('/v1.0/users/@me/agreements/1/sign', 'POST');
  assert.equal(again.status, 409);
  assert.equal(again.body.IsSucceed, false);
  assert.equal((await s.as('/v1.0/users/@me/agreements/7/sign', 'POST')).status, 409);
  assert.equal((await s.as('/v1.0/users/@me/agreements/abc/sign', 'POST')).status, 404);
  assert.equal(
    (await s.control('/agreements', { userId: s.user.userId, unsigned: ['Nope'] })).status,
    400,
  );
  assert.equal((await s.control('/agreements', { userId: 1, unsigned: [] })).status, 404);
});

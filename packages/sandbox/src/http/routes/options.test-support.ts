/**
 * Helpers for the option and advanced-order tests (not exported from the package): a test
 * server on a fixed clock, the option chain, order calls, and a streamer socket.
 */
import assert from 'node:assert/strict';
import type { FreshUser, Json, TestServer } from '../../node/test-support.ts';
import { openTestClient, type TestClient } from '../../stream/ws-test-support.ts';

/** Tuesday 10 March 2026, 11:00 in New York: the market is open, the next expiry is Friday the 13th. */
export const TUESDAY = Date.UTC(2026, 2, 10, 15, 0, 0);

/** Order calls of one user's first (margin) account. */
export function ordersOf(t: TestServer, u: FreshUser, account = u.accountIds[0]) {
  const base = `/v1.0/accounts/${account}`;
  return {
    base,
    preview: (body: Json) =>
      t.api(`${base}/preview/orders`, { method: 'POST', token: u.token, body }),
    place: (body: Json) => t.api(`${base}/orders`, { method: 'POST', token: u.token, body }),
    get: async (id: number): Promise<Json> => {
      const r = await t.api(`${base}/orders/${id}`, { token: u.token });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return r.body;
    },
    cancel: (id: number) => t.api(`${base}/orders/${id}`, { method: 'DELETE', token: u.token }),
    positions: async (): Promise<Json[]> => {
      const r = await t.api(`${base}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false`, {
        token: u.token,
      });
      return Array.isArray(r.body) ? r.body : r.body.Result;
    },
    balance: async (): Promise<Json> => (await t.api(`${base}/info`, { token: u.token })).body,
  };
}

/** One order pass (accept, fill, trigger). */
export const pass = (t: TestServer) => t.control('/step', { ticks: 0 });

/** The contracts of one expiration of an underlying's chain (`index` 0 = the nearest). */
export async function expiration(
  t: TestServer,
  u: FreshUser,
  underlying = 'AAPL',
  index = 1,
): Promise<{ Expiration: string; CentralStrike: number; Options: Json[] }> {
  const chain = await t.api(`/v1.0/options/optionChain/${underlying}`, { token: u.token });
  assert.equal(chain.status, 200);
  return chain.body.Expirations[index];
}

/** A contract of an expiration: `offset` strikes from the centre (+ = higher strike). */
export function contract(
  exp: { CentralStrike: number; Options: Json[] },
  type: 'Call' | 'Put',
  offset = 0,
): Json {
  const strikes = [...new Set(exp.Options.map((o: Json) => o.StrikePrice as number))].sort(
    (a, b) => a - b,
  );
  const strike = strikes[strikes.indexOf(exp.CentralStrike) + offset];
  const found = exp.Options.find((o: Json) => o.OptionType === type && o.StrikePrice === strike);
  assert.ok(found, `${type} ${offset} strikes from the centre`);
  return found;
}

/** A streamer socket of `kind` for the user, after its CreateSession; `subscribe` acks. */
export async function openStream(
  t: TestServer,
  u: FreshUser,
  kind: 'quote' | 'data',
): Promise<{ client: TestClient; subscribe(entity: string, keys: string): Promise<void> }> {
  const streamers = await t.api('/v1.0/streamers', { token: u.token });
  const { Url, SessionId } = (
    kind === 'quote' ? streamers.body.QuoteAddresses : streamers.body.DataAddresses
  )[0];
  const client = await openTestClient(
    `${Url}/CreateSession.txt?User=${u.userId}:${SessionId}&Password=${SessionId}&HttpClientType=WebSocket`,
  );
  const created = await client.nextMessage((m) => m.Cmd === 'CreateSession.txt');
  return {
    client,
    async subscribe(entity, keys) {
      client.send({
        Cmd: 'Subscribe.txt',
        SessionId: created.SessionId,
        Keys: keys,
        EntityType: entity,
        HttpClientType: 'WebSocket',
      });
      const ack = await client.nextMessage((m) => m.Cmd === 'Subscribe.txt');
      assert.equal(ack.StatusCode, 'Ok', JSON.stringify(ack));
    },
  };
}

/**
 * Agreements and delayed quotes against the real sandbox: a user who has not signed the
 * market-data agreement gets a `Delayed` quote streamer; signing through `client.writes` sends
 * one request, refetches the unsigned list and turns the quote stream real time without a new
 * client.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementsQuery } from '../store/resources/index.ts';
import { WebSocket } from 'ws';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import type { AgreementItemResource } from './agreements.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';
import { isCode } from '../test-support/errors.ts';

describe('agreements', () => {
  let t: SandboxHarness;
  before(async () => {
    t = await startHarness();
  });
  after(() => t.close());

  const unsignedUser = async (): Promise<SandboxUser> => {
    const user = await t.createUser();
    const res = await fetch(`${t.server.url}/__sandbox/agreements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: user.userId, unsigned: ['Quotemedia'] }),
    });
    assert.equal(res.status, 200);
    return user;
  };

  test('a fresh user has signed everything and streams real-time quotes', async () => {
    const client = t.client(await t.createUser(), { WebSocket });
    assert.deepEqual(await client.api.agreements.unsigned(), []);
    const stop = client.quotes.subscribe(1, () => {});
    await waitFor(() => client.stream.status('quote') === 'open', 5000, 'quote link open');
    assert.equal(client.stream.delayed('quote'), false);
    stop();
  });

  test('unsigned: delayed until signed, then real time on the same client', async () => {
    const client = t.client(await unsignedUser(), { WebSocket });
    const list = await client.queries.fetch(agreementsQuery(client));
    assert.deepEqual(
      list.map((a: AgreementItemResource) => a.Type),
      ['Quotemedia'],
    );
    const changes: boolean[] = [];
    client.stream.onDelayed((kind, delayed) => kind === 'quote' && changes.push(delayed));
    let quotes = 0;
    const stop = client.quotes.subscribe(1, () => quotes++);
    await waitFor(() => client.stream.delayed('quote'), 5000, 'delayed quote streamer');
    await waitFor(() => quotes > 0, 5000, 'a delayed quote');

    await t.resetStats();
    await client.writes.agreements.sign('Quotemedia');
    await waitFor(() => !client.stream.delayed('quote'), 5000, 'real-time quote streamer');
    assert.deepEqual(changes, [true, false]);
    await waitFor(() => client.stream.status('quote') === 'open', 5000, 'quote link back open');
    const stats = await t.stats();
    assert.equal(stats.byPath['POST /api/v1.0/users/@me/agreements/1/sign'], 1);
    // the cached list was invalidated: its next use fetches it, and nothing is left to sign
    assert.deepEqual(await client.queries.fetch(agreementsQuery(client)), []);
    stop();
  });

  test('signing what is not waiting is a conflict, sent once', async () => {
    const client = t.client(await t.createUser(), { WebSocket });
    await t.resetStats();
    await assert.rejects(client.writes.agreements.sign('Quodd'), isCode('conflict'));
    const stats = await t.stats();
    assert.equal(stats.byPath['POST /api/v1.0/users/@me/agreements/2/sign'], 1);
  });
});

/**
 * The resource definitions are plain functions, but what they build is one cache entry per
 * resource: the client's own look-ups (a ticker's SecurityId for the quote store) and the
 * definitions an element imports meet in it, so the server sees one request.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type SandboxHarness, type SandboxUser } from '../../test-support/sandbox.ts';
import { balanceQuery, equityQuery } from './index.ts';

let h: SandboxHarness;
let user: SandboxUser;
before(async () => {
  h = await startHarness();
  user = await h.createUser();
});
after(() => h.close());

const count = async (path: string) => (await h.stats()).byPath[path] ?? 0;

test("the quote store's ticker look-up and an element's equity query are one request", async () => {
  const client = h.client(user);
  await h.resetStats();
  const [id, equity] = await Promise.all([
    client.quotes.resolveId('MSFT'),
    client.queries.fetch(equityQuery(client, ' msft ')),
  ]);
  assert.equal(id, equity.Id);
  assert.equal(await client.quotes.resolveId('MSFT'), id);
  assert.equal((await client.queries.fetch(equityQuery(client, 'MSFT'))).Id, id);
  assert.equal(await count('GET /api/v1.0/equities/MSFT'), 1);
  client.dispose();
});

test('a definition built from any context shares the entry of the same resource', async () => {
  const client = h.client(user);
  const accountId = user.accountIds[0]!;
  await h.resetStats();
  const first = await client.queries.fetch(balanceQuery(client, accountId));
  const again = await client.queries.fetch(balanceQuery({ api: client.api }, accountId));
  assert.deepEqual(again, first);
  assert.equal(await count(`GET /api/v1.0/accounts/${accountId}/info`), 1);
  client.dispose();
});

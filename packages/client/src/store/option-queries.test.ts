/**
 * The option queries widgets share, against the real sandbox over HTTP: expirations of an
 * underlying, and one expiration of its chain narrowed to a window of strikes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { optionChainQuery, optionExpirationsQuery, optionQuery } from './resources/index.ts';
import type { QueryDef, QueryState } from './query-cache.ts';
import type { AutoSharesClient } from '../client.ts';
import { startHarness, type SandboxHarness } from '../test-support/sandbox.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

let h: SandboxHarness;
let client: AutoSharesClient;
before(async () => {
  h = await startHarness();
  client = h.client(await h.createUser());
});
after(() => {
  client.dispose();
  return h.close();
});

/** The data a widget subscribed to `def` ends up with. */
async function load<T>(def: QueryDef<T>): Promise<T> {
  let state: QueryState<T> | undefined;
  const stop = client.queries.subscribe(def, (s) => (state = s));
  try {
    await waitFor(() => state?.status === 'success', 8000, 'query data');
    return state!.data!;
  } finally {
    stop();
  }
}

test('an expiration of the chain, with `range` strikes each side of the centre', async () => {
  const expirations = await load(optionExpirationsQuery(client, ' aapl '));
  assert.ok(expirations.length > 1, 'several expirations');
  const second = expirations[1]!.ExpirationDate!;

  const narrow = await load(optionChainQuery(client, 'AAPL', second, 2));
  assert.equal(narrow.Expirations?.length, 1, 'only the asked expiration');
  const contracts = narrow.Expirations![0]!.Options ?? [];
  assert.ok(
    contracts.every((o) => o.ExpirationDate === second && o.UnderlyingAssetSymbol === 'AAPL'),
  );
  const strikes = new Set(contracts.map((o) => o.StrikePrice));
  assert.equal(strikes.size, 5, 'two strikes each side of the centre, and the centre');
  assert.equal(contracts.length, 10, 'a call and a put per strike');

  const whole = await load(optionChainQuery(client, 'AAPL', second));
  assert.ok(
    (whole.Expirations![0]!.Options ?? []).length > contracts.length,
    'range 0: every strike',
  );
});

test('an option contract by its OSI symbol, spaces and all', async () => {
  const chain = await load(
    optionChainQuery(
      client,
      'MSFT',
      (await load(optionExpirationsQuery(client, 'MSFT')))[0]!.ExpirationDate!,
      1,
    ),
  );
  const listed = chain.Expirations![0]!.Options![0]!;
  const found = await load(optionQuery(client, listed.Symbol!.toLowerCase()));
  assert.equal(found.Id, listed.Id);
  assert.equal(found.Symbol, listed.Symbol);
  assert.equal(found.Type, 'Option');
});

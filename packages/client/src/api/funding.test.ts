/**
 * The funding endpoints against the real sandbox: linking, approving, listing, transfers, fees,
 * the cache refetches of `client.writes.funding`, and `findTransfer`, which finds a transfer
 * whose answer was lost (no client id exists for transfers).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AutoSharesClient } from '../client.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import { isCode } from '../test-support/errors.ts';

let h: SandboxHarness;
let user: SandboxUser;
let client: AutoSharesClient;
let accountId: number;
let bank: string;

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${h.server.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

before(async () => {
  h = await startHarness();
  user = await h.createUser();
  client = h.client(user);
  accountId = user.accountIds[0]!;
});
after(() => h.close());

test('links a bank account, refuses wrong micro-deposits, approves the right ones', async () => {
  const link = await client.writes.funding.createLink(accountId, {
    RoutingNumber: '021000021',
    AccountNumber: '123456789',
    AccountOwnerName: 'Test User',
  });
  assert.equal(link.Status, 'Pending');
  assert.equal(link.DisplayAccountNumber, '****6789');
  bank = link.Id!;
  await control('POST', '/funding/advance', { businessDays: 1 });
  const amounts = await control<{ Amount1: number; Amount2: number }>(
    'GET',
    `/funding/ach-relationships/${bank}/micro-deposits`,
  );
  await assert.rejects(
    client.writes.funding.approveLink(accountId, bank, { Amount1: 0.99, Amount2: 0.99 }),
    isCode('conflict'),
  );
  await client.writes.funding.approveLink(accountId, bank, amounts);
  const page = await client.api.funding.listLinks(accountId);
  assert.deepEqual(
    page.items.map((l) => [l.Id, l.Status, l.Default]),
    [[bank, 'Approved', true]],
  );
});

test('a bad routing number is a validation error with the field', async () => {
  await assert.rejects(
    client.api.funding.createLink(accountId, {
      RoutingNumber: '021000022',
      AccountNumber: '123456789',
      AccountOwnerName: 'Test User',
    }),
    (error: { code: string; fieldErrors: Record<string, string[]> }) =>
      Object.keys(error.fieldErrors).some((k) => k.endsWith('RoutingNumber')),
  );
});

test('a deposit is listed, has no fees, is found by findTransfer and can be canceled', async () => {
  const sentAt = Date.now();
  const sent = await client.writes.funding.sendAch(accountId, {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 42.5,
  });
  assert.equal(sent.Status, 'Pending');
  assert.deepEqual(await client.api.funding.fees(accountId, sent.Id!), []);
  const match = { mechanism: 'ACH' as const, isDeposit: true, amount: 42.5, sentAt };
  assert.equal((await client.api.funding.findTransfer(accountId, match))?.Id, sent.Id);
  // Not another direction, amount, a transfer known before, or one made long before sending.
  assert.equal(
    await client.api.funding.findTransfer(accountId, { ...match, isDeposit: false }),
    undefined,
  );
  assert.equal(
    await client.api.funding.findTransfer(accountId, { ...match, amount: 42.51 }),
    undefined,
  );
  assert.equal(
    await client.api.funding.findTransfer(accountId, { ...match, excludeIds: [sent.Id!] }),
    undefined,
  );
  assert.equal(
    await client.api.funding.findTransfer(accountId, { ...match, sentAt: sentAt + 3_600_000 }),
    undefined,
  );
  await client.writes.funding.cancelTransfer(accountId, sent.Id!);
  const [latest] = (await client.api.funding.listTransfers(accountId)).items;
  assert.equal(latest!.Status, 'Canceled');
});

test('a transfer request is never retried by the client, even after a 5xx', async () => {
  await h.faults({ serverError: { count: 1, status: 503 }, scope: { token: user.token } });
  const path = `POST /api/v1.0/accounts/${accountId}/transfers/ach`;
  const before = (await h.stats()).byPath[path] ?? 0;
  await assert.rejects(
    client.api.funding.sendAch(accountId, { AchRelationshipId: bank, IsIncoming: true, Amount: 7 }),
    isCode('server_error'),
  );
  assert.equal((await h.stats()).byPath[path], before + 1);
});

test('a wire and a check request are sent once each, listed with their mechanism and fees, and found by findTransfer', async () => {
  const sentAt = Date.now();
  const wire = await client.writes.funding.sendWire(accountId, {
    Amount: 12,
    BankName: 'First Bank',
    AccountNumber: '99887766',
    Name: 'Test User',
  });
  assert.equal(wire.Mechanism, 'Wire');
  assert.equal(wire.IsDeposit, false);
  assert.deepEqual(
    (await client.api.funding.fees(accountId, wire.Id!)).map((f) => f.CustomerDebitAmount),
    [25],
  );
  const check = await client.writes.funding.sendCheck(accountId, {
    Amount: 13,
    DeliveryMethod: 'Standard',
  });
  assert.equal(check.Mechanism, 'Check');
  const match = { isDeposit: false, sentAt };
  assert.equal(
    (await client.api.funding.findTransfer(accountId, { ...match, mechanism: 'Wire', amount: 12 }))
      ?.Id,
    wire.Id,
  );
  assert.equal(
    (await client.api.funding.findTransfer(accountId, { ...match, mechanism: 'Check', amount: 13 }))
      ?.Id,
    check.Id,
  );
  const path = (kind: string) => `POST /api/v1.0/accounts/${accountId}/transfers/${kind}`;
  const stats = (await h.stats()).byPath;
  assert.equal(stats[path('wire')], 1);
  assert.equal(stats[path('check')], 1);
  await client.writes.funding.cancelTransfer(accountId, wire.Id!);
  await client.writes.funding.cancelTransfer(accountId, check.Id!);
});

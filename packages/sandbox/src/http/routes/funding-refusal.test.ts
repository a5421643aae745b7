import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHASE,
  linkApprovedBank,
  startFundingServer,
  type FundingTestServer,
} from './funding.test-support.ts';

let s: FundingTestServer;
let bank: string;
before(async () => {
  s = await startFundingServer();
  bank = await linkApprovedBank(s, s.margin);
});
after(() => s.close());

const errors = { 'model.Amount': ['Amount exceeds the daily limit of this account.'] };

test('refuse-next: the next transfer of the account answers 422 with the given ModelState, moves nothing, and only once', async () => {
  assert.equal(
    (await s.control('/funding/refuse-next', { accountId: s.margin, errors })).status,
    200,
  );
  const refused = await s.as(`/v1.0/accounts/${s.margin}/transfers/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 10,
  });
  assert.equal(refused.status, 422);
  assert.deepEqual(refused.body.ModelState, errors);
  const list = async () =>
    (
      await s.as(
        `/v1.0/accounts/${s.margin}/transfers?pageSize=50&pageNumber=0&sortBy=CreatedAt&isDesc=true`,
      )
    ).body.Result;
  assert.equal((await list()).length, 0, 'nothing was sent');
  const next = await s.as(`/v1.0/accounts/${s.margin}/transfers/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 10,
  });
  assert.equal(next.status, 200, 'the refusal is used up');
  assert.equal((await list()).length, 1);
});

test("refuse-next: a link of another account is not refused; the account's own link is", async () => {
  const routing = { 'model.RoutingNumber': ['This routing number is not in the directory.'] };
  await s.control('/funding/refuse-next', { accountId: s.margin, errors: routing });
  const other = await s.as(`/v1.0/accounts/${s.ira}/ach-relationships`, 'POST', {
    RoutingNumber: CHASE,
    AccountNumber: '44445555',
    AccountOwnerName: 'Sandbox User',
  });
  assert.equal(other.status, 200);
  const own = await s.as(`/v1.0/accounts/${s.margin}/ach-relationships`, 'POST', {
    RoutingNumber: CHASE,
    AccountNumber: '44445555',
    AccountOwnerName: 'Sandbox User',
  });
  assert.equal(own.status, 422);
  assert.deepEqual(own.body.ModelState, routing);
});

test('refuse-next: a body without accountId or with messages that are not strings is a 400', async () => {
  assert.equal((await s.control('/funding/refuse-next', { errors })).status, 400);
  assert.equal(
    (await s.control('/funding/refuse-next', { accountId: s.margin, errors: { a: [1] } })).status,
    400,
  );
});

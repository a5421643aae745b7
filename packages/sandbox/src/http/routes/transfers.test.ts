import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import {
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

const T = () => `/v1.0/accounts/${s.margin}/transfers`;
const info = async (accountId = s.margin) => (await s.as(`/v1.0/accounts/${accountId}/info`)).body;
const list = async (accountId = s.margin) =>
  (
    await s.as(
      `/v1.0/accounts/${accountId}/transfers?pageSize=50&pageNumber=0&sortBy=CreatedAt&isDesc=true`,
    )
  ).body;

test('a deposit is pending, settles on the next business day, is held, then withdrawable; it is in /transfers and the ledger', async () => {
  const before = await info();
  const sent = await s.as(`${T()}/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 1500,
  });
  assert.equal(sent.status, 200);
  const t = sent.body;
  assert.equal(t.Status, 'Pending');
  assert.equal(t.Mechanism, 'ACH');
  assert.equal(t.IsDeposit, true);
  assert.equal(t.Amount, 1500);
  assert.equal(t.TransferDate, '2026-03-12T13:00:00.000Z', 'Thursday 09:00 New York');
  const pending = await info();
  assert.equal(pending.cash, before.cash, 'cash unchanged while pending');
  assert.equal(pending.pendingCash, before.pendingCash + 1500);
  assert.equal((await list()).Result[0].Id, t.Id);
  assert.deepEqual((await s.as(`${T()}/${t.Id}/fees`)).body, [], 'ACH has no fee');

  s.clock.now = Date.parse('2026-03-12T13:30:00Z'); // Thursday 09:30: settled by the clock alone
  const settled = await info();
  assert.equal(settled.cash, before.cash + 1500);
  assert.equal(settled.pendingCash, before.pendingCash);
  assert.equal(settled.netCash, before.netCash, 'held: not withdrawable yet');
  assert.equal((await list()).Result[0].Status, 'Completed');
  const ledger = await s.as(
    `/v1.0/accounts/${s.margin}/transactions?pageSize=1&pageNumber=0&sortBy=Id&isDesc=true`,
  );
  assert.equal(ledger.body.Result[0].Type, 'Payment');
  assert.equal(ledger.body.Result[0].Value, 1500);
  assert.match(
    ledger.body.Result[0].Description,
    /ACH deposit from Everyday checking \(\*\*\*\*6789\)/,
  );

  await s.control('/funding/advance', { businessDays: 2 });
  assert.equal((await info()).netCash, before.netCash + 1500, 'the hold has ended');
});

test('a withdrawal above the withdrawable cash is refused and nothing is recorded; one within it reserves the cash; cancel gives it back', async () => {
  const start = await info();
  const count = (await list()).TotalCount;
  const tooMuch = await s.as(`${T()}/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: false,
    Amount: start.netCash + 0.01,
  });
  assert.equal(tooMuch.status, 409);
  assert.match(tooMuch.body.Errors[0], /exceeds the withdrawable cash/);
  assert.equal((await list()).TotalCount, count, 'nothing was recorded');

  const sent = await s.as(`${T()}/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: false,
    Amount: 250.5,
  });
  assert.equal(sent.status, 200);
  const reserved = await info();
  assert.equal(reserved.cash, start.cash);
  assert.equal(reserved.netCash, Math.round((start.netCash - 250.5) * 100) / 100);
  assert.equal(reserved.pendingCash, start.pendingCash - 250.5);

  assert.equal((await s.as(`${T()}/${sent.body.Id}`, 'DELETE')).status, 404, 'comment is required');
  assert.equal(
    (await s.as(`${T()}/${sent.body.Id}?comment=Changed%20my%20mind`, 'DELETE')).status,
    204,
  );
  const back = await info();
  assert.equal(back.cash, start.cash);
  assert.equal(back.netCash, start.netCash);
  const canceled = (await list()).Result.find((r: { Id: string }) => r.Id === sent.body.Id);
  assert.equal(canceled.Status, 'Canceled');
  assert.equal(canceled.Comment, 'Changed my mind');
  assert.equal(
    (await s.as(`${T()}/${sent.body.Id}?comment=again`, 'DELETE')).status,
    409,
    'only a pending transfer can be canceled',
  );
  await s.control('/funding/advance', { businessDays: 5 });
  assert.equal((await info()).cash, start.cash, 'a canceled transfer never settles');
});

test('bad ACH bodies: 422 per field; unknown or unapproved relationship, limit, unsupported options: 409', async () => {
  const cases: [Record<string, unknown>, number, RegExp | string][] = [
    [{ AchRelationshipId: bank, Amount: 10 }, 422, 'model.IsIncoming'],
    [{ AchRelationshipId: bank, IsIncoming: true, Amount: -5 }, 422, 'model.Amount'],
    [{ AchRelationshipId: bank, IsIncoming: true, Amount: 1.234 }, 422, 'model.Amount'],
    [
      { AchRelationshipId: bank, IsIncoming: true, Amount: 10, DaysToHoldFunds: 11 },
      422,
      'model.DaysToHoldFunds',
    ],
    [{ AchRelationshipId: 'nope', IsIncoming: true, Amount: 10 }, 409, /not found/],
    [{ AchRelationshipId: bank, IsIncoming: true, Amount: 50_000.01 }, 409, /ACH limit/],
    [
      { AchRelationshipId: bank, IsIncoming: true, Amount: 10, ExecTimeType: 'Scheduled' },
      409,
      /scheduled/,
    ],
    [
      { AchRelationshipId: bank, IsIncoming: false, Amount: 10, CloseAccount: true },
      409,
      /closing an account/,
    ],
  ];
  for (const [body, status, expected] of cases) {
    const r = await s.as(`${T()}/ach`, 'POST', body);
    assert.equal(r.status, status, JSON.stringify(body));
    if (typeof expected === 'string')
      assert.ok(expected in r.body.ModelState, JSON.stringify(r.body));
    else assert.match(r.body.Errors[0], expected);
  }
  const { body: pendingLink } = await s.as(`/v1.0/accounts/${s.margin}/ach-relationships`, 'POST', {
    RoutingNumber: '011000015',
    AccountNumber: '4444',
    AccountOwnerName: 'Sandbox User',
  });
  const r = await s.as(`${T()}/ach`, 'POST', {
    AchRelationshipId: pendingLink.Id,
    IsIncoming: true,
    Amount: 10,
  });
  assert.equal(r.status, 409);
  assert.match(r.body.Errors[0], /PendingApproval|Pending, not Approved/);
  assert.equal((await s.as(`${T()}/zelle`, 'POST', { Amount: 10 })).status, 409);
});

test('wire and check requests are recorded with their fees, charged on settlement', async () => {
  const start = await info();
  const wire = await s.as(`${T()}/wire`, 'POST', {
    Amount: 1000,
    BankName: 'First Sandbox Bank',
    AccountNumber: '1234567',
    Name: 'Sandbox User',
    RoutingNumber: '021000021',
    IsDomesticWire: true,
  });
  assert.equal(wire.status, 200);
  assert.equal(wire.body.Mechanism, 'Wire');
  assert.equal(wire.body.TotalAmount, 1025);
  assert.deepEqual((await s.as(`${T()}/${wire.body.Id}/fees`)).body, [
    {
      Type: 'OutgoingWire',
      CustomerDebitAmount: 25,
      FirmCreditAmount: 25,
      CorrespondentNetAmount: 0,
    },
  ]);
  assert.equal(
    (await s.as(`${T()}/wire`, 'POST', { Amount: 10 })).status,
    422,
    'bank details are required',
  );
  const check = await s.as(`${T()}/check`, 'POST', {
    Amount: 200,
    DeliveryMethod: 'Overnight',
    Memos: ['Rent'],
  });
  assert.equal(check.status, 200);
  assert.equal(check.body.Mechanism, 'Check');
  assert.equal(check.body.TotalAmount, 225);
  assert.equal((await info()).netCash, Math.round((start.netCash - 1025 - 225) * 100) / 100);
  await s.control('/funding/advance', { businessDays: 3 });
  const done = await info();
  assert.equal(done.cash, Math.round((start.cash - 1250) * 100) / 100);
  const fees = await s.as(
    `/v1.0/accounts/${s.margin}/transactions?pageSize=10&pageNumber=0&sortBy=Id&isDesc=true&filter=${encodeURIComponent("Code = 'FEE'")}`,
  );
  assert.deepEqual(fees.body.Result.map((t: { Value: number }) => t.Value).sort(), [-25, -25]);
});

test('IRA: constraints, and a deposit needs a valid contribution', async () => {
  const margin = await s.as(`/v1.0/accounts/${s.margin}/transfers/ira_constraints/ACH/true`);
  assert.deepEqual(margin.body, { IsRetirementAccount: false });
  const dep = await s.as(`/v1.0/accounts/${s.ira}/transfers/ira_constraints/ACH/true`);
  assert.equal(dep.body.IsRetirementAccount, true);
  assert.ok(
    dep.body.ContributionConstraints.ValidContributions.some(
      (v: { Reason: string }) => v.Reason === 'Regular',
    ),
  );
  const wd = await s.as(`/v1.0/accounts/${s.ira}/transfers/ira_constraints/Wire/false`);
  assert.ok('Normal' in wd.body.DistributionConstraints.ValidDistributionReasons);
  assert.equal(wd.body.DistributionConstraints.ClosingFee.CustomerDebitAmount, 50);
  assert.equal(
    (await s.as(`/v1.0/accounts/${s.ira}/transfers/ira_constraints/Pigeon/true`)).status,
    404,
  );

  const iraBank = await linkApprovedBank(s, s.ira, '246813579');
  const ira = `/v1.0/accounts/${s.ira}/transfers/ach`;
  const missing = await s.as(ira, 'POST', {
    AchRelationshipId: iraBank,
    IsIncoming: true,
    Amount: 100,
  });
  assert.equal(missing.status, 422);
  assert.ok('model.IraContribution' in missing.body.ModelState);
  const badYear = await s.as(ira, 'POST', {
    AchRelationshipId: iraBank,
    IsIncoming: true,
    Amount: 100,
    IraContribution: { Type: 'Regular', ContributionYear: 2020 },
  });
  assert.ok('model.IraContribution.ContributionYear' in badYear.body.ModelState);
  const ok = await s.as(ira, 'POST', {
    AchRelationshipId: iraBank,
    IsIncoming: true,
    Amount: 100,
    IraContribution: { Type: 'Regular', ContributionYear: 2026 },
  });
  assert.equal(ok.status, 200);
  const noReason = await s.as(ira, 'POST', {
    AchRelationshipId: iraBank,
    IsIncoming: false,
    Amount: 10,
  });
  assert.ok('model.IraDistribution' in noReason.body.ModelState);
});

test('a settling transfer is announced on the AccountBalance stream', async () => {
  const streamers = (await s.as('/v1.0/streamers')).body;
  const data = streamers.DataAddresses[0];
  const ws = new WebSocket(
    `${data.Url}/CreateSession.txt?User=${s.user.userId}:${data.SessionId}&Password=${data.SessionId}&HttpClientType=WebSocket`,
  );
  const messages: Record<string, string>[] = [];
  ws.on('message', (raw) => messages.push(JSON.parse(String(raw))));
  try {
    await waitFor(() => messages.find((m) => m.Cmd === 'CreateSession.txt'));
    const session = messages.find((m) => m.Cmd === 'CreateSession.txt')!.SessionId;
    ws.send(
      JSON.stringify({
        Cmd: 'Subscribe.txt',
        SessionId: session,
        Keys: String(s.margin),
        EntityType: 'AccountBalance',
        HttpClientType: 'WebSocket',
      }),
    );
    await waitFor(() => messages.find((m) => m.Cmd === 'Subscribe.txt'));
    const sent = await s.as(`${T()}/ach`, 'POST', {
      AchRelationshipId: bank,
      IsIncoming: true,
      Amount: 777,
    });
    assert.equal(sent.status, 200);
    const pendingMessage = await waitFor(() =>
      messages.find((m) => m.EntityType === 'AccountBalance' && Number(m.PendingCash) >= 777),
    );
    const cashBefore = Number(pendingMessage.CashBalance);
    await s.control('/funding/advance', { businessDays: 1 });
    await waitFor(() =>
      messages.find(
        (m) =>
          m.EntityType === 'AccountBalance' &&
          Math.abs(Number(m.CashBalance) - (cashBefore + 777)) < 0.005,
      ),
    );
  } finally {
    ws.close();
  }
});

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('not received');
}

test('a transfer whose answer is lost (dropPlacementResponse) was made: the list shows it, and nothing else', async () => {
  const count = (await list()).TotalCount;
  await s.control('/faults', { dropPlacementResponse: 1, scope: { token: s.user.token } });
  try {
    const lost = await s.as(`${T()}/ach`, 'POST', {
      AchRelationshipId: bank,
      IsIncoming: true,
      Amount: 42.42,
    });
    assert.equal(lost.status, 502);
    const after = await list();
    assert.equal(after.TotalCount, count + 1);
    const made = after.Result.filter((r: { Amount: number }) => r.Amount === 42.42);
    assert.equal(made.length, 1);
    assert.equal(made[0].Status, 'Pending');
    const next = await s.as(`${T()}/ach`, 'POST', {
      AchRelationshipId: bank,
      IsIncoming: true,
      Amount: 1,
    });
    assert.equal(next.status, 200, 'only one answer was lost');
  } finally {
    await s.control('/faults', undefined, 'DELETE');
  }
});

test("the user's aggregated balance sees a settlement that came with the clock", async () => {
  const before = (await s.as('/v1.0/users/@me/balance-info')).body;
  const sent = await s.as(`${T()}/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 64,
  });
  const settles = Date.parse(sent.body.TransferDate);
  s.clock.now = Math.max(s.clock.now, settles) + 60_000;
  const after = (await s.as('/v1.0/users/@me/balance-info')).body;
  // Every deposit still pending (this one and earlier ones) has settled by then.
  assert.equal(after.cash, Math.round((before.cash + before.pendingCash + 64) * 100) / 100);
  assert.equal(after.pendingCash, 0);
});

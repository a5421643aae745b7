import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHASE, startFundingServer, type FundingTestServer } from './funding.test-support.ts';

let s: FundingTestServer;
before(async () => {
  s = await startFundingServer();
});
after(() => s.close());

const base = () => `/v1.0/accounts/${s.margin}/ach-relationships`;
const body = (over: Record<string, unknown> = {}) => ({
  RoutingNumber: CHASE,
  AccountNumber: '000123456789',
  AccountOwnerName: 'Sandbox User',
  ...over,
});

test('create refuses each bad number with a 422 ModelState naming the field', async () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ RoutingNumber: undefined }, 'model.RoutingNumber', /required/],
    [{ RoutingNumber: '02100002' }, 'model.RoutingNumber', /exactly 9 digits/],
    [{ RoutingNumber: '02100002a' }, 'model.RoutingNumber', /digits only/],
    [{ RoutingNumber: '021000022' }, 'model.RoutingNumber', /ABA checksum/],
    [{ RoutingNumber: '991000027' }, 'model.RoutingNumber', /routing symbol/],
    [{ AccountNumber: '123' }, 'model.AccountNumber', /4 to 17 digits/],
    [{ AccountNumber: '123456789012345678' }, 'model.AccountNumber', /4 to 17 digits/],
    [{ AccountNumber: '12-34' }, 'model.AccountNumber', /digits only/],
    [{ AccountOwnerName: ' ' }, 'model.AccountOwnerName', /required/],
    [{ BankAccountType: 'Brokerage' }, 'model.BankAccountType', /Checking, Savings/],
  ];
  for (const [over, key, message] of cases) {
    const r = await s.as(base(), 'POST', body(over));
    assert.equal(r.status, 422, JSON.stringify(over));
    assert.equal(r.body.Message, 'Validation error occured while processing entity');
    assert.deepEqual(Object.keys(r.body.ModelState), [key], JSON.stringify(over));
    assert.match(r.body.ModelState[key][0], message);
  }
  const list = await s.as(`${base()}?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=false`);
  assert.equal(list.body.TotalCount, 0, 'nothing was linked');
});

test('a link is Pending, its micro-deposits arrive with the next batch, wrong amounts are refused, right ones approve', async () => {
  const created = await s.as(base(), 'POST', body({ Name: 'Household' }));
  assert.equal(created.status, 200);
  const rel = created.body;
  assert.equal(rel.Status, 'Pending');
  assert.equal(rel.DisplayAccountNumber, '****6789');
  assert.equal(rel.Default, false);
  const early = await s.as(`${base()}/${rel.Id}/approve`, 'POST', { Amount1: 0.1, Amount2: 0.2 });
  assert.equal(early.status, 409);
  assert.match(early.body.Errors[0], /not arrived/);
  assert.equal(
    (await s.control(`/funding/ach-relationships/${rel.Id}/micro-deposits`)).status,
    404,
  );

  await s.control('/funding/advance', { businessDays: 1 });
  assert.equal((await s.as(`${base()}/${rel.Id}`)).body.Status, 'PendingApproval');
  const { body: amounts } = await s.control(`/funding/ach-relationships/${rel.Id}/micro-deposits`);
  const wrong = {
    Amount1: amounts.Amount1,
    Amount2: amounts.Amount2 === 0.99 ? 0.98 : round(amounts.Amount2 + 0.01),
  };
  const refused = await s.as(`${base()}/${rel.Id}/approve`, 'POST', wrong);
  assert.equal(refused.status, 409);
  assert.deepEqual(Object.keys(refused.body), ['Model', 'Errors', 'StatusCode', 'IsSucceed']);
  assert.match(refused.body.Errors[0], /do not match.*2 attempts left/);
  assert.equal((await s.as(`${base()}/${rel.Id}`)).body.Status, 'PendingApproval');
  const approved = await s.as(`${base()}/${rel.Id}/approve`, 'POST', {
    Amount1: amounts.Amount2,
    Amount2: amounts.Amount1,
  });
  assert.equal(approved.status, 200);
  assert.equal(approved.body.Status, 'Approved');
  assert.equal(approved.body.Default, true, 'the first approved link becomes the default');
  const again = await s.as(base(), 'POST', body());
  assert.equal(again.status, 409);
  assert.match(again.body.Errors[0], /already linked/);
});

test('three wrong attempts cancel the link', async () => {
  const { body: rel } = await s.as(base(), 'POST', body({ AccountNumber: '55554444' }));
  await s.control('/funding/advance', { businessDays: 1 });
  const { body: amounts } = await s.control(`/funding/ach-relationships/${rel.Id}/micro-deposits`);
  const wrong = {
    Amount1: amounts.Amount1 === 0.5 ? 0.51 : 0.5,
    Amount2: amounts.Amount1 === 0.5 ? 0.51 : 0.5,
  };
  const answers = [];
  for (let i = 0; i < 3; i++)
    answers.push(await s.as(`${base()}/${rel.Id}/approve`, 'POST', wrong));
  assert.deepEqual(
    answers.map((a) => a.status),
    [409, 409, 409],
  );
  assert.match(answers[2].body.Errors[0], /No attempts left/);
  const after = (await s.as(`${base()}/${rel.Id}`)).body;
  assert.equal(after.Status, 'Canceled');
  assert.match(after.CancelReason, /failed/);
  const late = await s.as(`${base()}/${rel.Id}/approve`, 'POST', amounts);
  assert.equal(late.status, 409, 'even the right amounts are refused now');
});

test('default, rename, delete, status filter, Plaid not configured', async () => {
  const { body: second } = await s.as(
    base(),
    'POST',
    body({ AccountNumber: '99990000', BankAccountType: 'Savings' }),
  );
  assert.equal((await s.as(`${base()}/${second.Id}/default`, 'POST')).status, 204);
  const def = await s.as(`${base()}/default`);
  assert.equal(def.body.Id, second.Id);
  const renamed = await s.as(`${base()}/${second.Id}`, 'PUT', { Name: 'Rainy day' });
  assert.equal(renamed.body.Name, 'Rainy day');
  assert.equal((await s.as(`${base()}/${second.Id}`, 'PUT', { Name: '' })).status, 422);
  assert.equal((await s.as(`${base()}/${second.Id}`, 'DELETE')).status, 404, 'reason is required');
  const removed = await s.as(`${base()}/${second.Id}?reason=Closed%20at%20the%20bank`, 'DELETE');
  assert.equal(removed.status, 200);
  assert.equal(removed.body.Status, 'Canceled');
  assert.equal(removed.body.CancelReason, 'Closed at the bank');
  assert.equal(removed.body.Default, false);
  assert.equal((await s.as(`${base()}/${second.Id}?reason=x`, 'DELETE')).status, 409);
  assert.equal((await s.as(`${base()}/default`)).status, 404, 'no default once it is removed');
  const canceled = await s.as(
    `${base()}?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=true&status=Canceled`,
  );
  assert.ok(canceled.body.Result.every((r: { Status: string }) => r.Status === 'Canceled'));
  assert.ok(canceled.body.Result.some((r: { Id: string }) => r.Id === second.Id));
  assert.equal(
    (await s.as(`${base()}?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=true&status=Gone`))
      .status,
    400,
  );
  assert.equal(
    (await s.as(`${base()}?pageSize=10&pageNumber=0`)).status,
    404,
    'sortBy and isDesc are required',
  );
  const plaid = await s.as(`${base()}/plaid`, 'POST', {
    PublicToken: 'public-sandbox',
    Accounts: ['a'],
  });
  assert.equal(plaid.status, 409);
  assert.match(plaid.body.Errors[0], /Plaid is not configured/);
  assert.equal((await s.as(`${base()}/00000000-0000-4000-a000-000000000000`)).status, 404);
});

test("another user's account is refused", async () => {
  const other = await s.freshUser();
  const r = await s.api(`/v1.0/accounts/${s.margin}/ach-relationships`, {
    method: 'POST',
    token: other.token,
    body: body(),
  });
  assert.equal(r.status, 401);
});

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

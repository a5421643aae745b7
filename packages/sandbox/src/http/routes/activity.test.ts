import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  linkApprovedBank,
  startFundingServer,
  type FundingTestServer,
} from './funding.test-support.ts';

let s: FundingTestServer;
before(async () => {
  s = await startFundingServer();
});
after(() => s.close());

const A = () => `/v1.0/accounts/${s.margin}`;
type Row = {
  Id: number;
  Type: string;
  Code: string;
  Date: string;
  Value: number;
  Symbol: string;
  MarginType: string;
};
const all = async (extra = '') =>
  (await s.as(`${A()}/activity?pageSize=1000&pageNumber=0&sortBy=Date&isAsc=true${extra}`)).body;

test('the seeded year has fills, commissions, dividends, interest and the opening deposit, and the ledger adds up to the cash', async () => {
  const { Result: rows, TotalCount } = await all();
  assert.equal(rows.length, TotalCount);
  const codes = new Set(rows.map((r: Row) => r.Code));
  for (const code of ['TRD', 'COM', 'DIV', 'INT', 'DEP']) assert.ok(codes.has(code), `has ${code}`);
  const dividend = rows.find((r: Row) => r.Code === 'DIV');
  assert.equal(dividend.Type, 'Payment');
  assert.equal(dividend.MarginType, 'Dividend');
  assert.ok(dividend.Value > 0 && dividend.Symbol);
  const sum = rows.reduce((total: number, r: Row) => total + r.Value, 0);
  const { body: info } = await s.as(`${A()}/info`);
  assert.equal(Math.round(sum * 100) / 100, info.cash);
  for (let i = 1; i < rows.length; i++)
    assert.ok(rows[i - 1].Date <= rows[i].Date, 'isAsc=true is oldest first');
});

test('activity pages, sorts both ways, filters by type; transfers show up once settled', async () => {
  const first = (await s.as(`${A()}/activity?pageSize=5&pageNumber=0&sortBy=Date&isAsc=false`))
    .body;
  assert.equal(first.Result.length, 5);
  assert.match(first.NextPageLink, /pageNumber=1/);
  assert.equal(first.PreviousPageLink, '');
  for (let i = 1; i < 5; i++)
    assert.ok(first.Result[i - 1].Date >= first.Result[i].Date, 'isAsc=false is newest first');
  const filter = encodeURIComponent("Type in ('Payment') and Code = 'DIV'");
  const dividends = await all(`&filter=${filter}`);
  assert.ok(dividends.TotalCount > 0);
  assert.ok(dividends.Result.every((r: Row) => r.Code === 'DIV'));
  assert.equal(
    (await s.as(`${A()}/activity?pageSize=5&pageNumber=0&sortBy=Date&isAsc=true&filter=Type%20%3D`))
      .status,
    400,
  );
  const missing = await s.as(`${A()}/activity?pageSize=5&pageNumber=0&sortBy=Date`);
  assert.equal(missing.status, 404);
  assert.equal(missing.body.Error.Code, 'UnsupportedApiVersion');

  const bank = await linkApprovedBank(s, s.margin);
  await s.as(`${A()}/transfers/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 321,
  });
  const payments = `&filter=${encodeURIComponent("Code = 'DEP'")}`;
  assert.equal((await all(payments)).TotalCount, 1, 'a pending deposit is not activity yet');
  await s.control('/funding/advance', { businessDays: 1 });
  const deposits = (await all(payments)).Result;
  assert.deepEqual(
    deposits.map((r: Row) => r.Value),
    [300000, 321],
  );
});

test('allowed types are the transaction types', async () => {
  for (const path of ['activity/allowed-types', 'transactions/allowed-types']) {
    const { status, body } = await s.as(`${A()}/${path}`);
    assert.equal(status, 200);
    assert.ok(
      body.includes('Payment') && body.includes('OrderExecution') && body.includes('Commission'),
    );
    assert.ok(!body.includes('Undefined'));
  }
});

test('the reports are the filtered statement as CSV lines, or a CSV file', async () => {
  const filter = encodeURIComponent("Code = 'INT'");
  const interest = await all(`&filter=${filter}`);
  const json = await s.as(
    `${A()}/activity/report?sortBy=Date&isAsc=true&reportEnum=CsvReport&filter=${filter}`,
  );
  assert.equal(json.status, 200);
  assert.equal(
    json.body[0],
    'Id,Date,SettlementDate,Type,Code,Symbol,Quantity,Price,Value,Description',
  );
  assert.equal(json.body.length, interest.TotalCount + 1);
  assert.ok(json.body[1].startsWith(`${interest.Result[0].Id},`));
  const file = await s.api(`${A()}/transaction/report?sortBy=Id&isDesc=true&reportEnum=CsvReport`, {
    token: s.user.token,
    headers: { Accept: 'text/csv' },
  });
  assert.equal(file.status, 200);
  assert.match(file.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(
    file.headers.get('content-disposition') ?? '',
    /attachment; filename="transactions-\d+\.csv"/,
  );
  const lines = String(file.body).split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with a line break');
  const { body: total } = await s.as(
    `${A()}/transactions?pageSize=1&pageNumber=0&sortBy=Id&isDesc=true`,
  );
  assert.equal(lines.length - 2, total.TotalCount);
  assert.ok(lines[1].startsWith(`${total.Result[0].Id},`), 'sorted as asked');
  assert.deepEqual(
    (await s.as(`${A()}/activity/report?sortBy=Date&isAsc=true&reportEnum=NotReport`)).body,
    [],
  );
  assert.equal(
    (await s.as(`${A()}/activity/report?sortBy=Date&isAsc=true&reportEnum=PdfReport`)).status,
    409,
  );
  assert.equal(
    (await s.as(`${A()}/activity/report?sortBy=Date&isAsc=true&reportEnum=Xls`)).status,
    400,
  );
});

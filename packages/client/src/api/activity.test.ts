/** The activity group against the real sandbox over HTTP on 127.0.0.1. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AutoSharesClient } from '../client.ts';
import { activityFilter } from '../store/resources/activity.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';

let h: SandboxHarness;
let user: SandboxUser;
let client: AutoSharesClient;
let accountId: number;

before(async () => {
  h = await startHarness();
  user = await h.createUser();
  client = h.client(user);
  accountId = user.accountIds[0]!;
});
after(() => h.close());

test('allowed types, pages newest first, filtered by type and date', async () => {
  const types = await client.api.activity.allowedTypes(accountId);
  assert.ok(types.includes('Payment') && types.includes('OrderExecution'), types.join());
  assert.ok(!types.includes('Undefined'));

  const first = await client.api.activity.list(accountId, { pageSize: 5 });
  assert.equal(first.items.length, 5);
  assert.ok(first.totalCount > 5 && first.hasNextPage);
  const dates = first.items.map((t) => t.Date as unknown as number);
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
    'newest first',
  );
  const second = await client.api.activity.list(accountId, { pageSize: 5, pageNumber: 1 });
  assert.ok((second.items[0]!.Date as unknown as number) <= dates.at(-1)!);

  const payments = await client.api.activity.all(accountId, {
    filter: activityFilter({ types: ['Payment'] }),
    pageSize: 100,
  });
  assert.ok(payments.length > 0);
  assert.ok(payments.every((t) => t.Type === 'Payment'));

  const to = Date.now();
  const from = to - 60 * 86_400_000;
  const recent = await client.api.activity.all(accountId, {
    filter: activityFilter({ types: ['Payment', 'Commission'], from, to }),
    pageSize: 100,
  });
  assert.ok(
    recent.every((t) => {
      const date = t.Date as unknown as number;
      return ['Payment', 'Commission'].includes(t.Type!) && date >= from && date <= to;
    }),
  );
});

test('the CSV report is the file the server serves as text/csv, line for line', async () => {
  const filter = activityFilter({ types: ['Payment'] });
  const lines = await client.api.activity.csvReport(accountId, { filter });
  assert.equal(
    lines[0],
    'Id,Date,SettlementDate,Type,Code,Symbol,Quantity,Price,Value,Description',
  );
  const url = new URL(`${h.server.apiUrl}/v1.0/accounts/${accountId}/activity/report`);
  url.search = new URLSearchParams({
    sortBy: 'Date',
    isAsc: 'false',
    reportEnum: 'CsvReport',
    filter: String(filter),
  }).toString();
  const file = await fetch(url, {
    headers: {
      Accept: 'text/csv',
      Authorization: `Bearer ${user.token}`,
      'Et-App-Key': user.appKey,
    },
  });
  assert.equal(file.status, 200);
  assert.equal(`${lines.join('\r\n')}\r\n`, await file.text());
  assert.ok(lines.slice(1).every((line) => line.split(',')[3] === 'Payment'));
});

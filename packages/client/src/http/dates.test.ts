import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toEpochMs, toIsoString, toUnixSeconds } from './dates.ts';
import { normalizeDates, toPage } from './normalize.ts';

test('ISO dates with up to 7 fractional digits become epoch ms; the .NET zero date is none', () => {
  assert.equal(toEpochMs('2019-02-25T13:33:40.9022856Z'), Date.UTC(2019, 1, 25, 13, 33, 40, 902));
  assert.equal(toEpochMs('2019-02-25T13:33:40Z'), Date.UTC(2019, 1, 25, 13, 33, 40));
  assert.equal(
    toEpochMs('2019-02-25T13:33:40'),
    Date.UTC(2019, 1, 25, 13, 33, 40),
    'no zone = UTC',
  );
  assert.equal(toEpochMs('2019-02-25T15:33:40+02:00'), Date.UTC(2019, 1, 25, 13, 33, 40));
  assert.equal(toEpochMs('0001-01-01T00:00:00Z'), null);
  assert.equal(toEpochMs('0001-01-01T00:00:00'), null);
  assert.equal(toEpochMs(''), null);
  assert.equal(toEpochMs('not a date'), null);
});

test('numbers are read by magnitude: Unix seconds, ms, .NET ticks; streamer US dates as UTC', () => {
  assert.equal(toEpochMs(1550674384), 1550674384000);
  assert.equal(toEpochMs(1550674384123), 1550674384123);
  assert.equal(toEpochMs(636866496000000000), Date.UTC(2019, 1, 25));
  assert.equal(toEpochMs(0), null);
  assert.equal(toEpochMs('1550674384'), 1550674384000);
  assert.equal(toEpochMs('02/25/2019 13:33:40'), Date.UTC(2019, 1, 25, 13, 33, 40));
});

test('wire formats for dates passed in', () => {
  const when = Date.UTC(2020, 0, 17, 10, 0, 0, 500);
  assert.equal(toUnixSeconds(when), 1579255200);
  assert.equal(toUnixSeconds(new Date(when)), 1579255200);
  assert.equal(toIsoString(when), '2020-01-17T10:00:00.500Z');
});

test('normalizeDates converts date fields at any depth and leaves string maps alone', () => {
  const out = normalizeDates({
    Id: 1,
    CreateDate: '2019-02-25T13:33:40.9022856Z',
    ExpireDate: '0001-01-01T00:00:00Z',
    Legs: [{ Date: '2019-02-25T13:33:40Z' }],
    ExecutionInstructions: { Date: 'keep me' },
    SecurityHistory: [[{ Time: 1550674384, Close: 10 }]],
    Description: '2019-02-25T13:33:40Z',
  });
  assert.equal(out.CreateDate, Date.UTC(2019, 1, 25, 13, 33, 40, 902));
  assert.equal(out.ExpireDate, null);
  assert.equal(out.Legs[0]!.Date, Date.UTC(2019, 1, 25, 13, 33, 40));
  assert.deepEqual(out.ExecutionInstructions, { Date: 'keep me' });
  assert.equal(out.SecurityHistory[0]![0]!.Time, 1550674384000);
  assert.equal(out.Description, '2019-02-25T13:33:40Z', 'only date fields are converted');
});

test('toPage accepts a PagingResult or a bare array', () => {
  const paged = toPage<number>(
    { Result: [1, 2], NextPageLink: 'http://x/next', PreviousPageLink: '', TotalCount: 5 },
    0,
    2,
  );
  assert.deepEqual(paged, {
    items: [1, 2],
    totalCount: 5,
    pageNumber: 0,
    pageSize: 2,
    hasNextPage: true,
  });
  const last = toPage<number>(
    { Result: [5], NextPageLink: '', PreviousPageLink: 'p', TotalCount: 5 },
    2,
    2,
  );
  assert.equal(last?.hasNextPage, false);
  const bare = toPage<number>([7, 8, 9], 0, 99);
  assert.deepEqual(bare, {
    items: [7, 8, 9],
    totalCount: 3,
    pageNumber: 0,
    pageSize: 99,
    hasNextPage: false,
  });
  assert.equal(toPage({ Model: 1 }, 0, 10), undefined);
});

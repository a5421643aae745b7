import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abaChecksumOk,
  accountNumberProblem,
  maskAccountNumber,
  routingNumberProblem,
} from './bank-numbers.ts';
import { batchDay, settlesAt } from './business-days.ts';

test('real routing numbers pass the ABA checksum; a changed digit fails it', () => {
  for (const n of ['021000021', '011000015', '026009593', '121000248', '322271627'])
    assert.equal(routingNumberProblem(n), null, n);
  assert.equal(abaChecksumOk('021000022'), false);
  assert.match(routingNumberProblem('021000022') ?? '', /checksum/);
  assert.match(routingNumberProblem('131000021') ?? '', /routing symbol/, '13 is no Fed district');
  assert.match(routingNumberProblem(' ') ?? '', /required/);
  assert.match(routingNumberProblem(21000021) ?? '', /required/, 'a number, not a string');
});

test('account numbers are 4–17 digits, shown with their last four only', () => {
  assert.equal(accountNumberProblem('1234'), null);
  assert.equal(accountNumberProblem('12345678901234567'), null);
  assert.match(accountNumberProblem('123') ?? '', /4 to 17/);
  assert.match(accountNumberProblem('1234 5678') ?? '', /digits only/);
  assert.equal(maskAccountNumber('000123456789'), '****6789');
});

test('ACH batches: before the 16:00 cut-off today, after it or at a weekend the next business day', () => {
  const day = (iso: string) => new Date(batchDay(Date.parse(iso))).toISOString();
  // New York is UTC-4 in March 2026 after the 8th.
  assert.equal(day('2026-03-11T19:59:00Z'), '2026-03-11T04:00:00.000Z', 'Wednesday 15:59');
  assert.equal(day('2026-03-11T20:00:00Z'), '2026-03-12T04:00:00.000Z', 'Wednesday 16:00');
  assert.equal(day('2026-03-13T21:00:00Z'), '2026-03-16T04:00:00.000Z', 'Friday 17:00 → Monday');
  assert.equal(day('2026-03-14T15:00:00Z'), '2026-03-16T04:00:00.000Z', 'Saturday → Monday');
  const settles = (iso: string, days: number) =>
    new Date(settlesAt(Date.parse(iso), days)).toISOString();
  assert.equal(
    settles('2026-03-13T14:00:00Z', 1),
    '2026-03-16T13:00:00.000Z',
    'Friday morning → Monday 09:00',
  );
  assert.equal(
    settles('2026-03-11T14:00:00Z', 3),
    '2026-03-16T13:00:00.000Z',
    'a check: three business days',
  );
});

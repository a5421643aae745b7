import { test } from 'node:test';
import assert from 'node:assert/strict';
import { and, between, contains, eq, gte, inList, literal, startsWith } from './filter.ts';

test('quotes strings and doubles embedded quotes', () => {
  assert.equal(eq('Symbol', "O'Reilly").toString(), "Symbol = 'O''Reilly'");
  assert.equal(literal("a' or '1'='1"), "'a'' or ''1''=''1'");
});

test('renders dates as #ISO# literals, numbers bare and booleans as words', () => {
  const when = new Date(Date.UTC(2019, 2, 13, 18, 31, 42));
  assert.equal(gte('CreateDate', when).toString(), 'CreateDate >= #2019-03-13T18:31:42.000Z#');
  assert.equal(eq('SecurityId', 4).toString(), 'SecurityId = 4');
  assert.equal(eq('Enabled', true).toString(), 'Enabled = true');
});

test('builds in, between, string operators and and-combinations', () => {
  const f = and(
    inList('Status', [0, 1, 4]),
    between('Quantity', 0, 1000),
    startsWith('Symbol', 'AA'),
    false,
    undefined,
    contains('Description', 'Apple'),
  );
  assert.equal(
    String(f),
    "Status in (0, 1, 4) and Quantity between 0 and 1000 and Symbol startsWith 'AA' and Description contains 'Apple'",
  );
  assert.equal(and(), undefined);
});

test('rejects field names that could inject syntax, empty in-lists and non-finite numbers', () => {
  assert.throws(() => eq('Symbol = 1 or 1', 1), /Invalid filter field name/);
  assert.throws(() => inList('Status', []), /Empty "in" list/);
  assert.throws(() => eq('Price', Number.NaN), /Invalid number/);
  assert.throws(() => eq('CreateDate', new Date('nope')), /Invalid date/);
});

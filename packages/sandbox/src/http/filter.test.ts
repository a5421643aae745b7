import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFilter, FilterSyntaxError, parseFilter } from './filter.ts';

const rows = [
  {
    Id: 1,
    Symbol: 'AAPL',
    Type: 'CommonStock',
    Enabled: true,
    AddedDate: '2015-03-02T00:00:00Z',
    Quantity: 10,
  },
  {
    Id: 2,
    Symbol: 'MSFT',
    Type: 'CommonStock',
    Enabled: false,
    AddedDate: '2019-06-01T12:00:00.1234567Z',
    Quantity: 500,
  },
  {
    Id: 3,
    Symbol: 'SPY',
    Type: 'ETF',
    Enabled: true,
    AddedDate: '2021-01-01T00:00:00Z',
    Quantity: 2000,
  },
  {
    Id: 4,
    Symbol: "O'REILLY",
    Type: 'CommonStock',
    Enabled: true,
    AddedDate: '2024-01-01T00:00:00Z',
    Quantity: 0,
  },
];
const ids = (filter: string, options?: Parameters<typeof compileFilter>[1]) =>
  rows.filter(compileFilter(filter, options)).map((r) => r.Id);

test('comparison operators on numbers', () => {
  assert.deepEqual(ids('Id = 2'), [2]);
  assert.deepEqual(ids('Quantity < 500'), [1, 4]);
  assert.deepEqual(ids('Quantity <= 500'), [1, 2, 4]);
  assert.deepEqual(ids('Quantity > 10'), [2, 3]);
  assert.deepEqual(ids('Quantity >= 10'), [1, 2, 3]);
});

test('between, in, and, booleans, field names case-insensitive', () => {
  assert.deepEqual(ids('Quantity between 0 and 500'), [1, 2, 4]);
  assert.deepEqual(ids("symbol IN ('aapl', 'SPY')"), [1, 3]);
  assert.deepEqual(ids('Id in (2, 4)'), [2, 4]);
  assert.deepEqual(ids("Type = 'CommonStock' and Enabled = true"), [1, 4]);
  assert.deepEqual(ids('enabled = false'), [2]);
  assert.deepEqual(ids("(Type = 'ETF') and (Quantity > 1)"), [3]);
});

test('string operators and the doubled-quote escape', () => {
  assert.deepEqual(ids("Symbol contains 'S'"), [2, 3]);
  assert.deepEqual(ids("Symbol startsWith 'a'"), [1]);
  assert.deepEqual(ids("Symbol endsWith 'Y'"), [3, 4]);
  assert.deepEqual(ids("Symbol = 'O''REILLY'"), [4]);
});

test('dates compare as instants; zone-less dates are UTC; 7 fractional digits are read', () => {
  assert.deepEqual(ids('AddedDate >= #2019-06-01T12:00:00#'), [2, 3, 4]);
  assert.deepEqual(ids('AddedDate > #2019-06-01T12:00:00.5Z#'), [3, 4]);
  assert.deepEqual(ids('AddedDate between #2015-01-01# and #2020-01-01#'), [1, 2]);
  const unixSeconds = [{ Id: 9, Date: 1550674384 }];
  assert.equal(unixSeconds.filter(compileFilter('Date < #2019-02-21T00:00:00Z#')).length, 1);
});

test('a caller-supplied field reader maps enum names to numeric codes', () => {
  const orders = [
    { Id: 1, Status: 'New' },
    { Id: 2, Status: 'Filled' },
    { Id: 3, Status: 'Canceled' },
  ];
  const code: Record<string, number> = { New: 0, Filled: 2, Canceled: 4 };
  const match = compileFilter<(typeof orders)[number]>('Status in (0, 4)', {
    fields: { status: (o: (typeof orders)[number]) => code[o.Status] },
  });
  assert.deepEqual(
    orders.filter(match).map((o) => o.Id),
    [1, 3],
  );
});

test('an empty filter matches everything', () => {
  assert.deepEqual(ids(''), [1, 2, 3, 4]);
  assert.deepEqual(parseFilter('   ').clauses, []);
});

test('bad filters throw FilterSyntaxError with a position and a clear message', () => {
  const cases: [string, RegExp][] = [
    ['Symbol ==', /Unexpected '='/],
    ["Symbol = 'AAPL", /Unterminated string/],
    ['Date > #not a date#', /Invalid date literal/],
    ['Id = 1 or Id = 2', /'or' is not supported/],
    ['Id between 1 2', /expected 'and'/],
    ['Id in 1, 2', /expected '\(' after in/],
    ["Symbol likes 'A'", /expected an operator/],
    ['Symbol contains 5', /needs a quoted string/],
    ['= 5', /expected a field name/],
    ['Id = 1 and', /end of filter/],
    ['Id = 1 ; drop', /Unexpected character ';'/],
  ];
  for (const [text, message] of cases) {
    assert.throws(
      () => parseFilter(text),
      (e: unknown) => e instanceof FilterSyntaxError && message.test(e.message) && e.position >= 0,
      text,
    );
  }
});

test('allowedFields rejects an unknown field', () => {
  assert.throws(
    () => compileFilter('Secret = 1', { allowedFields: ['Symbol', 'Id'] }),
    /Unknown filter field 'Secret'/,
  );
  assert.deepEqual(ids('ID = 3', { allowedFields: ['Id'] }), [3]);
});

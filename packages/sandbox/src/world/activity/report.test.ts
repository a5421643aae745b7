import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvLines } from './report.ts';

test('CSV fields are quoted when they must be, and formula-looking text is defused', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField(-25.5), '-25.5', 'numbers stay numbers');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField(undefined), '');
  assert.deepEqual(csvLines([{ Id: 1, Value: 2, Description: 'x,y' }]), [
    'Id,Date,SettlementDate,Type,Code,Symbol,Quantity,Price,Value,Description',
    '1,,,,,,,,2,"x,y"',
  ]);
});

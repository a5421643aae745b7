/** Vesting tranches from schedule rows and manual rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vestingTranches, type VestingScheduleInput } from './vesting.ts';

const grant = { grantDate: '2024-01-31', vestingStartDate: '2024-02-29', grantedShares: 1000 };

describe('vestingTranches', () => {
  it('adds periods up from the vesting start, month ends clamped, whole units rounded down cumulatively', () => {
    const schedule: VestingScheduleInput = {
      vestingBasis: 'GRANT_VESTING_START_DATE',
      wholeUnitVesting: true,
      vestingScheduleRows: [
        {
          amountNumerator: 1,
          amountDenominator: 3,
          vestingPeriodLength: 1,
          vestingPeriodType: 'YEAR',
        },
        {
          amountNumerator: 1,
          amountDenominator: 3,
          vestingPeriodLength: 1,
          vestingPeriodType: 'MONTH',
        },
        {
          amountNumerator: 1,
          amountDenominator: 3,
          vestingPeriodLength: 2,
          vestingPeriodType: 'WEEK',
        },
      ],
    };
    assert.deepEqual(vestingTranches(grant, schedule, '2025-03-01'), [
      { date: '2025-02-28', shares: 333, vested: true },
      { date: '2025-03-29', shares: 333, vested: false },
      { date: '2025-04-12', shares: 334, vested: false },
    ]);
  });

  it('keeps fractions without whole-unit vesting, and starts at the grant date when the basis says so', () => {
    const schedule: VestingScheduleInput = {
      vestingBasis: 'GRANT_DATE',
      wholeUnitVesting: false,
      vestingScheduleRows: [
        {
          amountNumerator: 1,
          amountDenominator: 3,
          vestingPeriodLength: 10,
          vestingPeriodType: 'DAY',
        },
        {
          amountNumerator: 2,
          amountDenominator: 3,
          vestingPeriodLength: 1,
          vestingPeriodType: 'MONTH',
        },
      ],
    };
    const tranches = vestingTranches(grant, schedule, '2024-01-01');
    assert.equal(tranches[0].date, '2024-02-10');
    assert.ok(Math.abs(tranches[0].shares - 1000 / 3) < 1e-9);
    assert.equal(tranches[1].shares + tranches[0].shares, 1000);
    assert.ok(tranches.every((t) => !t.vested));
  });

  it('uses the grant’s manual rows, in date order, over any schedule', () => {
    const manual = {
      ...grant,
      manualVestingRows: [
        { vestDate: '2026-06-01', vestQuantity: 600 },
        { vestDate: '2025-06-01', vestQuantity: 400 },
      ],
    };
    assert.deepEqual(vestingTranches(manual, null, '2025-06-01'), [
      { date: '2025-06-01', shares: 400, vested: true },
      { date: '2026-06-01', shares: 600, vested: false },
    ]);
  });
});

/**
 * Vesting tranches of a grant, from its schedule's rows (or its manual rows): Shareworks has no
 * "vested to date" field, it follows from the schedule. Row periods add up from the vesting
 * start; with `wholeUnitVesting` the cumulative amount is rounded down to whole shares (the last
 * row vests the rest), as `CUMULATIVE_ROUNDING` allocates.
 */

/** The schedule fields the computation reads (the spec's `VestingScheduleDetails`). */
export interface VestingScheduleInput {
  vestingBasis?: string;
  vestingBasisSpecifiedDate?: string;
  wholeUnitVesting?: boolean;
  vestingScheduleRows: {
    amountNumerator: number;
    amountDenominator: number;
    vestingPeriodLength?: number;
    vestingPeriodType?: 'YEAR' | 'MONTH' | 'WEEK' | 'DAY';
  }[];
}

/** The grant fields the computation reads (the spec's `StakeholderGrantSummaryDetails`). */
export interface VestingGrantInput {
  grantDate: string;
  vestingStartDate: string;
  grantedShares: number;
  manualVestingRows?: { vestDate?: string; vestQuantity: number }[];
}

export interface Tranche {
  /** `YYYY-MM-DD` */
  date: string;
  shares: number;
  /** On or before today (UTC). */
  vested: boolean;
}

const DAY_MS = 86_400_000;

function parseDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

function startOf(grant: VestingGrantInput, schedule: VestingScheduleInput): Date {
  if (schedule.vestingBasis === 'GRANT_DATE') return parseDate(grant.grantDate);
  if (schedule.vestingBasis === 'SPECIFIED_DATE' && schedule.vestingBasisSpecifiedDate)
    return parseDate(schedule.vestingBasisSpecifiedDate);
  return parseDate(grant.vestingStartDate);
}

/** The grant's tranches in date order, each marked vested when its date is on or before `today`. */
export function vestingTranches(
  grant: VestingGrantInput,
  schedule: VestingScheduleInput | null,
  today: string,
): Tranche[] {
  const manual = grant.manualVestingRows ?? [];
  if (manual.length > 0)
    return manual
      .filter(
        (row): row is { vestDate: string; vestQuantity: number } =>
          typeof row.vestDate === 'string',
      )
      .map((row) => ({
        date: row.vestDate,
        shares: row.vestQuantity,
        vested: row.vestDate <= today,
      }))
      .sort((a, b) => a.date.localeCompare(b.date));
  if (!schedule) return [];
  const start = startOf(grant, schedule);
  const whole = schedule.wholeUnitVesting !== false;
  let months = 0;
  let days = 0;
  let fraction = 0;
  let allocated = 0;
  return schedule.vestingScheduleRows.map((row, index, rows) => {
    const length = row.vestingPeriodLength ?? 0;
    if (row.vestingPeriodType === 'YEAR') months += 12 * length;
    else if (row.vestingPeriodType === 'MONTH') months += length;
    else if (row.vestingPeriodType === 'WEEK') days += 7 * length;
    else days += length;
    fraction += row.amountNumerator / row.amountDenominator;
    const exact = grant.grantedShares * Math.min(1, fraction);
    const cumulative =
      index === rows.length - 1 && fraction > 1 - 1e-9
        ? grant.grantedShares
        : whole
          ? Math.floor(exact + 1e-9)
          : exact;
    const shares = cumulative - allocated;
    allocated = cumulative;
    const date = formatDate(new Date(addMonths(start, months).getTime() + days * DAY_MS));
    return { date, shares, vested: date <= today };
  });
}

/** Shares vested on or before today. */
export const vestedShares = (tranches: Tranche[]): number =>
  tranches.reduce((sum, t) => sum + (t.vested ? t.shares : 0), 0);

/** The first tranche after today, or null. */
export const nextTranche = (tranches: Tranche[]): Tranche | null =>
  tranches.find((t) => !t.vested) ?? null;

/** Today's date in UTC, `YYYY-MM-DD`. */
export const utcToday = (nowMs: number): string => formatDate(new Date(nowMs));

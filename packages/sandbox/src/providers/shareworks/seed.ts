/**
 * The seeded Shareworks data, shaped as the reconstructed spec shapes it: companies, individual
 * stakeholders, award types, vesting schedules and grants. It fits the AutoShares world: the
 * sandbox's demo user (Dana Demo) is an employee of NVIDIA Corporation, a company the market
 * simulates (`NVDA`), with four grants; a colleague and a private company give the refusal tests
 * something to refuse, and a new hire with no grants yet shows what an empty award list is. Grant dates are relative to the clock's day, so "what vests next" is always
 * ahead.
 */
import { addMonths, isoDate, startOfMonth } from './dates.ts';

/** The spec's `CompanyDetails` (the fields the sandbox fills). */
export interface CompanyRecord {
  companyId: number;
  companyName: string;
  phone: string;
  fiscalYearEnd: string;
  stateOfIncorporation: string;
  dateOfIncorporation: string;
  entityType: string;
}

/** The spec's `IndividualStakeholderDetails` (the fields the sandbox fills). */
export interface StakeholderRecord {
  stakeholderId: number;
  firstName: string;
  lastName: string;
  stakeholderNumber: string;
  email: string;
}

/** The spec's `VestingScheduleRowDetails`. */
export interface VestingScheduleRow {
  vestingScheduleRowId: number;
  amountNumerator: number;
  amountDenominator: number;
  vestingPeriodLength: number;
  vestingPeriodType: 'YEAR' | 'MONTH' | 'WEEK' | 'DAY';
}

/** The spec's `VestingScheduleDetails`. */
export interface VestingScheduleRecord {
  vestingScheduleId: number;
  vestingScheduleName: string;
  vestingScheduleDescription: string;
  vestingBasis: 'GRANT_DATE' | 'GRANT_VESTING_START_DATE' | 'SPECIFIED_DATE' | 'OTHER';
  vestingScheduleAllocationType: 'CUMULATIVE_ROUNDING';
  wholeUnitVesting: boolean;
  vestingScheduleRows: VestingScheduleRow[];
}

/** The spec's `AwardTypeDetails`. */
export interface AwardTypeRecord {
  awardTypeId: number;
  awardTypeName: string;
}

/** The spec's `StakeholderGrantSummaryDetails` (a superset of `StakeholderGrantDetails`). */
export interface GrantRecord {
  grantId: number;
  stakeholderId: number;
  planId: number;
  awardTypeId: number;
  awardTypeName: string;
  grantName: string;
  grantNumber: string;
  grantPrice: number;
  marketPriceAtTimeOfGrant: number;
  grantCurrency: string;
  grantDate: string;
  expiryDate: string;
  allowEarlyExercise: boolean;
  underRule701: boolean;
  vestingScheduleId: number;
  vestingScheduleName: string;
  vestingStartDate: string;
  manualVestingRows: { vestDate: string; vestQuantity: number }[];
  grantedShares: number;
  cancelledShares: number;
  exercisedShares: number;
  outstandingShares: number;
  vestingAcceleration: never[];
}

/** One company's equity-plan data. */
export interface CompanyData {
  company: CompanyRecord;
  /** The AutoShares symbol of the company's stock when it is listed (sandbox metadata, not in the API). */
  symbol: string | null;
  /** Fully diluted shares of the company, for the holdings percentages. */
  fullyDilutedShares: number;
  stakeholders: StakeholderRecord[];
  awardTypes: AwardTypeRecord[];
  schedules: VestingScheduleRecord[];
  grants: GrantRecord[];
}

/** Who the sandbox's demo user is in Shareworks (for demos and tests; not part of the API). */
export const DEMO_EMPLOYEE = {
  companyId: 101,
  stakeholderId: 5001,
  symbol: 'NVDA',
  colleagueStakeholderId: 5002,
  /** A new hire of the same company who has no grants yet (the empty state). */
  newHireStakeholderId: 5003,
  /** A company the API account administers too (private, unlisted). */
  otherCompanyId: 102,
  /** A company that exists but is outside the API account's purview (403). */
  foreignCompanyId: 103,
} as const;

const AWARD_TYPES: AwardTypeRecord[] = [
  { awardTypeId: 11, awardTypeName: 'RSU' },
  { awardTypeId: 12, awardTypeName: 'ISO' },
  { awardTypeId: 13, awardTypeName: 'NSO' },
  { awardTypeId: 14, awardTypeName: 'PSU' },
];

function rows(
  firstId: number,
  spec: [number, number, number, VestingScheduleRow['vestingPeriodType']][],
): VestingScheduleRow[] {
  return spec.map(([amountNumerator, amountDenominator, vestingPeriodLength, type], i) => ({
    vestingScheduleRowId: firstId + i,
    amountNumerator,
    amountDenominator,
    vestingPeriodLength,
    vestingPeriodType: type,
  }));
}

function schedules(companyId: number): VestingScheduleRecord[] {
  const base = companyId * 10;
  return [
    {
      vestingScheduleId: base + 1,
      vestingScheduleName: '4 years quarterly, 1-year cliff',
      vestingScheduleDescription:
        'One quarter vests one year after the vesting start date, then one sixteenth every three months.',
      vestingBasis: 'GRANT_VESTING_START_DATE',
      vestingScheduleAllocationType: 'CUMULATIVE_ROUNDING',
      wholeUnitVesting: true,
      vestingScheduleRows: rows(base * 100 + 1, [
        [1, 4, 12, 'MONTH'],
        ...Array.from({ length: 12 }, (): [number, number, number, 'MONTH'] => [1, 16, 3, 'MONTH']),
      ]),
    },
    {
      vestingScheduleId: base + 2,
      vestingScheduleName: '4 years monthly, 1-year cliff',
      vestingScheduleDescription:
        'Twelve forty-eighths vest one year after the vesting start date, then one forty-eighth every month.',
      vestingBasis: 'GRANT_VESTING_START_DATE',
      vestingScheduleAllocationType: 'CUMULATIVE_ROUNDING',
      wholeUnitVesting: true,
      vestingScheduleRows: rows(base * 100 + 21, [
        [12, 48, 12, 'MONTH'],
        ...Array.from({ length: 36 }, (): [number, number, number, 'MONTH'] => [1, 48, 1, 'MONTH']),
      ]),
    },
    {
      vestingScheduleId: base + 3,
      vestingScheduleName: 'Manual',
      vestingScheduleDescription: 'Tranches are set on each grant (manual vesting rows).',
      vestingBasis: 'OTHER',
      vestingScheduleAllocationType: 'CUMULATIVE_ROUNDING',
      wholeUnitVesting: true,
      vestingScheduleRows: [],
    },
  ];
}

interface GrantSpec {
  grantId: number;
  stakeholderId: number;
  award: 'RSU' | 'ISO' | 'NSO' | 'PSU';
  grantDate: Date;
  expiryDate: Date;
  schedule: 0 | 1 | 2;
  grantedShares: number;
  exercisedShares: number;
  grantPrice: number;
  marketPrice: number;
  manual?: [Date, number][];
}

function grant(
  companyId: number,
  scheduleList: VestingScheduleRecord[],
  spec: GrantSpec,
): GrantRecord {
  const award = AWARD_TYPES.find((a) => a.awardTypeName === spec.award) as AwardTypeRecord;
  const schedule = scheduleList[spec.schedule];
  const number = `G-${String(spec.grantId).slice(-4)}`;
  return {
    grantId: spec.grantId,
    stakeholderId: spec.stakeholderId,
    planId: companyId * 2,
    awardTypeId: award.awardTypeId,
    awardTypeName: award.awardTypeName,
    grantName: `${award.awardTypeName} ${isoDate(spec.grantDate)}`,
    grantNumber: number,
    grantPrice: spec.grantPrice,
    marketPriceAtTimeOfGrant: spec.marketPrice,
    grantCurrency: 'USD',
    grantDate: isoDate(spec.grantDate),
    expiryDate: isoDate(spec.expiryDate),
    allowEarlyExercise: false,
    underRule701: false,
    vestingScheduleId: schedule.vestingScheduleId,
    vestingScheduleName: schedule.vestingScheduleName,
    vestingStartDate: isoDate(spec.grantDate),
    manualVestingRows: (spec.manual ?? []).map(([date, quantity]) => ({
      vestDate: isoDate(date),
      vestQuantity: quantity,
    })),
    grantedShares: spec.grantedShares,
    cancelledShares: 0,
    exercisedShares: spec.exercisedShares,
    outstandingShares: spec.grantedShares - spec.exercisedShares,
    vestingAcceleration: [],
  };
}

const day = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

/** Builds the seeded companies for the clock's day `today` (UTC). */
export function seedCompanies(today: Date): CompanyData[] {
  const month = startOfMonth(today);
  const mid = (months: number): Date => day(addMonths(month, months), 14);
  const listedSchedules = schedules(101);
  const privateSchedules = schedules(102);
  const soon = day(
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
    45,
  );
  return [
    {
      company: {
        companyId: 101,
        companyName: 'NVIDIA Corporation',
        phone: '+1 408 486 2000',
        fiscalYearEnd: '2026-01-25',
        stateOfIncorporation: 'US_DE',
        dateOfIncorporation: '1993-04-05',
        entityType: 'CORPORATION',
      },
      symbol: 'NVDA',
      fullyDilutedShares: 24_500_000_000,
      stakeholders: [
        {
          stakeholderId: 5001,
          firstName: 'Dana',
          lastName: 'Demo',
          stakeholderNumber: 'E-5001',
          email: 'dana.demo@example.com',
        },
        {
          stakeholderId: 5002,
          firstName: 'Riley',
          lastName: 'Rivera',
          stakeholderNumber: 'E-5002',
          email: 'riley.rivera@example.com',
        },
        {
          stakeholderId: 5003,
          firstName: 'Noor',
          lastName: 'Newhire',
          stakeholderNumber: 'E-5003',
          email: 'noor.newhire@example.com',
        },
      ],
      awardTypes: AWARD_TYPES,
      schedules: listedSchedules,
      grants: [
        grant(101, listedSchedules, {
          grantId: 70001,
          stakeholderId: 5001,
          award: 'RSU',
          grantDate: mid(-24),
          expiryDate: addMonths(mid(-24), 120),
          schedule: 0,
          grantedShares: 1600,
          exercisedShares: 0,
          grantPrice: 0,
          marketPrice: 98.4,
        }),
        grant(101, listedSchedules, {
          grantId: 70002,
          stakeholderId: 5001,
          award: 'ISO',
          grantDate: addMonths(month, -38),
          expiryDate: addMonths(addMonths(month, -38), 120),
          schedule: 1,
          grantedShares: 4800,
          exercisedShares: 1200,
          grantPrice: 48.25,
          marketPrice: 48.25,
        }),
        grant(101, listedSchedules, {
          grantId: 70003,
          stakeholderId: 5001,
          award: 'NSO',
          grantDate: addMonths(soon, -120),
          expiryDate: soon,
          schedule: 1,
          grantedShares: 2000,
          exercisedShares: 1500,
          grantPrice: 6.1,
          marketPrice: 6.1,
        }),
        grant(101, listedSchedules, {
          grantId: 70004,
          stakeholderId: 5001,
          award: 'PSU',
          grantDate: mid(-6),
          expiryDate: addMonths(mid(-6), 60),
          schedule: 2,
          grantedShares: 600,
          exercisedShares: 0,
          grantPrice: 0,
          marketPrice: 131.9,
          manual: [
            [addMonths(month, 6), 300],
            [addMonths(month, 18), 300],
          ],
        }),
        grant(101, listedSchedules, {
          grantId: 70005,
          stakeholderId: 5002,
          award: 'RSU',
          grantDate: mid(-12),
          expiryDate: addMonths(mid(-12), 120),
          schedule: 0,
          grantedShares: 9000,
          exercisedShares: 0,
          grantPrice: 0,
          marketPrice: 117.2,
        }),
      ],
    },
    {
      company: {
        companyId: 102,
        companyName: 'Northwind Robotics, Inc.',
        phone: '+1 415 555 0102',
        fiscalYearEnd: '2026-12-31',
        stateOfIncorporation: 'US_DE',
        dateOfIncorporation: '2019-03-11',
        entityType: 'CORPORATION',
      },
      symbol: null,
      fullyDilutedShares: 12_000_000,
      stakeholders: [
        {
          stakeholderId: 6001,
          firstName: 'Sam',
          lastName: 'Founder',
          stakeholderNumber: 'E-6001',
          email: 'sam.founder@example.com',
        },
      ],
      awardTypes: AWARD_TYPES,
      schedules: privateSchedules,
      grants: [
        grant(102, privateSchedules, {
          grantId: 80001,
          stakeholderId: 6001,
          award: 'ISO',
          grantDate: addMonths(month, -20),
          expiryDate: addMonths(addMonths(month, -20), 120),
          schedule: 1,
          grantedShares: 250_000,
          exercisedShares: 0,
          grantPrice: 0.42,
          marketPrice: 0.42,
        }),
      ],
    },
    {
      company: {
        companyId: 103,
        companyName: 'Contoso Biotech Ltd.',
        phone: '+1 617 555 0103',
        fiscalYearEnd: '2026-06-30',
        stateOfIncorporation: 'US_MA',
        dateOfIncorporation: '2015-08-20',
        entityType: 'CORPORATION',
      },
      symbol: null,
      fullyDilutedShares: 3_000_000,
      stakeholders: [],
      awardTypes: AWARD_TYPES,
      schedules: schedules(103),
      grants: [],
    },
  ];
}

/** The companies the seeded API account administers (103 exists but is not among them). */
export const ADMINISTERED_COMPANY_IDS: readonly number[] = [101, 102];

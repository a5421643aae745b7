/**
 * The read side of the Shareworks API over the seeded companies: id parsing (400), purview
 * checks (403 naming every id of the request), pagination (422 for out-of-range values) and the
 * spec's response shapes.
 */
import { badRequest, forbidden, validation } from './errors.ts';
import {
  ADMINISTERED_COMPANY_IDS,
  seedCompanies,
  type CompanyData,
  type GrantRecord,
  type StakeholderRecord,
} from './seed.ts';

/** Default and largest page sizes (spec: "Default is 50. Maximum is 250"). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 250;

/** One page of a list and the headers that describe it. */
export interface Page<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
}

/** The spec's `StakeholderHoldingsSummaryDetails`. */
export interface HoldingsSummary {
  stakeholderId: number;
  stakeholderName: string;
  totalOutstandingShares: number;
  totalCommonStockEquivalentShares: number;
  percentOwnershipTotalOutstanding: number;
  percentOwnershipTotalCommonStockEquivalent: number;
  designationsParticipated: string[];
  holdings: { grants: GrantRecord[]; stockCertificates: never[] };
}

const ID_NAMES = {
  companyId: 'Company ID',
  stakeholderId: 'Stakeholder ID',
  grantId: 'Grant ID',
  vestingScheduleId: 'Vesting Schedule ID',
} as const;

/** A path parameter as an int32, or the seed's 400 ("Could not parse the Company ID."). */
export function parseId(name: keyof typeof ID_NAMES, raw: string): number {
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > 2_147_483_647)
    throw badRequest(`Could not parse the ${ID_NAMES[name]}.`);
  return value;
}

/** `pageSize` / `pageNumber` from a query: 400 when not integers, 422 (aggregated) when out of range. */
export function parsePaging(query: URLSearchParams): { pageSize: number; pageNumber: number } {
  const read = (name: string, fallback: number): number => {
    const raw = query.get(name);
    if (raw === null) return fallback;
    if (!/^-?\d{1,10}$/.test(raw)) throw badRequest(`Could not parse the ${name}.`);
    return Number(raw);
  };
  const pageSize = read('pageSize', DEFAULT_PAGE_SIZE);
  const pageNumber = read('pageNumber', 1);
  const errors: string[] = [];
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    errors.push(`The pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
  if (pageNumber < 1) errors.push('The pageNumber must be 1 or more');
  if (errors.length > 0) throw validation('There was an issue with the paging parameters.', errors);
  return { pageSize, pageNumber };
}

function page<T>(all: T[], query: URLSearchParams): Page<T> {
  const { pageSize, pageNumber } = parsePaging(query);
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), pageNumber, pageSize };
}

const fullName = (s: StakeholderRecord): string => `${s.firstName} ${s.lastName}`;

/** The seeded companies and the reads the sandbox serves. */
export class ShareworksDirectory {
  readonly companies: CompanyData[];

  constructor(today: Date) {
    this.companies = seedCompanies(today);
  }

  /** Companies the API account administers (`GET company`). */
  companyList(query: URLSearchParams): Page<CompanyData['company']> {
    return page(
      this.companies
        .filter((c) => ADMINISTERED_COMPANY_IDS.includes(c.company.companyId))
        .map((c) => c.company),
      query,
    );
  }

  /** A company in the account's purview, or 403 naming `ids` (every id of the request). */
  company(companyId: number, ids: (string | number)[] = [companyId]): CompanyData {
    const data = this.companies.find((c) => c.company.companyId === companyId);
    if (!data || !ADMINISTERED_COMPANY_IDS.includes(companyId)) throw forbidden(ids);
    return data;
  }

  /** An individual stakeholder of the company, or 403 naming both ids. */
  stakeholder(companyId: number, stakeholderId: number): StakeholderRecord {
    const ids = [companyId, stakeholderId];
    const found = this.company(companyId, ids).stakeholders.find(
      (s) => s.stakeholderId === stakeholderId,
    );
    if (!found) throw forbidden(ids);
    return found;
  }

  /** `GET company/{companyId}/stakeholder/{stakeholderId}/grant` (the spec's `StakeholderGrantDetails`). */
  grants(
    companyId: number,
    stakeholderId: number,
    query: URLSearchParams,
  ): Page<Omit<GrantRecord, 'cancelledShares' | 'exercisedShares' | 'outstandingShares'>> {
    this.stakeholder(companyId, stakeholderId);
    const grants = this.company(companyId).grants.filter((g) => g.stakeholderId === stakeholderId);
    return page(grants.map(grantDetails), query);
  }

  /** `GET company/{companyId}/stakeholder/grant/{grantId}`. */
  grant(companyId: number, grantId: number): ReturnType<typeof grantDetails> {
    const found = this.company(companyId, [companyId, grantId]).grants.find(
      (g) => g.grantId === grantId,
    );
    if (!found) throw forbidden([companyId, grantId]);
    return grantDetails(found);
  }

  /** `GET company/{companyId}/stakeholder/holdings/{stakeholderId}`. */
  holdings(companyId: number, stakeholderId: number): HoldingsSummary {
    const stakeholder = this.stakeholder(companyId, stakeholderId);
    return this.summarise(this.company(companyId), stakeholder);
  }

  /** `GET company/{companyId}/stakeholder/holdings`: the cap table (every stakeholder). */
  allHoldings(companyId: number): HoldingsSummary[] {
    const data = this.company(companyId);
    return data.stakeholders.map((s) => this.summarise(data, s));
  }

  /** `GET company/{companyId}/vesting-schedule`. */
  schedules(companyId: number, query: URLSearchParams): Page<CompanyData['schedules'][number]> {
    return page(this.company(companyId).schedules, query);
  }

  /** `GET company/{companyId}/vesting-schedule/{vestingScheduleId}`. */
  schedule(companyId: number, vestingScheduleId: number): CompanyData['schedules'][number] {
    const ids = [companyId, vestingScheduleId];
    const found = this.company(companyId, ids).schedules.find(
      (s) => s.vestingScheduleId === vestingScheduleId,
    );
    if (!found) throw forbidden(ids);
    return found;
  }

  /** `GET company/{companyId}/award-type`. */
  awardTypes(companyId: number): CompanyData['awardTypes'] {
    return this.company(companyId).awardTypes;
  }

  private summarise(data: CompanyData, stakeholder: StakeholderRecord): HoldingsSummary {
    const grants = data.grants.filter((g) => g.stakeholderId === stakeholder.stakeholderId);
    const equivalent = grants.reduce((sum, g) => sum + g.outstandingShares, 0);
    return {
      stakeholderId: stakeholder.stakeholderId,
      stakeholderName: fullName(stakeholder),
      totalOutstandingShares: 0,
      totalCommonStockEquivalentShares: equivalent,
      percentOwnershipTotalOutstanding: 0,
      percentOwnershipTotalCommonStockEquivalent: (equivalent / data.fullyDilutedShares) * 100,
      designationsParticipated: [],
      holdings: { grants, stockCertificates: [] },
    };
  }
}

/** The spec's `StakeholderGrantDetails`: a grant without the summary's share counts. */
function grantDetails(
  grant: GrantRecord,
): Omit<GrantRecord, 'cancelledShares' | 'exercisedShares' | 'outstandingShares'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { cancelledShares, exercisedShares, outstandingShares, ...details } = grant;
  return details;
}

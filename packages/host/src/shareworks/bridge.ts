/**
 * The Shareworks bridge: a framework-free `(Request) => Promise<Response>` a partner mounts under
 * a path of its own site (default `/shareworks`). It holds the API account's credentials and
 * tokens on the server and answers the site's own pages two reads about the signed-in person
 * only:
 *
 * - `GET me/grants`: the person's grants with vested / unvested / exercised shares;
 * - `GET me/vesting`: every tranche of those grants and the next vest date and amount.
 *
 * The company and stakeholder come from the host's `resolveStakeholder(request)`, never from the
 * request: any other path, any query string, any other method is refused, so no one can reach
 * another stakeholder, the company list or the cap table through it.
 */
import { ShareworksClient } from './api-client.ts';
import { ShareworksApiError } from './errors.ts';
import {
  resolveShareworksOptions,
  type ResolvedShareworksOptions,
  type ShareworksBridgeOptions,
  type StakeholderRef,
} from './options.ts';
import { isSameOriginRequest } from '../same-origin.ts';
import {
  nextTranche,
  utcToday,
  vestedShares,
  vestingTranches,
  type Tranche,
  type VestingGrantInput,
  type VestingScheduleInput,
} from './vesting.ts';

/** The bridge's handler; `basePath` tells adapters (e.g. `toNodeHandler`) which requests are its own. */
export interface ShareworksBridge {
  (request: Request): Promise<Response>;
  readonly basePath: string;
  /** Ends the Shareworks session (`terminate/tokens`); for a server shutting down. */
  close(): Promise<void>;
}

/** A grant as the browser sees it. */
export interface BridgeGrant {
  grantId: number;
  grantNumber: string;
  grantName: string;
  awardTypeName: string;
  grantDate: string;
  expiryDate: string;
  grantPrice: number;
  marketPriceAtTimeOfGrant: number;
  grantCurrency: string;
  grantedShares: number;
  exercisedShares: number;
  cancelledShares: number;
  outstandingShares: number;
  vestedShares: number;
  unvestedShares: number;
  vestingScheduleName: string;
  nextVest: Tranche | null;
}

/** `GET me/grants` */
export interface BridgeGrantsResponse {
  companyId: number;
  companyName: string;
  /** The AutoShares symbol of the company's stock (from the host's mapping), or null. */
  symbol: string | null;
  stakeholderId: number;
  stakeholderName: string;
  /** The day "vested" is counted to, `YYYY-MM-DD` (UTC). */
  asOf: string;
  grants: BridgeGrant[];
}

/** `GET me/vesting` */
export interface BridgeVestingResponse {
  asOf: string;
  /** The next date anything vests, with the shares of every grant vesting that day. */
  nextVest: { date: string; shares: number; grantIds: number[] } | null;
  grants: {
    grantId: number;
    grantNumber: string;
    awardTypeName: string;
    grantedShares: number;
    vestedShares: number;
    unvestedShares: number;
    tranches: Tranche[];
  }[];
}

/** The Shareworks fields the bridge reads. */
interface HoldingsSummary {
  stakeholderName: string;
  holdings: {
    grants: (VestingGrantInput &
      Omit<BridgeGrant, 'vestedShares' | 'unvestedShares' | 'nextVest'> & {
        vestingScheduleId: number;
      })[];
  };
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  Vary: 'Cookie, Origin, Sec-Fetch-Site',
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

const ROUTES = ['me/grants', 'me/vesting'] as const;
type RouteName = (typeof ROUTES)[number];

/** Creates the bridge. Throws a TypeError at once for a misconfiguration. */
export function createShareworksBridge(options: ShareworksBridgeOptions): ShareworksBridge {
  const resolved = resolveShareworksOptions(options);
  const client = new ShareworksClient(resolved);

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const prefix = `${resolved.basePath}/`;
    const name = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    if (!(ROUTES as readonly string[]).includes(name))
      return json(
        { error: 'not_found', error_description: 'No such Shareworks bridge route.' },
        404,
      );
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return json({ error: 'method_not_allowed', error_description: 'Use GET.' }, 405, {
        Allow: 'GET, HEAD',
      });
    if (url.search !== '')
      return json(
        {
          error: 'invalid_request',
          error_description: 'The Shareworks bridge takes no parameters.',
        },
        400,
      );
    if (!isSameOriginRequest(request, resolved.origin))
      return json(
        { error: 'forbidden', error_description: 'Only pages of this site may read this.' },
        403,
      );
    const who = await resolved.resolveStakeholder(request);
    if (!isStakeholderRef(who))
      return json({ error: 'login_required', error_description: 'Nobody is signed in.' }, 401);
    try {
      return json(await read(name as RouteName, who, client, resolved));
    } catch (error) {
      return upstreamFailure(error);
    }
  };
  return Object.assign(handler, { basePath: resolved.basePath, close: () => client.terminate() });
}

function isStakeholderRef(value: StakeholderRef | null): value is StakeholderRef {
  return (
    value !== null &&
    typeof value === 'object' &&
    Number.isSafeInteger(value.companyId) &&
    Number.isSafeInteger(value.stakeholderId) &&
    value.companyId > 0 &&
    value.stakeholderId > 0
  );
}

async function read(
  route: RouteName,
  who: StakeholderRef,
  client: ShareworksClient,
  options: ResolvedShareworksOptions,
): Promise<BridgeGrantsResponse | BridgeVestingResponse> {
  const { companyId, stakeholderId } = who;
  const asOf = utcToday(options.now());
  const holdings = await client.get<HoldingsSummary>(
    `/company/${companyId}/stakeholder/holdings/${stakeholderId}`,
  );
  const grants = holdings.holdings.grants;
  const scheduleIds = [
    ...new Set(grants.filter((g) => !g.manualVestingRows?.length).map((g) => g.vestingScheduleId)),
  ];
  const schedules = new Map<number, VestingScheduleInput>();
  await Promise.all(
    scheduleIds.map(async (id) => {
      schedules.set(
        id,
        await client.getShared<VestingScheduleInput>(
          `/company/${companyId}/vesting-schedule/${id}`,
          options.sharedCacheMs,
        ),
      );
    }),
  );
  const withTranches = grants.map((grant) => {
    const tranches = vestingTranches(grant, schedules.get(grant.vestingScheduleId) ?? null, asOf);
    const vested = vestedShares(tranches);
    return { grant, tranches, vested, unvested: grant.grantedShares - vested };
  });
  if (route === 'me/vesting') return vestingResponse(asOf, withTranches);
  const company = await client.getShared<{ companyName: string }>(
    `/company/${companyId}`,
    options.sharedCacheMs,
  );
  return {
    companyId,
    companyName: company.companyName,
    symbol: who.symbol ?? null,
    stakeholderId,
    stakeholderName: holdings.stakeholderName,
    asOf,
    grants: withTranches.map(({ grant, tranches, vested, unvested }) => ({
      grantId: grant.grantId,
      grantNumber: grant.grantNumber,
      grantName: grant.grantName,
      awardTypeName: grant.awardTypeName,
      grantDate: grant.grantDate,
      expiryDate: grant.expiryDate,
      grantPrice: grant.grantPrice,
      marketPriceAtTimeOfGrant: grant.marketPriceAtTimeOfGrant,
      grantCurrency: grant.grantCurrency,
      grantedShares: grant.grantedShares,
      exercisedShares: grant.exercisedShares,
      cancelledShares: grant.cancelledShares,
      outstandingShares: grant.outstandingShares,
      vestedShares: vested,
      unvestedShares: unvested,
      vestingScheduleName: grant.vestingScheduleName,
      nextVest: nextTranche(tranches),
    })),
  };
}

function vestingResponse(
  asOf: string,
  grants: {
    grant: HoldingsSummary['holdings']['grants'][number];
    tranches: Tranche[];
    vested: number;
    unvested: number;
  }[],
): BridgeVestingResponse {
  const upcoming = grants
    .map(({ grant, tranches }) => ({ grantId: grant.grantId, next: nextTranche(tranches) }))
    .filter((g): g is { grantId: number; next: Tranche } => g.next !== null);
  const date = upcoming.map((g) => g.next.date).sort()[0];
  const due = upcoming.filter((g) => g.next.date === date);
  return {
    asOf,
    nextVest: date
      ? {
          date,
          shares: due.reduce((sum, g) => sum + g.next.shares, 0),
          grantIds: due.map((g) => g.grantId),
        }
      : null,
    grants: grants.map(({ grant, tranches, vested, unvested }) => ({
      grantId: grant.grantId,
      grantNumber: grant.grantNumber,
      awardTypeName: grant.awardTypeName,
      grantedShares: grant.grantedShares,
      vestedShares: vested,
      unvestedShares: unvested,
      tranches,
    })),
  };
}

/** What the browser learns of a Shareworks failure: a kind, never a token or Shareworks' own message. */
function upstreamFailure(error: unknown): Response {
  if (!(error instanceof ShareworksApiError)) throw error;
  if (error.status === 429) {
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000));
    return json(
      {
        error: 'rate_limited',
        error_description: 'Shareworks is busy; try again shortly.',
        retry_after: seconds,
      },
      429,
      { 'Retry-After': String(seconds) },
    );
  }
  if (error.status === 403 || error.status === 400)
    return json(
      {
        error: 'not_available',
        error_description: "This person's equity awards are not available.",
        error_id: error.errorId,
      },
      404,
    );
  if (error.status === 0)
    return json(
      { error: 'server_unreachable', error_description: 'Shareworks could not be reached.' },
      502,
    );
  return json(
    {
      error: 'upstream_error',
      error_description: 'Shareworks could not answer.',
      error_id: error.errorId,
    },
    502,
  );
}

/**
 * A sandbox server on a fixed, movable clock for the funding tests: it starts on a Wednesday at
 * 10:00 New York (before the 16:00 ACH cut-off), so a transfer made at once settles on Thursday.
 */
import {
  startTestServer,
  type FreshUser,
  type Json,
  type TestServer,
} from '../../node/test-support.ts';

/** Wednesday 2026-03-11 10:00 New York (EDT). */
export const WEDNESDAY_10AM = Date.parse('2026-03-11T14:00:00Z');
/** A routing number that passes the ABA checksum (JPMorgan Chase, New York). */
export const CHASE = '021000021';

export interface FundingTestServer extends TestServer {
  clock: { now: number };
  user: FreshUser;
  /** The user's margin account id and IRA id. */
  margin: number;
  ira: number;
  /** Calls the API as the fresh user. */
  as(path: string, method?: string, body?: unknown): Promise<{ status: number; body: Json }>;
}

export async function startFundingServer(): Promise<FundingTestServer> {
  const clock = { now: WEDNESDAY_10AM };
  // Tokens outlive the clock moves of a test file.
  const server = await startTestServer({ now: () => clock.now, tokenLifetimeMs: 30 * 86_400_000 });
  const user = await server.freshUser();
  const as = (path: string, method = 'GET', body?: unknown) =>
    server.api(path, { method, token: user.token, body });
  return { ...server, clock, user, margin: user.accountIds[0], ira: user.accountIds[1], as };
}

/** Links a bank account to `accountId`, lets the micro-deposits arrive and approves it. */
export async function linkApprovedBank(
  s: FundingTestServer,
  accountId: number,
  accountNumber = '123456789',
): Promise<string> {
  const created = await s.as(`/v1.0/accounts/${accountId}/ach-relationships`, 'POST', {
    RoutingNumber: CHASE,
    AccountNumber: accountNumber,
    AccountOwnerName: 'Sandbox User',
    Name: 'Everyday checking',
    BankAccountType: 'Checking',
  });
  if (created.status !== 200) throw new Error(`create answered ${created.status}`);
  await s.control('/funding/advance', { businessDays: 1 });
  const amounts = await s.control(`/funding/ach-relationships/${created.body.Id}/micro-deposits`);
  const approved = await s.as(
    `/v1.0/accounts/${accountId}/ach-relationships/${created.body.Id}/approve`,
    'POST',
    amounts.body,
  );
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}`);
  return created.body.Id;
}

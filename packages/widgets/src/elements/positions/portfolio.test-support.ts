/**
 * Test-only helpers for the portfolio elements' tests: read and change a test user's account
 * straight through the sandbox's REST API (never through the element under test), with bounded
 * polling.
 */
import { sandbox, type TestUser } from '../../test/sandbox.ts';

export interface RestPosition {
  Symbol: string;
  SecurityId: number;
  Quantity: number;
  AverageOpenPrice: number;
  RealizedProfitLoss: number;
  UnrealizedProfitLoss: number;
  DailyCostBasis: number;
}

export interface RestOrder {
  Id: number;
  Symbol: string;
  Status: string;
  Side: string;
  Type: string;
  Quantity: number;
  Price: number;
  CreateDate: string;
  ExecutedQuantity: number;
  AveragePrice: number;
}

function headers(user: TestUser): Record<string, string> {
  return {
    'Et-App-Key': user.appKey,
    Authorization: `Bearer ${user.token}`,
    'Content-Type': 'application/json',
  };
}

async function call<T>(user: TestUser, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${sandbox().apiUrl}${path}`, {
    ...init,
    headers: headers(user),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The account's open positions (first account by default). */
export async function restPositions(
  user: TestUser,
  accountId = user.accountIds[0]!,
): Promise<RestPosition[]> {
  const body = await call<{ Result: RestPosition[] } | RestPosition[]>(
    user,
    `/v1.0/accounts/${accountId}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false`,
  );
  return Array.isArray(body) ? body : body.Result;
}

/** The account's orders, newest first (one page of 100). */
export async function restOrders(
  user: TestUser,
  accountId = user.accountIds[0]!,
): Promise<RestOrder[]> {
  const body = await call<{ Result: RestOrder[] }>(
    user,
    `/v1.0/accounts/${accountId}/orders?pageNumber=0&pageSize=100&sortField=Id&desc=true`,
  );
  return body.Result;
}

/** Places an order through the REST API; returns the placed order. */
export function restPlace(
  user: TestUser,
  order: Record<string, unknown>,
  accountId = user.accountIds[0]!,
): Promise<RestOrder> {
  return call<RestOrder>(user, `/v1.0/accounts/${accountId}/orders`, {
    method: 'POST',
    body: JSON.stringify({ TimeInforce: 'Day', ...order }),
  });
}

/** Polls `read` (bounded: `timeout` ms, every 100 ms) until `check` holds; returns the value. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  message: string,
  timeout = 8000,
): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

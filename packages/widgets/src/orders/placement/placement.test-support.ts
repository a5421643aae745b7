/**
 * Test support for placement safety: the orders the sandbox holds for a test user, read over
 * REST with the user's own token (what the server has, not what an element shows).
 */
import { sandbox, type TestUser } from '../../test/sandbox.ts';

export interface ServerOrder {
  Id: number;
  Symbol: string;
  Quantity: number;
  ClientId: string;
  Status: string;
}

/** The account's newest 100 orders that match `match` (first account by default). */
export async function serverOrders(
  user: TestUser,
  match: (order: ServerOrder) => boolean,
  accountId = user.accountIds[0]!,
): Promise<ServerOrder[]> {
  const response = await fetch(
    `${sandbox().apiUrl}/v1.0/accounts/${accountId}/orders?pageNumber=0&pageSize=100&sortField=Id&desc=true`,
    { headers: { 'Et-App-Key': user.appKey, Authorization: `Bearer ${user.token}` } },
  );
  if (!response.ok) throw new Error(`GET orders: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { Result: ServerOrder[] };
  return body.Result.filter(match);
}

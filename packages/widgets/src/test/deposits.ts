/** Money moved the way a customer moves it over REST, for tests of what follows the cash. */
import { sandbox, sandboxControl, type TestUser } from './sandbox.ts';

/** Calls the API as `user`; throws on anything but 2xx. */
export async function callApi<T>(
  user: TestUser,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${sandbox().apiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${user.token}`,
      'Et-App-Key': user.appKey,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A deposit of `amount` into `user`'s first account (link a bank, approve it with its
 * micro-deposits, send an ACH deposit), settled with the sandbox's funding knob.
 */
export async function depositAndSettle(user: TestUser, amount: number): Promise<void> {
  const account = user.accountIds[0]!;
  const bank = await callApi<{ Id: string }>(
    user,
    `/v1.0/accounts/${account}/ach-relationships`,
    'POST',
    {
      RoutingNumber: '021000021',
      AccountNumber: '123456789',
      AccountOwnerName: 'Test User',
      Name: 'Everyday checking',
      BankAccountType: 'Checking',
    },
  );
  await sandboxControl('/__sandbox/funding/advance', { businessDays: 1 });
  const amounts = await sandboxControl<{ Amount1: number; Amount2: number }>(
    `/__sandbox/funding/ach-relationships/${bank.Id}/micro-deposits`,
    undefined,
    'GET',
  );
  await callApi(
    user,
    `/v1.0/accounts/${account}/ach-relationships/${bank.Id}/approve`,
    'POST',
    amounts,
  );
  await callApi(user, `/v1.0/accounts/${account}/transfers/ach`, 'POST', {
    IsIncoming: true,
    Amount: amount,
    AchRelationshipId: bank.Id,
  });
  await sandboxControl('/__sandbox/funding/advance', { businessDays: 1 });
}

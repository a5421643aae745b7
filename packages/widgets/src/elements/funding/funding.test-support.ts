/**
 * Helpers of the `<as-funding>` tests: the user's funding straight from the sandbox's REST API
 * (links, transfers, balance, request counts), a bank linked and approved at the server, and the
 * element mounted for an account.
 */
import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  sandbox,
  sandboxControl,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button, field, type } from '../../test/user.ts';
import './define.ts';
import type { AutoSharesFunding } from './funding.ts';

/** A routing number that passes the ABA checksum (JPMorgan Chase, New York). */
export const CHASE = '021000021';

/** A call to the sandbox API as `user`. */
export async function rest<T>(user: TestUser, path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${sandbox().apiUrl}${path}`, {
    method,
    headers: {
      'Et-App-Key': user.appKey,
      Authorization: `Bearer ${user.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export interface RestTransfer {
  Id: string;
  Status: string;
  Amount: number;
  IsDeposit: boolean;
}

/** The account's transfers at the server. */
export async function serverTransfers(user: TestUser, accountId: number): Promise<RestTransfer[]> {
  const { body } = await rest<{ Result?: RestTransfer[] } | RestTransfer[]>(
    user,
    `/v1.0/accounts/${accountId}/transfers?pageSize=100&pageNumber=0&sortBy=CreatedAt&isDesc=true`,
  );
  return Array.isArray(body) ? body : (body.Result ?? []);
}

/** The account's links at the server. */
export async function serverLinks(
  user: TestUser,
  accountId: number,
): Promise<{ Id: string; Status: string; Default: boolean }[]> {
  const { body } = await rest<{ Result?: { Id: string; Status: string; Default: boolean }[] }>(
    user,
    `/v1.0/accounts/${accountId}/ach-relationships?pageSize=100&pageNumber=0&sortBy=CreatedAt&isDesc=true`,
  );
  return body.Result ?? [];
}

/** The account's cash figures at the server. */
export async function serverCash(user: TestUser, accountId: number) {
  const { body } = await rest<{ cash: number; netCash: number; pendingCash: number }>(
    user,
    `/v1.0/accounts/${accountId}/info`,
  );
  return body;
}

/** How many requests of `method` to the account's `path` (under `/accounts/{id}`) reached the server. */
export async function requestsTo(accountId: number, method: string, path: string): Promise<number> {
  const stats = await sandboxControl<{ requests: { byPath: Record<string, number> } }>(
    '/__sandbox/stats',
    undefined,
    'GET',
  );
  return stats.requests.byPath[`${method} /api/v1.0/accounts/${accountId}${path}`] ?? 0;
}

/** How many transfer requests (`POST …/transfers/ach`) of the account reached the server. */
export const achRequests = (accountId: number) => requestsTo(accountId, 'POST', '/transfers/ach');

/** The micro-deposits of a link, once they have arrived (one business day on). */
export async function microDeposits(linkId: string): Promise<{ Amount1: number; Amount2: number }> {
  await sandboxControl('/__sandbox/funding/advance', { businessDays: 1 });
  return sandboxControl(
    `/__sandbox/funding/ach-relationships/${linkId}/micro-deposits`,
    undefined,
    'GET',
  );
}

/** Links a bank account at the server and approves it with its micro-deposits. */
export async function linkApprovedBank(
  user: TestUser,
  accountId: number,
  accountNumber = '987654321',
): Promise<string> {
  const created = await rest<{ Id: string }>(
    user,
    `/v1.0/accounts/${accountId}/ach-relationships`,
    'POST',
    {
      RoutingNumber: CHASE,
      AccountNumber: accountNumber,
      AccountOwnerName: 'Test User',
      Name: 'Everyday checking',
    },
  );
  if (created.status !== 200) throw new Error(`link answered ${created.status}`);
  const approved = await rest(
    user,
    `/v1.0/accounts/${accountId}/ach-relationships/${created.body.Id}/approve`,
    'POST',
    await microDeposits(created.body.Id),
  );
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}`);
  return created.body.Id;
}

/** `<as-funding>` signed in as `user`, on `accountId`. */
export async function mountFunding(
  user: TestUser,
  accountId: number,
  attributes: { placeTimeout?: number; confirmWindow?: number } = {},
): Promise<AutoSharesFunding> {
  const session = await sessionFixture(
    html`<as-funding
      place-timeout=${attributes.placeTimeout ?? 15000}
      confirm-window=${attributes.confirmWindow ?? 60000}
    ></as-funding>`,
    { user, accountId },
  );
  return session.querySelector<AutoSharesFunding>('as-funding')!;
}

/** Replaces what a labelled field holds with `value`, typed. */
export async function fill(el: AutoSharesFunding, label: string, value: string): Promise<void> {
  const input = field(el, label);
  if (!input) throw new Error(`no field labelled ${label}: ${textOf(el)}`);
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await type(value);
}

/** The message shown for a field (its aria-describedby), when it is marked invalid. */
export function messageOf(el: AutoSharesFunding, label: string): string | undefined {
  const control = field(el, label);
  if (!control || control.getAttribute('aria-invalid') !== 'true') return undefined;
  const id = control.getAttribute('aria-describedby');
  return id ? el.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined;
}

/** Clicks the button of that accessible name. */
export function click(el: AutoSharesFunding, name: string | RegExp): void {
  const found = button(el, name);
  if (!found) throw new Error(`no button ${String(name)}: ${textOf(el)}`);
  found.click();
}

/** The pending transfers' rows. */
export const pendingRows = (el: AutoSharesFunding) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[data-transfer-id]'),
];

/** The outcome block's state (`placing`, `unconfirmed`, `confirmed`, `absent`, …), if shown. */
export const outcomeState = (el: AutoSharesFunding) =>
  el.shadowRoot!.querySelector('.outcome')?.getAttribute('data-state') ?? undefined;

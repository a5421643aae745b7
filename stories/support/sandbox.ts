/**
 * The in-browser sandbox for stories: started once per Storybook page (MSW service worker,
 * served by `serveMockServiceWorker()` in .storybook/main.ts), then driven through its control
 * API (`/__sandbox`) like the tests drive the Node one. Nothing leaves the page.
 */
import { startBrowserSandbox, type BrowserSandbox } from '@autoshares/sandbox/browser';
import { STORY_SHARESIGHT, storySharesightBridge } from './sharesight-bridge.ts';

/** A fresh isolated demo user (`POST /__sandbox/users`). */
export interface StoryUser {
  username: string;
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
}

let started: Promise<BrowserSandbox> | undefined;

/** The page's sandbox, started on first use (seeded, so stories look the same every time). */
export function browserSandbox(): Promise<BrowserSandbox> {
  started ??= startBrowserSandbox({
    seed: 7,
    tickRate: 4,
    pageRoutes: { [STORY_SHARESIGHT]: storySharesightBridge },
  });
  return started;
}

/** The sandbox's app key (for signed-out stories, which have no user). */
export const SANDBOX_APP_KEY = 'autoshares-sandbox-key';

async function control<T>(path: string, body?: unknown): Promise<T> {
  const { apiUrl } = await browserSandbox();
  const origin = apiUrl.replace(/\/api$/, '');
  const response = await fetch(`${origin}/__sandbox${path}`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new demo user with seeded accounts, positions, orders, watchlists and alerts. */
export const createStoryUser = (): Promise<StoryUser> => control<StoryUser>('/users');

/** A fault for one user's token only (`latencyMs`, `serverError`, `expireTokens`, …). */
export const faultFor = (user: StoryUser, spec: Record<string, unknown>): Promise<void> =>
  control('/faults', { ...spec, scope: { token: user.token } });

/** Drops the user's streamer sockets, as a network blip would. */
export const dropSockets = (user: StoryUser): Promise<void> =>
  control('/faults/sockets', { drop: true, userId: user.userId });

/** Calls the API as the user (story setup, e.g. emptying a list before the story renders). */
export async function apiAs(
  user: StoryUser,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const { apiUrl } = await browserSandbox();
  return fetch(`${apiUrl}${path}`, {
    ...init,
    headers: {
      'Et-App-Key': user.appKey,
      Authorization: `Bearer ${user.token}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
}

/** Which agreements the user has not signed (`[]`: all signed); `Quotemedia` delays quotes. */
export const setUnsignedAgreements = (user: StoryUser, unsigned: string[]): Promise<void> =>
  control('/agreements', { userId: user.userId, unsigned });

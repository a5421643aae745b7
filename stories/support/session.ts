/**
 * What every story runs on: a loader that starts the in-browser sandbox once and creates a fresh
 * user per story (or none, for signed-out), applies the story's sandbox setup (faults, emptied
 * data), and a decorator that wraps the story in `<as-session>` with the toolbar's theme and
 * locale.
 *
 * Story parameters (`parameters.sandbox`):
 * - `user: false` → signed out (no token).
 * - `state: 'loading' | 'error' | 'rate-limited' | 'stale'` → the user's requests hang / fail /
 *   are refused with 429, or the stream drops.
 * - `setup(user)` → anything else before the story renders (e.g. delete every watchlist).
 */
import type { Decorator, Loader } from '@storybook/web-components-vite';
import {
  browserSandbox,
  createStoryUser,
  dropSockets,
  faultFor,
  SANDBOX_APP_KEY,
  type StoryUser,
} from './sandbox.ts';

export type StoryState = 'loading' | 'error' | 'rate-limited' | 'stale';

export interface SandboxParameters {
  user?: boolean;
  state?: StoryState;
  setup?: (user: StoryUser) => Promise<void>;
}

export interface SandboxLoaded {
  apiUrl: string;
  user?: StoryUser;
}

/** While the story shows, keep dropping the stream (bounded) so the stale badge stays visible. */
function keepStale(user: StoryUser, session: () => Element | null): void {
  let drops = 0;
  const timer = setInterval(() => {
    const mounted = session()?.isConnected;
    if (!mounted || ++drops > 60) return clearInterval(timer);
    void dropSockets(user);
  }, 1000);
}

export const sandboxLoader: Loader = async ({ parameters }) => {
  const options = (parameters.sandbox ?? {}) as SandboxParameters;
  const { apiUrl } = await browserSandbox();
  if (options.user === false) return { sandbox: { apiUrl } satisfies SandboxLoaded };
  const user = await createStoryUser();
  await options.setup?.(user);
  if (options.state === 'loading') await faultFor(user, { latencyMs: 10 * 60 * 1000 });
  if (options.state === 'error') {
    await faultFor(user, { serverError: { count: 100000, status: 500 } });
  }
  if (options.state === 'rate-limited') {
    await faultFor(user, { rateLimit: { count: 100000, retryAfterSeconds: 2 } });
  }
  return { sandbox: { apiUrl, user } satisfies SandboxLoaded };
};

/** An `<as-session>` on the loaded sandbox (and its user), with a theme and locale when given. */
export function createSession(
  { apiUrl, user }: SandboxLoaded,
  theme?: string,
  locale?: string,
): HTMLElement {
  const session = document.createElement('as-session') as HTMLElement & { token?: string };
  session.setAttribute('base-url', apiUrl);
  session.setAttribute('app-key', user?.appKey ?? SANDBOX_APP_KEY);
  if (locale) session.setAttribute('locale', locale);
  if (theme && theme !== 'auto') session.setAttribute('theme', theme);
  session.token = user?.token;
  return session;
}

/** Wraps the story in `<as-session>` (plain DOM: stories need no template library). */
export const sessionDecorator: Decorator = (story, context) => {
  const loaded = context.loaded.sandbox as SandboxLoaded;
  const user = loaded.user;
  const options = (context.parameters.sandbox ?? {}) as SandboxParameters;
  const session = createSession(
    loaded,
    context.globals.theme as string | undefined,
    context.globals.locale as string | undefined,
  );
  const frame = document.createElement('div');
  frame.style.maxWidth = (context.parameters.width as string | undefined) ?? '960px';
  const content = story();
  if (content instanceof Node) frame.append(content);
  session.append(frame);
  if (user && options.state === 'stale') setTimeout(() => keepStale(user, () => session), 2000);
  return session;
};

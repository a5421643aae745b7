/**
 * The host's Shareworks bridge (`@autoshares/host`) for stories, run in the page against the
 * in-browser sandbox's Shareworks API, as a partner's server runs it against Shareworks: an RSA
 * key made here (WebCrypto) is registered with the sandbox, and the page's `fetch` hands the
 * requests under `/shareworks-story/<who>/` to the bridge of that person. Nothing leaves the
 * page. `<who>`: `dana` (the demo employee), `misfiled` (mapped to no awards: 404), `nobody`
 * (signed out: 401), and for the states `loading` (never answers), `failing` (502),
 * `rate-limited` (429, `Retry-After: 5`), `empty` (Dana's answer without grants) and `stale`
 * (Dana's first answers, then 429).
 */
// The Shareworks bridge alone: the package root also exports the Sharesight bridge, whose
// OAuth 1.0a signer needs Node's crypto.
import {
  createShareworksBridge,
  type StakeholderRef,
} from '../../packages/host/src/shareworks/index.ts';
import { browserSandbox } from './sandbox.ts';

/** Where the story bridges are mounted on the Storybook origin. */
export const SHAREWORKS_STORY_PATH = '/shareworks-story';

export type StoryPerson =
  'dana' | 'misfiled' | 'nobody' | 'loading' | 'failing' | 'rate-limited' | 'empty' | 'stale';

const PEOPLE: Record<string, StakeholderRef | null> = {
  dana: { companyId: 101, stakeholderId: 5001, symbol: 'NVDA' },
  misfiled: { companyId: 102, stakeholderId: 5001 },
  nobody: null,
};

type Bridge = (request: Request) => Promise<Response>;

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const busy = () =>
  json(
    { error: 'rate_limited', error_description: 'Shareworks is busy; try again shortly.' },
    429,
    { 'Retry-After': '5' },
  );

/** A request for `person` as the bridge of `as` would get it (same path below the mount). */
function forward(request: Request, person: string, as: string): Request {
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(
    `${SHAREWORKS_STORY_PATH}/${person}/`,
    `${SHAREWORKS_STORY_PATH}/${as}/`,
  );
  return new Request(url, { signal: request.signal });
}

async function registerKey(): Promise<{
  clientId: string;
  clientSecret: string;
  privateKey: CryptoKey;
}> {
  const { apiUrl } = await browserSandbox();
  const keys = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    false,
    ['sign', 'verify'],
  );
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const base64 = btoa(String.fromCharCode(...spki)).replace(/(.{64})/g, '$1\n');
  const publicKey = `-----BEGIN PUBLIC KEY-----\n${base64}\n-----END PUBLIC KEY-----\n`;
  const response = await fetch(`${new URL(apiUrl).origin}/__sandbox/shareworks/api-keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ publicKey }),
  });
  if (response.status !== 201) throw new Error(`The sandbox refused the key (${response.status})`);
  const credentials = (await response.json()) as { clientId: string; clientSecret: string };
  return { ...credentials, privateKey: keys.privateKey };
}

async function createBridges(): Promise<(request: Request) => Promise<Response>> {
  const { apiUrl } = await browserSandbox();
  const credentials = await registerKey();
  const bridges = new Map<string, Bridge>();
  const bridgeOf = (person: string): Bridge => {
    let bridge = bridges.get(person);
    if (!bridge) {
      bridge = createShareworksBridge({
        apiUrl: `${new URL(apiUrl).origin}/shareworks`,
        ...credentials,
        origin: location.origin,
        basePath: `${SHAREWORKS_STORY_PATH}/${person}`,
        resolveStakeholder: () => PEOPLE[person] ?? null,
      });
      bridges.set(person, bridge);
    }
    return bridge;
  };
  const answered = new Set<string>();

  return async (request) => {
    const url = new URL(request.url);
    const [person = '', ...rest] = url.pathname.slice(SHAREWORKS_STORY_PATH.length + 1).split('/');
    const route = rest.join('/');
    switch (person) {
      case 'loading':
        return new Promise<Response>((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        );
      case 'failing':
        return json(
          { error: 'upstream_error', error_description: 'Shareworks could not answer.' },
          502,
        );
      case 'rate-limited':
        return busy();
      case 'stale':
        if (answered.has(route)) return busy();
        answered.add(route);
        return bridgeOf('dana')(forward(request, person, 'dana'));
      case 'empty': {
        const response = await bridgeOf('dana')(forward(request, person, 'dana'));
        const body = (await response.json()) as Record<string, unknown>;
        return json({ ...body, grants: [], nextVest: null }, response.status);
      }
      default:
        return Object.hasOwn(PEOPLE, person)
          ? bridgeOf(person)(request)
          : json({ error: 'not_found', error_description: 'No such person.' }, 404);
    }
  };
}

let installed: Promise<void> | undefined;

/**
 * Answers the page's requests under {@link SHAREWORKS_STORY_PATH} with the story bridges (once
 * per page); a story loader.
 */
export function installShareworksBridges(): Promise<void> {
  installed ??= createBridges().then((answer) => {
    const pageFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const href = input instanceof Request ? input.url : String(input);
      const url = new URL(href, location.href);
      if (url.origin !== location.origin || !url.pathname.startsWith(`${SHAREWORKS_STORY_PATH}/`))
        return pageFetch(input, init);
      return answer(new Request(input, init));
    };
  });
  return installed;
}

/**
 * `<as-provider name="shareworks">` for a story person (put it after the element: the stories'
 * checks look at the session's first `as-*` element). No sign-in page: Storybook has none.
 */
export function shareworksProvider(person: StoryPerson): HTMLElement {
  const provider = document.createElement('as-provider');
  provider.setAttribute('name', 'shareworks');
  provider.setAttribute('endpoint', `${SHAREWORKS_STORY_PATH}/${person}`);
  return provider;
}

/** Options of the Shareworks bridge, checked once when it is created. */
import type { CryptoKey } from 'jose';

/** Which Shareworks stakeholder the signed-in person is (the host decides). */
export interface StakeholderRef {
  companyId: number;
  stakeholderId: number;
  /**
   * The AutoShares symbol of the company's stock when it is listed (e.g. `NVDA`), so a page can
   * value the grants at the live price; Shareworks itself has no ticker field.
   */
  symbol?: string | null;
}

export interface ShareworksBridgeOptions {
  /**
   * The Shareworks "API Endpoint": `https://shareworks-api.solium.com` (production),
   * `https://sum-qa02.shareworks.com` (development) or the sandbox's `http://127.0.0.1:PORT/shareworks`.
   * The bridge calls `<apiUrl>/rest/admin/v1/...`.
   */
  apiUrl: string;
  /** The API account's client id (`WS12345678`; dashes removed). */
  clientId: string;
  /** The API key's secret key. Stays on the server: it travels only inside the signed verification JWT. */
  clientSecret: string;
  /** The RSA private key whose public half is registered with the API key: PKCS#8 PEM or a `CryptoKey`. */
  privateKey: string | CryptoKey;
  /** This site's origin (`https://partner.example`): the read routes answer only its own pages. */
  origin: string;
  /**
   * Who is asking: the company and stakeholder of the person signed in to the host's site, or
   * `null` when nobody is (401). This is the only source of ids: the browser can choose none.
   */
  resolveStakeholder(request: Request): StakeholderRef | null | Promise<StakeholderRef | null>;
  /** Where the bridge is mounted (default `/shareworks`). */
  basePath?: string;
  /** Renew the access token this long before it expires (default 300 s). */
  refreshMarginSeconds?: number;
  /** How many times one call is retried after a 429 (default 3). */
  maxRetries?: number;
  /** The longest wait the bridge accepts before a retry, ms (default 30 000); longer: the browser gets 429. */
  maxRetryDelayMs?: number;
  /** How long company details and vesting schedules (the same for everyone) are reused, ms (default 300 000). */
  sharedCacheMs?: number;
  /** Calls to Shareworks at the same time (default 4). */
  concurrency?: number;
  /** `fetch` to reach Shareworks (default the global one). */
  fetch?: typeof fetch;
  /** The clock, epoch ms (default `Date.now`). */
  now?: () => number;
}

export interface ResolvedShareworksOptions extends Required<
  Omit<ShareworksBridgeOptions, 'apiUrl' | 'basePath'>
> {
  /** `<apiUrl>/rest/admin/v1` without a trailing slash. */
  apiBase: string;
  basePath: string;
}

function fail(message: string): never {
  throw new TypeError(`createShareworksBridge: ${message}`);
}

/** Checks and completes the options; throws a TypeError naming the bad one. */
export function resolveShareworksOptions(
  options: ShareworksBridgeOptions,
): ResolvedShareworksOptions {
  let api: URL;
  try {
    api = new URL(options.apiUrl);
  } catch {
    fail(`apiUrl is not a URL: ${String(options.apiUrl)}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(api.hostname);
  if (api.protocol !== 'https:' && !(api.protocol === 'http:' && local))
    fail('apiUrl must be https (http only for localhost)');
  if (api.search || api.hash) fail('apiUrl must have no query or fragment');
  if (!options.clientId) fail('clientId is required');
  if (!options.clientSecret) fail('clientSecret is required');
  if (!options.privateKey) fail('privateKey is required');
  if (typeof options.resolveStakeholder !== 'function')
    fail('resolveStakeholder must be a function');
  let origin: string;
  try {
    origin = new URL(options.origin).origin;
  } catch {
    fail(`origin is not a URL: ${String(options.origin)}`);
  }
  const basePath = `/${(options.basePath ?? '/shareworks').replace(/^\/+|\/+$/g, '')}`;
  if (basePath === '/') fail('basePath must not be the site root');
  return {
    apiBase: `${api.href.replace(/\/+$/, '')}/rest/admin/v1`,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    privateKey: options.privateKey,
    origin,
    resolveStakeholder: options.resolveStakeholder,
    basePath,
    refreshMarginSeconds: options.refreshMarginSeconds ?? 300,
    maxRetries: options.maxRetries ?? 3,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    sharedCacheMs: Math.max(0, options.sharedCacheMs ?? 300_000),
    concurrency: Math.max(1, options.concurrency ?? 4),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? (() => Date.now()),
  };
}

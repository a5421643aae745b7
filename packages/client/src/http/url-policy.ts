/**
 * The one URL policy of the kit. Every URL that comes from markup or data (an element's
 * `base-url`, `token-endpoint` or `login-url`, a streamer address from `/streamers`, a news
 * article link) is checked here before it is fetched, opened or navigated to.
 *
 * Accepted: `https:` URLs; `http:` only on localhost, 127.0.0.1 and [::1] (a local sandbox);
 * paths on the page's own site (`/autoshares/login`); for streamers also `wss:` (`ws:` on
 * localhost). Refused, each with its own reason: any other scheme (`javascript:`, `data:`,
 * `vbscript:`, …), protocol-relative `//host`, and anything a browser would read differently
 * from how it looks: whitespace or control characters anywhere (browsers drop a tab inside
 * `java\tscript:` and leading spaces or NULs) and backslashes (read as `/` in `https:\\host`
 * and `/\host`).
 */

/** Why a URL was refused. */
export type UrlRefusal =
  | 'empty'
  | 'malformed'
  | 'control-characters'
  | 'backslash'
  | 'protocol-relative'
  | 'scheme'
  | 'insecure'
  | 'relative'
  | 'cross-origin';

/** How the URL will be used: `http` (fetch, open, navigate) or `stream` (a WebSocket). */
export type UrlUse = 'http' | 'stream';

export interface UrlPolicyOptions {
  /** What the URL is, for messages: `base-url`, `login-url`, `streamer address`, … */
  name: string;
  /** `stream` also accepts `wss:` (and `ws:` on localhost). Default `http`. */
  use?: UrlUse;
  /** Accept a path on the page's own site (resolved against `base`). Default true. */
  paths?: boolean;
  /** Only URLs of `base`'s own origin (a token endpoint). Default false. */
  sameOrigin?: boolean;
  /** What relative paths resolve against; default the page's address (`location.href`). */
  base?: string;
}

const WHY: Record<UrlRefusal, string> = {
  empty: 'it is empty',
  malformed: 'it is not a valid URL',
  'control-characters': 'it contains whitespace or control characters',
  backslash: 'it contains a backslash',
  'protocol-relative': 'it starts with "//", which leaves this site for another host',
  scheme: 'its scheme is not allowed',
  insecure: 'http: is allowed only for localhost and 127.0.0.1',
  relative: 'it must be an absolute https: URL',
  'cross-origin': "it must be on this page's own origin",
};

/** A URL the policy refused: `reason` says why, `url` is the refused value as given. */
export class UrlPolicyError extends Error {
  override readonly name = 'UrlPolicyError';
  readonly reason: UrlRefusal;
  /** The setting the URL came from (`login-url`, …). */
  readonly setting: string;
  /** The refused value, as given (never put in the message: it may be hostile markup). */
  readonly url: string;

  constructor(setting: string, url: string, reason: UrlRefusal, scheme?: string) {
    const why = reason === 'scheme' && scheme ? `the ${scheme} scheme is not allowed` : WHY[reason];
    super(
      `${setting} is refused: ${why}. Use an https: URL or a path on this site (http: only for localhost).`,
    );
    this.reason = reason;
    this.setting = setting;
    this.url = url;
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** C0 controls, space and DEL: browsers strip or drop some of them while parsing. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** Is `hostname` (as `URL.hostname` gives it) this machine? */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

function pageAddress(): string | undefined {
  return (globalThis as { location?: { href: string } }).location?.href;
}

/** Checks `value` against the policy; the parsed URL, or a {@link UrlPolicyError}. */
export function checkUrl(value: string | null | undefined, options: UrlPolicyOptions): URL {
  const { name, use = 'http', paths = true, sameOrigin = false } = options;
  const raw = value ?? '';
  const refuse = (reason: UrlRefusal, scheme?: string) =>
    new UrlPolicyError(name, raw, reason, scheme);
  if (!raw) throw refuse('empty');
  if (CONTROL_OR_SPACE.test(raw)) throw refuse('control-characters');
  if (raw.includes('\\')) throw refuse('backslash');
  if (raw.startsWith('//')) throw refuse('protocol-relative');
  const base = options.base ?? pageAddress();
  const scheme = SCHEME.exec(raw)?.[1].toLowerCase();
  if (!scheme && (!paths || !base)) throw refuse('relative');
  let url: URL;
  try {
    url = scheme ? new URL(raw) : new URL(raw, base);
  } catch {
    throw refuse('malformed');
  }
  const baseOrigin = base ? new URL(base).origin : undefined;
  if (!scheme && url.origin !== baseOrigin) throw refuse('cross-origin');
  if (scheme) {
    const secure = use === 'stream' ? ['https:', 'wss:'] : ['https:'];
    const local = use === 'stream' ? ['http:', 'ws:'] : ['http:'];
    if (local.includes(url.protocol)) {
      if (!isLoopbackHost(url.hostname)) throw refuse('insecure');
    } else if (!secure.includes(url.protocol)) {
      throw refuse('scheme', `${scheme}:`);
    }
  }
  if (sameOrigin && url.origin !== baseOrigin) throw refuse('cross-origin');
  return url;
}

/** {@link checkUrl} without the throw: the URL's `href`, or undefined when refused. */
export function safeUrl(
  value: string | null | undefined,
  options: UrlPolicyOptions,
): string | undefined {
  try {
    return checkUrl(value, options).href;
  } catch (error) {
    if (error instanceof UrlPolicyError) return undefined;
    throw error;
  }
}

/**
 * Another provider's data (Shareworks, Sharesight), read through the host's own bridge
 * (`@autoshares/host`): a same-origin path that answers JSON for the person signed in to the
 * host's site. The browser never holds a provider token; the bridge's cookies do the talking.
 */
import type { AutoSharesError, AutoSharesErrorCode, checkUrl, QueryDef } from '@autoshares/client';

/**
 * What the provider sources use of the client: handed in by the session (`provider-declarations.ts`),
 * so this lazily loaded module imports nothing at run time that the first load has (a lazy
 * module importing the client's root entry makes esbuild split the first load into one more file).
 */
export interface ClientParts {
  readonly checkUrl: typeof checkUrl;
  readonly AutoSharesError: typeof AutoSharesError;
}

/** A declared provider as elements find it in `session.providers[name]`. */
export interface ProviderSource {
  /** The provider's name as declared (`shareworks`, `sharesight`). */
  readonly name: string;
  /** Its display name ("Shareworks"), for the states an element shows. */
  readonly label: string;
  /** The bridge's base URL; null when `endpoint` is refused (see `problem`). */
  readonly endpoint: URL | null;
  /** Where the person signs in or connects; null when none is declared or it is refused. */
  readonly signInUrl: URL | null;
  /** Why the declaration is refused (a URL outside the policy), in English; null when fine. */
  readonly problem: Error | null;
  /**
   * The query of one bridge resource (`me/grants`, `portfolios/7/performance`) for the
   * session's query cache: every element asking for it shares one request.
   */
  query<T>(path: string, params?: Readonly<Record<string, string>>): QueryDef<T>;
  /**
   * Send the person to sign in or connect: a popup when the browser allows one (`onDone` runs
   * when it closes), else the page goes there. Call it from a click handler.
   */
  signIn(onDone: () => void): void;
}

/** What the page declares about a provider (the attributes of an `<as-provider>`). */
export interface ProviderDeclaration {
  name: string;
  endpoint: string | null;
  signInUrl: string | null;
  label: string | null;
}

/** How long one bridge request may take. */
const TIMEOUT_MS = 15_000;
/** How often an open sign-in popup is checked for being closed, and for how long at most. */
const POPUP_POLL_MS = 500;
const POPUP_MAX_MS = 30 * 60_000;

const STATUS_CODES: Readonly<Record<number, AutoSharesErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'conflict',
  404: 'not_found',
  405: 'conflict',
  429: 'rate_limited',
};

/** `Retry-After` in ms (seconds or an HTTP date), or undefined. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The bridge's failure as the kit's typed error, naming the provider in `details`. */
async function bridgeError(
  { AutoSharesError }: ClientParts,
  response: Response,
  label: string,
): Promise<AutoSharesError> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const said = body.error_description ?? body.message;
  const code =
    STATUS_CODES[response.status] ?? (response.status >= 500 ? 'server_error' : 'conflict');
  return new AutoSharesError({
    code,
    status: response.status,
    message: typeof said === 'string' ? said : undefined,
    retryAfterMs:
      retryAfterMs(response.headers.get('Retry-After')) ??
      (code === 'rate_limited' ? 1000 : undefined),
    details: {
      provider: label,
      providerCode: typeof body.error === 'string' ? body.error : undefined,
    },
  });
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function checked(
  { checkUrl }: ClientParts,
  value: string | null,
  name: string,
): { url: URL | null; problem: Error | null } {
  if (value === null || value === '') return { url: null, problem: null };
  try {
    return { url: checkUrl(value, { name, sameOrigin: true }), problem: null };
  } catch (error) {
    return { url: null, problem: error as Error };
  }
}

/** A provider source for a declaration; its URLs must be on the page's own origin. */
export function createProviderSource(
  declaration: ProviderDeclaration,
  client: ClientParts,
): ProviderSource {
  const { AutoSharesError } = client;
  const { name } = declaration;
  const label = declaration.label?.trim() || capitalised(name);
  const endpoint = checked(
    client,
    declaration.endpoint ?? '',
    `<as-provider name="${name}"> endpoint`,
  );
  const signIn = checked(
    client,
    declaration.signInUrl?.trim() ?? null,
    `<as-provider name="${name}"> sign-in-url`,
  );
  const base = endpoint.url && new URL(endpoint.url.href.replace(/\/*$/, '/'));

  async function read<T>(
    path: string,
    params: Readonly<Record<string, string>>,
    signal: AbortSignal,
  ): Promise<T> {
    if (!base) throw endpoint.problem ?? new Error(`${label}: no endpoint`);
    const url = new URL(path.replace(/^\/+/, ''), base);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname))
      throw new TypeError(`${label}: ${path} leaves the bridge`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (signal.aborted) throw new AutoSharesError({ code: 'aborted', cause: error });
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new AutoSharesError({
        code: timedOut ? 'timeout' : 'network',
        cause: error,
        details: { provider: label },
      });
    }
    if (!response.ok) throw await bridgeError(client, response, label);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new AutoSharesError({
        code: 'malformed_response',
        status: response.status,
        cause: error,
        details: { provider: label },
      });
    }
  }

  return Object.freeze({
    name,
    label,
    endpoint: endpoint.url,
    signInUrl: signIn.url,
    problem: endpoint.problem ?? signIn.problem,
    query<T>(path: string, params: Readonly<Record<string, string>> = {}): QueryDef<T> {
      return {
        key: [
          'provider',
          name,
          endpoint.url?.href ?? '',
          path,
          new URLSearchParams(Object.entries(params).sort()).toString(),
        ],
        fetch: (signal) => read<T>(path, params, signal),
      };
    },
    signIn(onDone: () => void): void {
      const target = signIn.url;
      if (!target) return;
      const popup = window.open(target.href, `as-provider-${name}`, 'popup,width=520,height=680');
      if (!popup) {
        window.location.assign(target.href);
        return;
      }
      const started = Date.now();
      const timer = setInterval(() => {
        if (!popup.closed && Date.now() - started < POPUP_MAX_MS) return;
        clearInterval(timer);
        onDone();
      }, POPUP_POLL_MS);
    },
  });
}

/**
 * A small OAuth 1.0a request signer (RFC 5849, HMAC-SHA1 only, as Sharesight Connect asks):
 * the `Authorization: OAuth …` header for a request, with a fresh nonce and timestamp. No kept
 * library fits (the npm ones are unmaintained or browser-only); this one is short and tested
 * against the published reference signatures.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** RFC 3986 percent-encoding (RFC 5849 §3.6): only unreserved characters stay as they are. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The signature base string (RFC 5849 §3.4.1) of a method, URL and all its parameters. */
export function signatureBaseString(
  method: string,
  url: URL,
  params: readonly (readonly [string, string])[],
): string {
  const baseUrl = `${url.protocol}//${url.host.toLowerCase()}${url.pathname}`;
  const pairs = params
    .filter(([name]) => name !== 'oauth_signature')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([an, av], [bn, bv]) => compare(an, bn) || compare(av, bv))
    .map(([name, value]) => `${name}=${value}`);
  return [method.toUpperCase(), percentEncode(baseUrl), percentEncode(pairs.join('&'))].join('&');
}

/** `base64(HMAC-SHA1(consumerSecret&tokenSecret, baseString))` (RFC 5849 §3.4.2). */
export function hmacSha1Signature(
  baseString: string,
  consumerSecret: string,
  tokenSecret = '',
): string {
  return createHmac('sha1', `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`)
    .update(baseString)
    .digest('base64');
}

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  /** The request or access token, when the step has one. */
  token?: string;
  tokenSecret?: string;
}

export interface SignInput {
  method: string;
  url: URL;
  /** Form-encoded body parameters (they are signed too). */
  form?: readonly (readonly [string, string])[];
  /** Extra `oauth_*` protocol parameters (`oauth_callback`, `oauth_verifier`). */
  oauth?: Record<string, string>;
  /** Fixed values, for tests only. */
  nonce?: string;
  timestamp?: number;
}

/** The `Authorization` header value for a request signed with HMAC-SHA1. */
export function oauth1Authorization(credentials: OAuth1Credentials, input: SignInput): string {
  const protocol: [string, string][] = [
    ['oauth_consumer_key', credentials.consumerKey],
    ['oauth_nonce', input.nonce ?? randomBytes(16).toString('hex')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(input.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_version', '1.0'],
    ...(credentials.token ? ([['oauth_token', credentials.token]] as [string, string][]) : []),
    ...Object.entries(input.oauth ?? {}),
  ];
  const base = signatureBaseString(input.method, input.url, [
    ...input.url.searchParams,
    ...(input.form ?? []),
    ...protocol,
  ]);
  protocol.push([
    'oauth_signature',
    hmacSha1Signature(base, credentials.consumerSecret, credentials.tokenSecret),
  ]);
  return `OAuth ${protocol.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ')}`;
}

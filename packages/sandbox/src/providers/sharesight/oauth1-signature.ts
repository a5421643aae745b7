/**
 * OAuth 1.0a HMAC-SHA1 signatures as the server checks them (RFC 5849 §3.4): the signature base
 * string from the method, the base URL and the normalised parameters (query, form body and
 * `Authorization: OAuth …` parameters, `oauth_signature` left out), keyed with
 * `consumer_secret&token_secret`. WebCrypto, so it runs in Node and the browser.
 */

/** RFC 3986 percent-encoding as RFC 5849 §3.6 asks (unreserved characters kept). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The parameters of an `Authorization: OAuth k="v", …` header, or null for another scheme. */
export function parseOAuthHeader(header: string | null | undefined): [string, string][] | null {
  if (!header || !/^OAuth\s/i.test(header)) return null;
  const out: [string, string][] = [];
  for (const part of header.replace(/^OAuth\s+/i, '').split(',')) {
    const match = /^\s*([^=\s]+)\s*=\s*"([^"]*)"\s*$/.exec(part);
    if (!match) continue;
    if (match[1] === 'realm') continue;
    out.push([decodeURIComponent(match[1]), decodeURIComponent(match[2])]);
  }
  return out;
}

/** The signature base string of RFC 5849 §3.4.1. */
export function signatureBaseString(method: string, url: URL, params: [string, string][]): string {
  const base = `${url.protocol}//${url.host.toLowerCase()}${url.pathname}`;
  const normalized = params
    .filter(([k]) => k !== 'oauth_signature')
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return [method.toUpperCase(), percentEncode(base), percentEncode(normalized)].join('&');
}

/** Base64 HMAC-SHA1 of the base string with `consumerSecret&tokenSecret`. */
export async function hmacSha1(
  baseString: string,
  consumerSecret: string,
  tokenSecret: string,
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(`${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(baseString)),
  );
  let text = '';
  for (const b of mac) text += String.fromCharCode(b);
  return btoa(text);
}

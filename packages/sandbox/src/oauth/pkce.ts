/**
 * PKCE (RFC 7636) checks with WebCrypto, so they run in Node and in the browser alike.
 */

/** RFC 7636 §4.1: 43–128 characters of `[A-Z a-z 0-9 - . _ ~]` (verifiers and S256 challenges alike). */
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Is this a syntactically valid code verifier or S256 code challenge? */
export function isPkceValue(value: string): boolean {
  return PKCE_VALUE.test(value);
}

/** `BASE64URL(SHA256(ASCII(verifier)))` (RFC 7636 §4.2, method S256). */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(verifier),
  );
  let text = '';
  for (const b of new Uint8Array(digest)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Does `verifier` match the S256 `challenge` recorded at the authorization request? */
export async function verifyS256(verifier: string, challenge: string): Promise<boolean> {
  if (!isPkceValue(verifier)) return false;
  return (await s256Challenge(verifier)) === challenge;
}

/** Unguessable tokens from WebCrypto (Node and browser alike). */
export function randomToken(bytes = 20): string {
  const buf = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return [...buf].map((b) => b.toString(16).padStart(2, '0')).join('');
}

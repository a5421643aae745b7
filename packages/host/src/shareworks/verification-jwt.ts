/**
 * The verification JWT of the seed: RS256, signed with the API key's private key, carrying the
 * client id and secret key, good once for at most 15 minutes.
 */
import { importPKCS8, SignJWT, type CryptoKey } from 'jose';

/** Lifetime of a verification JWT, seconds (the seed's sample: `exp = iat + 900`). */
export const VERIFICATION_LIFETIME_SECONDS = 900;

/** Imports a PKCS#8 PEM once; a `CryptoKey` is used as it is. */
export async function signingKey(privateKey: string | CryptoKey): Promise<CryptoKey> {
  if (typeof privateKey !== 'string') return privateKey;
  if (!privateKey.includes('-----BEGIN PRIVATE KEY-----'))
    throw new TypeError(
      'createShareworksBridge: privateKey must be a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----); convert an RSA PEM with `openssl pkcs8 -topk8 -nocrypt`',
    );
  return importPKCS8(privateKey, 'RS256');
}

/** A fresh verification JWT (new `jti` every time). */
export function verificationJwt(
  key: CryptoKey,
  clientId: string,
  clientSecret: string,
  nowMs: number,
): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({
    sub: 'account_number',
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setIssuer('shareworks.com')
    .setAudience('shareworks-api.solium.com')
    .setIssuedAt(iat)
    .setExpirationTime(iat + VERIFICATION_LIFETIME_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(key);
}

/**
 * Bank account numbers as a US broker checks them before linking (sandbox rules; the spec only
 * types them as strings): an ABA routing number is 9 digits, starts with a Federal Reserve
 * routing symbol (00–12, 21–32, 61–72, 80) and passes the ABA checksum
 * 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10); an account number is 4–17 digits.
 */

/** Why a routing number is refused, or null when it is valid. */
export function routingNumberProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '')
    return 'The RoutingNumber field is required.';
  const text = value.trim();
  if (!/^\d+$/.test(text)) return 'The routing number must contain digits only.';
  if (text.length !== 9) return 'The routing number must be exactly 9 digits.';
  const prefix = Number(text.slice(0, 2));
  const validPrefix =
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80;
  if (!validPrefix)
    return `The routing number ${text} does not start with a valid Federal Reserve routing symbol.`;
  if (!abaChecksumOk(text)) return `The routing number ${text} fails the ABA checksum.`;
  return null;
}

/** The ABA checksum of a 9-digit routing number. */
export function abaChecksumOk(digits: string): boolean {
  const d = [...digits].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return d.length === 9 && sum % 10 === 0;
}

/** Why a bank account number is refused, or null when it is valid. */
export function accountNumberProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '')
    return 'The AccountNumber field is required.';
  const text = value.trim();
  if (!/^\d+$/.test(text)) return 'The account number must contain digits only.';
  if (text.length < 4 || text.length > 17) return 'The account number must be 4 to 17 digits long.';
  return null;
}

/** The last four digits behind a mask, as statements show an account number (`****6789`). */
export const maskAccountNumber = (accountNumber: string): string =>
  `****${accountNumber.slice(-4)}`;

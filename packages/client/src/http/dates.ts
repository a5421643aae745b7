/**
 * Date normalisation for everything the client returns (api-reference §1.3).
 *
 * **Every date the client hands out is a number of epoch milliseconds (UTC), or `null` for
 * "none".** The API mixes ISO-8601 strings with up to 7 fractional digits, the .NET "none"
 * value `0001-01-01T00:00:00Z`, Unix seconds (news `Date`, alert `CreatedDate` /
 * `ExpirationDate`, candle `Time`, indicator `Date`), and on the streamer Unix milliseconds and
 * `MM/dd/yyyy HH:mm:ss`. Numbers were chosen over `Date` objects because they survive
 * `structuredClone`/JSON (caches, workers, postMessage), compare with `<`, and match the stream.
 *
 * Dates you pass IN may be epoch ms or `Date`; each endpoint converts them to its wire format.
 */

/** A date as the client returns it: epoch milliseconds (UTC), or null for "none". */
export type EpochMs = number | null;

/**
 * Field names whose values are dates in the API's resources. The response normaliser converts
 * the value of these keys, at any depth, with {@link toEpochMs}; the `Normalized<T>` type in
 * `types.ts` retypes the same keys, so type and runtime cannot drift apart.
 */
export const DATE_KEYS = [
  'Date',
  'DateTime',
  'Time',
  'Timestamp',
  'CreateDate',
  'CreatedDate',
  'CreatedAt',
  'ModifyDate',
  'AddedDate',
  'ExpireDate',
  'ExpirationDate',
  'Expiration',
  'UnderlyingExpirationDate',
  'TransactionDate',
  'SettDate',
  'SettlementDate',
  'CompleteDate',
  'DateOfBirth',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];
const DATE_KEY_SET: ReadonlySet<string> = new Set(DATE_KEYS);

/** True when `key` names a date field the normaliser converts. */
export const isDateKey = (key: string): key is DateKey => DATE_KEY_SET.has(key);

/** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
const TICKS_AT_EPOCH = 621_355_968_000_000_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Converts any date the API sends to epoch ms, or null for "none"/unparseable.
 * - ISO strings (any number of fractional digits; no zone = UTC, as the API means UTC);
 *   years before 1900 (the .NET `0001-01-01` "none") → null
 * - `MM/dd/yyyy HH:mm:ss` (streamer quotes and watchlists), read as UTC
 * - numbers and numeric strings by magnitude: ≤ 0 → null; < 1e11 → Unix seconds;
 *   < 1e16 → Unix ms; larger → .NET ticks (the spec's "UTC ticks")
 */
export function toEpochMs(value: unknown): EpochMs {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text));
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = iso;
    if (Number(y) < 1900) return null;
    const ms = Number((frac + '000').slice(0, 3));
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    if (zone && zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return Number.isNaN(t) ? null : t;
  }
  const us = US.exec(text);
  if (us) {
    const [, mo, d, y, h = '0', mi = '0', s = '0'] = us;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  }
  return null;
}

function fromNumber(n: number): EpochMs {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (n < 1e11) return Math.round(n * 1000);
  if (n < 1e16) return Math.round(n);
  return Math.round((n - TICKS_AT_EPOCH) / 10_000);
}

/** A date the caller passes in: epoch ms or a `Date`. */
export type DateInput = number | Date;

const asMs = (value: DateInput): number => (value instanceof Date ? value.getTime() : value);

/** Wire format: whole Unix seconds (charts, alerts). */
export const toUnixSeconds = (value: DateInput): number => Math.floor(asMs(value) / 1000);

/** Wire format: ISO-8601 UTC (orders' `ExpireDate`, account history). */
export const toIsoString = (value: DateInput): string => new Date(asMs(value)).toISOString();

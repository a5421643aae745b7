/**
 * Converters from the streamer's all-string values (api-reference §1.3, §12.3) to typed values.
 * Each returns `undefined` for an absent, empty, `"null"` or unparseable value, so a parser can
 * leave the field out instead of storing garbage (dates: `null` for a date the server marks as
 * "none", as the REST normaliser does). Already-typed values (a number where a
 * string was expected) are accepted too, since the sources disagree on details.
 */

import { toEpochMs, type EpochMs } from '../http/dates.ts';

/** A raw message as received: field name → value (normally a string). */
export type RawFields = Record<string, unknown>;

const isNullWord = (s: string) => s.length === 4 && s.toLowerCase() === 'null';

function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || isNullWord(trimmed) ? undefined : trimmed;
}

/** `"12.5"` → 12.5. (Runs for every field of every quote: no intermediate strings.) */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  const n = Number(value); // ignores surrounding whitespace; "null" and words are NaN
  if (!Number.isFinite(n)) return undefined;
  return n === 0 && value.trim() === '' ? undefined : n;
}

/** `"True"`/`"False"` (any case) → boolean. */
export function toBoolean(value: unknown): boolean | undefined {
  const t = text(value)?.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** A non-empty string (`"null"` and `""` are absent). */
export function toText(value: unknown): string | undefined {
  return text(value);
}

/**
 * Any stream date → epoch ms, or null for "none": `MM/dd/yyyy HH:mm:ss` (quotes, watchlists;
 * read as UTC), Unix ms strings (orders, positions), Unix seconds (alerts), ISO. The shared
 * client normaliser does the work; ETNA's `01/01/1970 00:00:00` is "none" here too.
 */
export function toDate(value: unknown): EpochMs | undefined {
  // The quotes of one market update share their time stamps: the last one is remembered.
  if (value === lastDate.value) return lastDate.ms;
  const t = text(value);
  const ms = t === undefined ? undefined : toEpochMs(t);
  const date = ms === 0 ? null : ms;
  lastDate.value = value;
  lastDate.ms = date;
  return date;
}

/** The last value {@link toDate} converted, and what it gave. */
const lastDate: { value: unknown; ms: EpochMs | undefined } = { value: undefined, ms: undefined };

/**
 * A list of ids: `"null"` → `[]`; `"1;2"`, `"1,2"`, `"[1,2]"` → `[1, 2]`. Non-numeric entries
 * are skipped.
 */
export function toIdList(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(toNumber).filter((n) => n !== undefined);
  const t = text(value);
  if (t === undefined) return [];
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      return Array.isArray(parsed) ? toIdList(parsed) : [];
    } catch {
      return [];
    }
  }
  return t
    .split(/[;,\s]+/)
    .map(toNumber)
    .filter((n) => n !== undefined);
}

/** How a field converts. */
export type FieldKind = 'number' | 'boolean' | 'text' | 'date' | 'numberOrText';

const CONVERTERS: Record<FieldKind, (value: unknown) => unknown> = {
  number: toNumber,
  boolean: toBoolean,
  text: toText,
  date: toDate,
  numberOrText: (value) => toNumber(value) ?? toText(value),
};

/**
 * Converts a raw message field by field. Fields named in `kinds` convert by their kind; any
 * other field is kept as text (so enum strings such as `Side` pass through), except `…Offset`
 * fields, which are numbers. A field whose value does not convert is left out, and so are the
 * envelope fields `EntityType` and `Cmd` and the field named `skip` (e.g. a routing `Key`).
 */
export function convertFields(
  raw: RawFields,
  kinds: Readonly<Record<string, FieldKind>>,
  skip?: string,
): Record<string, unknown> {
  return convertFieldsInto({}, raw, kinds, skip);
}

/**
 * {@link convertFields} into `out`, leaving the fields `out` already has as they are (so
 * converting messages newest first gives each field its latest value that converts).
 */
export function convertFieldsInto(
  out: Record<string, unknown>,
  raw: RawFields,
  kinds: Readonly<Record<string, FieldKind>>,
  skip?: string,
): Record<string, unknown> {
  for (const name in raw) {
    if (name === 'EntityType' || name === 'Cmd' || name === skip) continue;
    if (!Object.hasOwn(raw, name) || Object.hasOwn(out, name)) continue;
    const kind = kinds[name] ?? (name.endsWith('Offset') ? 'number' : 'text');
    const converted = CONVERTERS[kind](raw[name]);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}

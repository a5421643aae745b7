/**
 * Converters from the streamer's all-string values (api-reference §1.3, §12.3) to typed values.
 * Each returns `undefined` for an absent, empty, `"null"` or unparseable value, so a parser can
 * leave the field out instead of storing garbage. Already-typed values (a number where a
 * string was expected) are accepted too, since the sources disagree on details.
 */

/** A raw message as received: field name → value (normally a string). */
export type RawFields = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'null' ? undefined : trimmed;
}

/** `"12.5"` → 12.5. */
export function toNumber(value: unknown): number | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
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

const ETNA_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A quote/watchlist date `MM/dd/yyyy HH:mm:ss` → epoch ms. The zone is not documented; it is
 * read as UTC. `01/01/1970 00:00:00` is ETNA's "no date" and is absent. Unix ms numbers and ISO
 * strings are accepted as well.
 */
export function toEtnaDate(value: unknown): number | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const m = ETNA_DATE.exec(t);
  if (m) {
    const [, mo, d, y, h = '0', mi = '0', s = '0'] = m;
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    return Number.isFinite(ms) && ms !== 0 ? ms : undefined;
  }
  return toUnixMs(t);
}

/** .NET `DateTime.MinValue` in Unix ms: ETNA's "no date". */
const NO_DATE_MS = -62135596800000;

/**
 * An order/position date as a Unix ms string → epoch ms (ISO strings are accepted as well).
 * .NET's `DateTime.MinValue` ("no date") is absent.
 */
export function toUnixMs(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n !== undefined) return n <= NO_DATE_MS ? undefined : n;
  const t = text(value);
  if (t === undefined) return undefined;
  const parsed = Date.parse(t);
  return Number.isFinite(parsed) ? parsed : undefined;
}

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
export type FieldKind = 'number' | 'boolean' | 'text' | 'etnaDate' | 'unixMs' | 'numberOrText';

const CONVERTERS: Record<FieldKind, (value: unknown) => unknown> = {
  number: toNumber,
  boolean: toBoolean,
  text: toText,
  etnaDate: toEtnaDate,
  unixMs: toUnixMs,
  numberOrText: (value) => toNumber(value) ?? toText(value),
};

/**
 * Converts a raw message field by field. Fields named in `kinds` convert by their kind; any
 * other field is kept as text (so enum strings such as `Side` pass through), except `…Offset`
 * fields, which are numbers. A field whose value does not convert is left out, and so are the
 * envelope fields `EntityType` and `Cmd`.
 */
export function convertFields(
  raw: RawFields,
  kinds: Readonly<Record<string, FieldKind>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'EntityType' || name === 'Cmd') continue;
    const kind = kinds[name] ?? (name.endsWith('Offset') ? 'number' : 'text');
    const converted = CONVERTERS[kind](value);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}

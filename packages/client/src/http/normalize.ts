/**
 * The one place where response bodies are normalised (api-reference §1.4, §1.6, §1.3):
 * `{Model, Errors, IsSucceed}` envelopes are unwrapped, date fields become epoch ms, and paged
 * lists become a {@link Page} whether the server sent a `PagingResult` or a bare array.
 */
import { isDateKey, toEpochMs } from './dates.ts';
import type { Page, Normalized } from '../types.ts';

/** String maps whose keys are data, not field names: never date-converted. */
const OPAQUE_KEYS: ReadonlySet<string> = new Set([
  'Data',
  'ExecutionInstructions',
  'Commissions',
  'CommissionRates',
]);

/** `{"Model":…,"Errors":[…],"IsSucceed":…}` as some endpoints wrap their result. */
export interface Envelope {
  Model: unknown;
  Errors?: unknown;
  IsSucceed: boolean;
  StatusCode?: number;
}

export function isEnvelope(body: unknown): body is Envelope {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    'Model' in body &&
    'IsSucceed' in body &&
    typeof (body as { IsSucceed: unknown }).IsSucceed === 'boolean'
  );
}

/** Converts every date field (see `DATE_KEYS`) at any depth to epoch ms; returns a copy. */
export function normalizeDates<T>(value: T): Normalized<T> {
  return walk(value) as Normalized<T>;
}

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (OPAQUE_KEYS.has(key)) out[key] = v;
    else if (isDateKey(key) && (typeof v === 'string' || typeof v === 'number'))
      out[key] = toEpochMs(v);
    else out[key] = walk(v);
  }
  return out;
}

/** `PagingResult[T]` as the API sends it. */
export interface PagingResult<T> {
  Result?: T[] | null;
  NextPageLink?: string | null;
  PreviousPageLink?: string | null;
  TotalCount?: number | null;
}

/** True for a body shaped like `PagingResult[T]`. */
export function isPagingResult(body: unknown): body is PagingResult<unknown> {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    'Result' in body &&
    (Array.isArray((body as PagingResult<unknown>).Result) ||
      (body as PagingResult<unknown>).Result === null)
  );
}

/**
 * A paged body → {@link Page}. Accepts a `PagingResult` or a bare array (the docs and the spec
 * disagree for positions); returns undefined for anything else so the caller can report a
 * malformed response.
 */
export function toPage<T>(
  body: unknown,
  pageNumber: number,
  pageSize: number,
): Page<T> | undefined {
  if (Array.isArray(body)) {
    return {
      items: body as T[],
      totalCount: body.length,
      pageNumber,
      pageSize,
      hasNextPage: false,
    };
  }
  if (!isPagingResult(body)) return undefined;
  const items = (body.Result ?? []) as T[];
  const totalCount =
    typeof body.TotalCount === 'number' ? body.TotalCount : pageNumber * pageSize + items.length;
  const hasNextPage = body.NextPageLink
    ? true
    : typeof body.TotalCount === 'number'
      ? (pageNumber + 1) * pageSize < body.TotalCount && items.length > 0
      : false;
  return { items, totalCount, pageNumber, pageSize, hasNextPage };
}

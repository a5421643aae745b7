/**
 * Query-string helpers shared by every route: required parameters (a missing one is a 404 with
 * the documented body, as ETNA's routing answers it), numbers and booleans, sorting by a field
 * name, and the `PagingResult` envelope with absolute next/previous links (api-reference §1.4).
 */
import type { Context } from 'hono';
import { ApiError, badRequest, noResource, unsupportedApiVersion } from './errors.ts';

/** `PagingResult[T]` as the API sends it. */
export interface PagingResult<T> {
  Result: T[];
  NextPageLink: string;
  PreviousPageLink: string;
  TotalCount: number;
}

/**
 * Reads required query parameters (case-insensitively, as ASP.NET binds them). A missing one
 * answers 404: `{"Message":"No HTTP resource was found…"}` by default, or the
 * `UnsupportedApiVersion` body (alerts and transactions answer that way).
 */
export function requireQuery<K extends string>(
  c: Context,
  names: readonly K[],
  style: 'noResource' | 'unsupportedApiVersion' = 'noResource',
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = queryParam(c, name);
    if (value === undefined || value === '') {
      throw style === 'noResource' ? noResource(c.req.url) : unsupportedApiVersion(c.req.url);
    }
    out[name] = value;
  }
  return out;
}

/** One query parameter, matched case-insensitively; undefined when absent. */
export function queryParam(c: Context, name: string): string | undefined {
  const exact = c.req.query(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [key, value] of new URL(c.req.url).searchParams)
    if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Parses an integer parameter; anything else is a 400. */
export function intParam(
  value: string,
  name: string,
  { min, max }: { min?: number; max?: number } = {},
): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw badRequest(`The value '${value}' is not valid for ${name}.`);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    throw badRequest(`The value '${value}' is out of range for ${name}.`);
  }
  return n;
}

/** Parses `true`/`false` (any case); anything else is a 400. */
export function boolParam(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw badRequest(`The value '${value}' is not valid for ${name}.`);
}

/**
 * Sorts a copy of `items` by a property name (case-insensitive, like the API), numbers and
 * ISO dates in their natural order, ties by `Id`. An unknown field is a 400.
 */
export function sortByField<T extends object>(
  items: readonly T[],
  field: string | undefined,
  desc: boolean,
): T[] {
  const copy = [...items];
  if (!field) return desc ? copy.reverse() : copy;
  const key = resolveField(items[0], field);
  if (items.length > 0 && key === undefined) throw badRequest(`Unknown sort field '${field}'.`);
  const dir = desc ? -1 : 1;
  return copy.sort((a, b) => {
    const x = (a as Record<string, unknown>)[key as string];
    const y = (b as Record<string, unknown>)[key as string];
    const cmp =
      compareValues(x, y) || compareValues((a as { Id?: unknown }).Id, (b as { Id?: unknown }).Id);
    return cmp * dir;
  });
}

function resolveField(sample: object | undefined, field: string): string | undefined {
  if (!sample) return field;
  const lower = field.toLowerCase();
  return Object.keys(sample).find((k) => k.toLowerCase() === lower);
}

function compareValues(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : 1;
}

/** Cuts page `pageNumber` (zero-based) of `pageSize` out of `items` and links its neighbours. */
export function page<T>(
  c: Context,
  items: readonly T[],
  pageNumber: number,
  pageSize: number,
): PagingResult<T> {
  if (pageSize <= 0) throw badRequest('pageSize must be positive.');
  const start = pageNumber * pageSize;
  const link = (n: number): string => {
    const url = new URL(c.req.url);
    for (const key of [...url.searchParams.keys()])
      if (key.toLowerCase() === 'pagenumber') url.searchParams.delete(key);
    url.searchParams.set('pageNumber', String(n));
    return url.toString();
  };
  return {
    Result: items.slice(start, start + pageSize),
    NextPageLink: start + pageSize < items.length ? link(pageNumber + 1) : '',
    PreviousPageLink: pageNumber > 0 ? link(pageNumber - 1) : '',
    TotalCount: items.length,
  };
}

/** Reads and parses the JSON body; a missing or malformed body is the documented validation error. */
export async function jsonBody<T>(c: Context, model: string): Promise<T> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    body = undefined;
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError(400, {
      Message: 'Validation error occured while processing entity',
      ModelState: { [model]: ['An error has occurred.'] },
    });
  }
  return body as T;
}

/** Bits every endpoint group uses. */
import { AutoSharesError } from '../errors.ts';
import type { Filter } from '../filter/filter.ts';
import { toPage } from '../http/normalize.ts';
import type { CallOptions } from '../http/transport.ts';
import type { Page, SecuritySignature } from '../types.ts';

/** A user id, or `'@me'` for the token's own user (the default everywhere). */
export type UserRef = number | '@me';

/** Call options for user-scoped endpoints. */
export interface UserCallOptions extends CallOptions {
  /** Default `'@me'`. */
  userId?: UserRef;
}

/** A filter as the builder makes it, or raw filter text. */
export type FilterInput = Filter | string;

export const filterText = (filter: FilterInput | undefined): string | undefined => {
  const text = filter === undefined ? undefined : String(filter).trim();
  return text ? text : undefined;
};

/** Normalises a paged body or reports it as malformed. */
export function pageOf<T>(body: unknown, pageNumber: number, pageSize: number): Page<T> {
  const page = toPage<T>(body, pageNumber, pageSize);
  if (!page) {
    throw new AutoSharesError({
      code: 'malformed_response',
      status: 200,
      details: { expected: 'PagingResult' },
    });
  }
  return page;
}

/** Expects an array body (a missing body is an empty list); anything else is malformed. */
export function listOf<T>(body: unknown): T[] {
  if (body === undefined || body === null) return [];
  if (Array.isArray(body)) return body as T[];
  throw new AutoSharesError({
    code: 'malformed_response',
    status: 200,
    details: { expected: 'array' },
  });
}

/** Expects an object body. */
export function objectOf<T>(body: unknown): T {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as T;
  throw new AutoSharesError({
    code: 'malformed_response',
    status: 200,
    details: { expected: 'object' },
  });
}

export interface FetchAllOptions extends CallOptions {
  /** Stop after this many pages (default 20) so a huge account cannot run away. */
  maxPages?: number;
}

/**
 * Fetches pages 0, 1, 2… until the server says there is no next page, a page comes back empty,
 * or `maxPages` is reached. Resolves with every item, in order.
 */
export async function fetchAllPages<T>(
  fetchPage: (pageNumber: number) => Promise<Page<T>>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(n);
    items.push(...page.items);
    if (!page.hasNextPage || page.items.length === 0 || items.length >= page.totalCount) break;
  }
  return items;
}

/** A ticker or a signature → the `{Symbol, Exchange?, Currency?}` body the API takes. */
export const toSignature = (security: string | SecuritySignature): SecuritySignature =>
  typeof security === 'string' ? { Symbol: security } : security;

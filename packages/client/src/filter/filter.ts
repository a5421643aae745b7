/**
 * A builder for the AutoShares "SQL-like" filter syntax (api-reference §1.5), so that no caller
 * concatenates filter strings by hand.
 *
 * Literals: strings are single-quoted (a quote inside is doubled), dates are `#ISO#`,
 * booleans `true`/`false`, numbers bare. Clauses combine with `and`.
 *
 * @example
 * and(eq('SecurityId', 4), inList('Status', [0, 1]), between('CreateDate', from, to)).toString()
 * // "SecurityId = 4 and Status in (0, 1) and CreateDate between #…# and #…#"
 */
export type FilterValue = string | number | boolean | Date;

/** A filter expression; `toString()` gives the text for the `filter=` query parameter. */
export class Filter {
  /** @internal use the builder functions */
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function field(name: string): string {
  if (!FIELD.test(name)) throw new TypeError(`Invalid filter field name: ${JSON.stringify(name)}`);
  return name;
}

/** Renders one literal in the filter syntax. */
export function literal(value: FilterValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('Invalid date in filter');
    return `#${value.toISOString()}#`;
  }
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Invalid number in filter: ${value}`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return `'${value.replace(/'/g, "''")}'`;
    default:
      throw new TypeError(`Unsupported filter value: ${String(value)}`);
  }
}

type Comparison = '=' | '<' | '>' | '<=' | '>=';

/** `Field op value` */
export function compare(name: string, op: Comparison, value: FilterValue): Filter {
  return new Filter(`${field(name)} ${op} ${literal(value)}`);
}
export const eq = (name: string, value: FilterValue) => compare(name, '=', value);
export const lt = (name: string, value: FilterValue) => compare(name, '<', value);
export const gt = (name: string, value: FilterValue) => compare(name, '>', value);
export const lte = (name: string, value: FilterValue) => compare(name, '<=', value);
export const gte = (name: string, value: FilterValue) => compare(name, '>=', value);

/** `Field in (a, b, …)`; an empty list is rejected, since it could match nothing or everything. */
export function inList(name: string, values: readonly FilterValue[]): Filter {
  if (values.length === 0) throw new TypeError(`Empty "in" list for filter field ${name}`);
  return new Filter(`${field(name)} in (${values.map(literal).join(', ')})`);
}

/** `Field between low and high` (inclusive). */
export function between(name: string, low: FilterValue, high: FilterValue): Filter {
  return new Filter(`${field(name)} between ${literal(low)} and ${literal(high)}`);
}

/** String operators: `Field contains 'x'`, `startsWith`, `endsWith`. */
export const contains = (name: string, value: string) =>
  new Filter(`${field(name)} contains ${literal(value)}`);
export const startsWith = (name: string, value: string) =>
  new Filter(`${field(name)} startsWith ${literal(value)}`);
export const endsWith = (name: string, value: string) =>
  new Filter(`${field(name)} endsWith ${literal(value)}`);

/** Joins clauses with `and`; returns undefined when there are none (so `filter=` can be omitted). */
export function and(...clauses: Array<Filter | undefined | false>): Filter | undefined {
  const parts = clauses.filter((c): c is Filter => c instanceof Filter).map(String);
  return parts.length ? new Filter(parts.join(' and ')) : undefined;
}

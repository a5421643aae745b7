/**
 * Drift checks of the wire contract against the committed spec output: the generated enums must
 * be exactly the enums of the generated API types (both come from `pnpm generate:api-types`, so
 * they differ only if one was edited or regenerated alone), and the hand-written status codes
 * must cover every status the spec allows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { components } from '../generated/autoshares-api.ts';
import * as contract from './index.ts';
import {
  GENERATED_ENUM_SOURCES,
  OPEN_ORDER_STATUSES,
  ORDER_STATUSES,
  ORDER_STATUS_CODES,
  ORDER_STATUSES_WITHOUT_CODE,
  orderStatusCode,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  type SecurityType,
  type TimeInForce,
} from './index.ts';

type Schemas = components['schemas'];
/** True only when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Compile-time half of the drift check (tsc): the unions agree with the generated API types.
const sameTypes: [
  Same<OrderStatus, NonNullable<Schemas['OrderResource']['Status']>>,
  Same<OrderSide, NonNullable<Schemas['CreateOrderResource']['Side']>>,
  Same<OrderType, NonNullable<Schemas['CreateOrderResource']['Type']>>,
  Same<TimeInForce, NonNullable<Schemas['CreateOrderResource']['TimeInforce']>>,
  Same<SecurityType, NonNullable<Schemas['EquityResource']['Type']>>,
] = [true, true, true, true, true];

const apiTypes = readFileSync(new URL('../generated/autoshares-api.ts', import.meta.url), 'utf8');

/**
 * The string literals of `Schema.Property` in the generated API types (`Prop?: "A" | "B";`
 * inside `components.schemas.Schema`), or undefined when it is not a string-literal union.
 */
function unionInApiTypes(where: string): string[] | undefined {
  const [schema, property] = where.split('.');
  const schemas = apiTypes.indexOf('\n    schemas: {\n');
  const start = apiTypes.indexOf(`\n        ${schema}: {\n`, schemas);
  if (schemas === -1 || start === -1) return undefined;
  const end = apiTypes.indexOf('\n        };\n', start);
  const body = apiTypes.slice(start, end);
  const line = body.match(new RegExp(`\\n            ${property}\\??: ((?:"[^"]*"(?: \\| )?)+);`));
  return line ? [...line[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : undefined;
}

test('the generated enums are the enums of the generated API types, value for value and in order', () => {
  assert.ok(Object.keys(GENERATED_ENUM_SOURCES).length > 0);
  for (const [name, places] of Object.entries(GENERATED_ENUM_SOURCES)) {
    const values = (contract as unknown as Record<string, readonly string[]>)[name];
    assert.ok(Array.isArray(values), `${name} is exported`);
    for (const where of places)
      assert.deepEqual(unionInApiTypes(where), [...values], `${name} = ${where} of the spec`);
  }
  assert.deepEqual(sameTypes, [true, true, true, true, true]);
});

test('every status the spec allows has a filter code or is documented as having none, never both', () => {
  const coded = Object.keys(ORDER_STATUS_CODES);
  const without: readonly string[] = ORDER_STATUSES_WITHOUT_CODE;
  for (const status of ORDER_STATUSES) {
    const hasCode = coded.includes(status);
    assert.ok(hasCode !== without.includes(status), `${status}: a code xor documented without`);
    assert.equal(
      orderStatusCode(status),
      hasCode ? ORDER_STATUS_CODES[status as never] : undefined,
    );
  }
  for (const status of [...coded, ...without])
    assert.ok((ORDER_STATUSES as readonly string[]).includes(status), `${status} is in the spec`);
  const codes = Object.values(ORDER_STATUS_CODES);
  assert.equal(new Set(codes).size, codes.length, 'codes are unique');
  assert.equal(orderStatusCode('Held'), undefined);
  assert.equal(orderStatusCode('Cancelled'), undefined, 'an unknown status has no code');
});

test('open statuses are spec statuses with a filter code', () => {
  for (const status of OPEN_ORDER_STATUSES) {
    assert.ok(ORDER_STATUSES.includes(status), status);
    assert.notEqual(orderStatusCode(status), undefined, status);
  }
});

#!/usr/bin/env node
// Regenerates, from the AutoShares spec:
// - packages/client/src/generated/autoshares-api.ts: every type of the spec. The spec is
//   Swagger 2.0, which openapi-typescript 7 no longer reads, so it is first converted to
//   OpenAPI 3 with swagger2openapi (--patch fixes minor spec errors).
// - packages/client/src/contract/generated-enums.ts: the string enums the client and the
//   sandbox both use (ENUMS below), as `as const` arrays in spec order plus union types.
// Only this script reads ../shared; its output is committed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import converter from 'swagger2openapi';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = process.argv[2] ?? resolve(root, '../shared/autoshares/openapi.json');
const outPath = resolve(root, 'packages/client/src/generated/autoshares-api.ts');
const enumsPath = resolve(root, 'packages/client/src/contract/generated-enums.ts');

/**
 * The spec's string enums in the wire contract. `from` is `Schema.Property`; `same` lists the
 * other places the spec spells the same enum: the script fails if any of them differs, so a spec
 * change cannot split one contract enum in two unnoticed. Order is the spec's (the API binds an
 * enum sent as a number by its position).
 */
const ENUMS = [
  {
    name: 'ORDER_STATUSES',
    type: 'OrderStatus',
    doc: 'Order `Status` and `ExecutionStatus`.',
    from: 'OrderResource.Status',
    same: ['OrderResource.ExecutionStatus'],
  },
  {
    name: 'ORDER_SIDES',
    type: 'OrderSide',
    doc: 'Order `Side`.',
    from: 'OrderResource.Side',
    same: ['CreateOrderResource.Side'],
  },
  {
    name: 'ORDER_TYPES',
    type: 'OrderType',
    doc: 'Order `Type` (and `InitialType`).',
    from: 'OrderResource.Type',
    same: ['OrderResource.InitialType', 'CreateOrderResource.Type', 'ModifyOrderResource.Type'],
  },
  {
    name: 'TIMES_IN_FORCE',
    type: 'TimeInForce',
    doc: 'Order `TimeInForce` (spelled `TimeInforce` in the spec of the place/verify body).',
    from: 'OrderResource.TimeInForce',
    same: ['CreateOrderResource.TimeInforce', 'ModifyOrderResource.TimeInForce'],
  },
  {
    name: 'ORDER_REQUEST_STATUSES',
    type: 'OrderRequestStatus',
    doc: 'Order `RequestStatus`.',
    from: 'OrderResource.RequestStatus',
  },
  {
    name: 'ORDER_TARGETS',
    type: 'OrderTarget',
    doc: 'Order `Target`.',
    from: 'OrderResource.Target',
  },
  {
    name: 'ORDER_TRANS_TYPES',
    type: 'OrderTransType',
    doc: 'Order `TransType`.',
    from: 'OrderResource.TransType',
  },
  {
    name: 'EXEC_INSTRUCTIONS',
    type: 'ExecInstruction',
    doc: 'Order `ExecInst` (REST; the streamer may send numeric flags).',
    from: 'OrderResource.ExecInst',
    same: ['CreateOrderResource.ExecInst'],
  },
  {
    name: 'TRAILING_AMOUNT_TYPES',
    type: 'TrailingAmountType',
    doc: 'Order `TrailingStopAmountType` / `TrailingLimitAmountType` (sic `Persentage`).',
    from: 'OrderResource.TrailingStopAmountType',
    same: [
      'OrderResource.TrailingLimitAmountType',
      'CreateOrderResource.TrailingStopAmountType',
      'CreateOrderResource.TrailingLimitAmountType',
      'ModifyOrderResource.TrailingStopAmountType',
      'ModifyOrderResource.TrailingLimitAmountType',
    ],
  },
  {
    name: 'SECURITY_TYPES',
    type: 'SecurityType',
    doc: "A security's `Type` (and an order's `SecurityType`).",
    from: 'EquityResource.Type',
    same: ['SecurityModel.Type', 'OptionResource.Type', 'OrderResource.SecurityType'],
  },
  {
    name: 'OPTION_TYPES',
    type: 'OptionType',
    doc: "An option's `OptionType`.",
    from: 'OptionResource.OptionType',
    same: ['SecurityModel.OptionType'],
  },
  {
    name: 'EXPIRATION_TYPES',
    type: 'ExpirationType',
    doc: "An option's `ExpirationType` (and an expiration's `SeriesType`).",
    from: 'OptionResource.ExpirationType',
    same: [
      'SecurityModel.ExpirationType',
      'OptionExpirationResource.ExpirationType',
      'OptionExpirationResource.SeriesType',
      'OrderResource.UnderlyingExpirationType',
      'PositionResource.UnderlyingExpirationType',
    ],
  },
  {
    name: 'WATCHLIST_TYPES',
    type: 'WatchlistType',
    doc: "A watchlist's `Type`.",
    from: 'WatchlistModel.Type',
  },
  {
    name: 'PRICE_ALERT_STATES',
    type: 'PriceAlertState',
    doc: "A price alert's `State`.",
    from: 'PriceAlertInfoModel.State',
    same: ['PriceAlertEditableModel.State'],
  },
  {
    name: 'TRANSACTION_TYPES',
    type: 'TransactionType',
    doc: "A transaction's `Type`.",
    from: 'TransactionMapModel.Type',
  },
];

const swagger = JSON.parse(await readFile(specPath, 'utf8'));
const { openapi } = await converter.convertObj(swagger, { patch: true, warnOnly: true });
dedupeOperationIds(openapi);
const ast = await openapiTS(openapi);
const banner = `/**
 * GENERATED FILE: do not edit by hand.
 * Source: AutoShares Trading API spec (Swagger 2.0 "${swagger.info?.title}" v${swagger.info?.version}),
 * converted with swagger2openapi and generated with openapi-typescript.
 * Regenerate with \`pnpm generate:api-types\`.
 */
/* eslint-disable */
`;
await mkdir(dirname(outPath), { recursive: true });
await writeFile(outPath, banner + astToString(ast));
console.log(`wrote ${outPath}`);

await mkdir(dirname(enumsPath), { recursive: true });
const enumsSource = await prettier.format(enumsModule(swagger), {
  ...(await prettier.resolveConfig(enumsPath)),
  filepath: enumsPath,
});
await writeFile(enumsPath, enumsSource);
console.log(`wrote ${enumsPath}`);

/** The values of `Schema.Property` in the Swagger 2.0 spec; throws when it is not a string enum. */
function enumAt(doc, where) {
  const [schema, property] = where.split('.');
  const values = doc.definitions?.[schema]?.properties?.[property]?.enum;
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
    throw new Error(`generate-api-types: ${where} is not a string enum in the spec`);
  return values;
}

/** The source of generated-enums.ts. */
function enumsModule(doc) {
  const parts = ENUMS.map(({ name, type, doc: text, from, same = [] }) => {
    const values = enumAt(doc, from);
    for (const other of same) {
      if (JSON.stringify(enumAt(doc, other)) !== JSON.stringify(values))
        throw new Error(`generate-api-types: ${other} differs from ${from} in the spec`);
    }
    const places = [from, ...same].map((w) => `\`${w}\``).join(', ');
    return `/** ${text} Spec: ${places}. */
export const ${name} = ${JSON.stringify(values)} as const;
export type ${type} = (typeof ${name})[number];
`;
  });
  const sources = ENUMS.map(
    ({ name, from, same = [] }) => `  ${name}: ${JSON.stringify([from, ...same])},`,
  ).join('\n');
  return `/**
 * GENERATED FILE: do not edit by hand.
 * Source: AutoShares Trading API spec (Swagger 2.0 "${doc.info?.title}" v${doc.info?.version}),
 * the string enums listed in \`${relative(root, fileURLToPath(import.meta.url))}\`, in spec order.
 * Regenerate with \`pnpm generate:api-types\`.
 */

${parts.join('\n')}
/** Where the spec spells each enum above (\`Schema.Property\`), for the drift test. */
export const GENERATED_ENUM_SOURCES = {
${sources}
} as const;
`;
}

/** The spec reuses a few operationIds; openapi-typescript requires them unique. */
function dedupeOperationIds(doc) {
  const seen = new Map();
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const count = seen.get(op.operationId) ?? 0;
      seen.set(op.operationId, count + 1);
      if (count > 0) op.operationId = `${op.operationId}_${count + 1}`;
    }
  }
}

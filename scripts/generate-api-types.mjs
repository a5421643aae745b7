#!/usr/bin/env node
// Regenerates packages/client/src/generated/autoshares-api.ts from the AutoShares spec.
// The spec is Swagger 2.0, which openapi-typescript 7 no longer reads, so it is first
// converted to OpenAPI 3 with swagger2openapi (--patch fixes minor spec errors).
// Only this script reads ../shared; its output is committed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import converter from 'swagger2openapi';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = process.argv[2] ?? resolve(root, '../shared/autoshares/openapi.json');
const outPath = resolve(root, 'packages/client/src/generated/autoshares-api.ts');

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

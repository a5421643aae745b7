/**
 * Test support: checks a JSON response against a schema of the spec, as the generated API types
 * (`@autoshares/client/api-types`, generated from the spec) spell it. A field the schema lacks
 * (an invented field), a value of the wrong JSON type, or an enum value the spec does not list is
 * a problem; nested schemas (`Legs`, `Quotes`, `Options`, …) are checked too. Fields are
 * optional in the spec, so a missing field is not a problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A property type, as far as JSON can tell. */
type PropertyType =
  | { kind: 'string' | 'number' | 'boolean' | 'map' | 'any' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'ref'; schema: string }
  | { kind: 'array'; of: PropertyType };

type Schema = Map<string, PropertyType>;

let cache: Map<string, Schema> | undefined;

function parseType(text: string): PropertyType {
  const t = text.trim();
  if (t.endsWith('[]')) return { kind: 'array', of: parseType(t.slice(0, -2)) };
  const ref = t.match(/^components\["schemas"\]\["([^"]+)"\]$/);
  if (ref) return { kind: 'ref', schema: ref[1]! };
  if (t === 'string' || t === 'number' || t === 'boolean') return { kind: t };
  if (/^("[^"]*"( \| )?)+$/.test(t))
    return { kind: 'enum', values: [...t.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) };
  if (t.startsWith('{')) return { kind: 'map' };
  return { kind: 'any' };
}

/** Every schema of the generated API types, by name. */
function schemas(): Map<string, Schema> {
  if (cache) return cache;
  const file = fileURLToPath(import.meta.resolve('@autoshares/client/api-types'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('    schemas: {');
  cache = new Map();
  let current: Schema | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '    };') break;
    const name = line.match(/^ {8}([A-Za-z0-9_[\]]+): \{$/);
    if (name) {
      current = new Map();
      cache.set(name[1]!, current);
      continue;
    }
    const property = line.match(/^ {12}([A-Za-z0-9_]+)\??: (.*)$/);
    if (!property || !current) continue;
    let type = property[2]!;
    // A multi-line object type (a string map) ends at the matching `};`.
    if (type === '{') while (!lines[++i]!.startsWith('            }')) type += ' ';
    current.set(property[1]!, parseType(type.replace(/;$/, '')));
  }
  return cache;
}

function check(value: unknown, type: PropertyType, path: string, out: string[]): void {
  if (value === null || value === undefined) return;
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type.kind)
        out.push(`${path}: ${JSON.stringify(value)} is not a ${type.kind}`);
      return;
    case 'enum':
      if (!type.values.includes(value as string))
        out.push(`${path}: ${JSON.stringify(value)} is not one of the spec's values`);
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) out.push(`${path}: not an object`);
      return;
    case 'array':
      if (!Array.isArray(value)) out.push(`${path}: not an array`);
      else value.forEach((item, i) => check(item, type.of, `${path}[${i}]`, out));
      return;
    case 'ref':
      out.push(...schemaProblems(value, type.schema, path));
      return;
    default:
  }
}

/**
 * The ways `value` breaks the spec's schema `name` (empty when it conforms).
 * @example assert.deepEqual(schemaProblems(order, 'OrderResource'), []);
 */
export function schemaProblems(value: unknown, name: string, path = name): string[] {
  const schema = schemas().get(name);
  if (!schema) throw new Error(`The spec has no schema ${name}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [`${path}: not an object`];
  const out: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const type = schema.get(key);
    if (!type) out.push(`${path}.${key}: not in the spec's ${name}`);
    else check(field, type, `${path}.${key}`, out);
  }
  return out;
}

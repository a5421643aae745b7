/**
 * The autoloader's registry (`packages/widgets/src/autoloader.ts`) names every element and
 * component that has a `define.ts` (and `<as-provider>`), each with a plain `import()` of its own module, so bundlers
 * and the unbundled browser can follow it (`pnpm check:packages` checks the built output imports
 * no `.ts` file).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../packages/widgets/src/', import.meta.url));
const autoloader = readFileSync(join(src, 'autoloader.ts'), 'utf8');

/** `as-<folder>` → `./<kind>/<folder>/define.ts` for every folder of `kind` with a define.ts. */
function defined(kind: 'elements' | 'components'): [tag: string, module: string][] {
  return readdirSync(join(src, kind))
    .filter((name) => existsSync(join(src, kind, name, 'define.ts')))
    .map((name) => [`as-${name}`, `./${kind}/${name}/define.ts`]);
}

describe('autoloader registry', () => {
  it('has one loader line for every element and component module', () => {
    const registered = [...autoloader.matchAll(/'(as-[a-z-]+)': \(\) => import\('([^']+)'\)/g)].map(
      (m) => [m[1], m[2]],
    );
    const expected = [
      ...defined('elements'),
      ...defined('components'),
      ['as-provider', './session/providers/define.ts'],
    ];
    assert.deepEqual(
      registered.sort(([a], [b]) => a!.localeCompare(b!)),
      expected.sort(([a], [b]) => a!.localeCompare(b!)),
    );
  });
});

/**
 * The layering rules of `.dependency-cruiser.cjs` catch what they name: each case writes a tiny
 * tree with one deliberate bad import into a temporary folder, cruises it with the real rule set
 * and expects exactly that rule to fail; a tree that keeps the layers passes.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as {
  forbidden: { name: string }[];
  options: Record<string, unknown>;
};

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Writes `files` (path → source) under a fresh folder and returns the rules that fail there. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  roots.push(root);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  const { tsConfig: _ignored, ...options } = config.options;
  const previous = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['packages'], {
      ...options,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    } as never);
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => v.rule.name).sort();
  } finally {
    process.chdir(previous);
  }
}

const W = 'packages/widgets/src';
const ok = 'export const x = 1;\n';

describe('layering rules', () => {
  it('a tree that keeps the layers passes', async () => {
    assert.deepEqual(
      await violations({
        [`${W}/core/events.ts`]: ok,
        [`${W}/format/format.ts`]: `import '../core/events.ts';\n${ok}`,
        [`${W}/controllers/query.ts`]: `import '../core/events.ts';\n${ok}`,
        [`${W}/base/base-element.ts`]: `import '../controllers/query.ts';\nimport '../components/button/button.ts';\n${ok}`,
        [`${W}/components/button/button.ts`]: ok,
        [`${W}/elements/quote/quote.ts`]: `import '../../base/base-element.ts';\nimport '../../format/format.ts';\n${ok}`,
        [`${W}/elements/quote/quote.test.ts`]: `import '../watchlist/watchlist.ts';\n${ok}`,
        [`${W}/elements/watchlist/watchlist.ts`]: ok,
      }),
      [],
    );
  });

  const cases: [rule: string, files: Record<string, string>][] = [
    [
      'elements-stay-apart',
      {
        [`${W}/elements/quote/quote.ts`]: `import '../watchlist/watchlist.ts';\n${ok}`,
        [`${W}/elements/watchlist/watchlist.ts`]: ok,
      },
    ],
    [
      'core-is-the-floor',
      {
        [`${W}/core/events.ts`]: `import '../session/session.ts';\n${ok}`,
        [`${W}/session/session.ts`]: ok,
      },
    ],
    [
      'controllers-below-base',
      {
        [`${W}/controllers/query.ts`]: `import '../base/base-element.ts';\n${ok}`,
        [`${W}/base/base-element.ts`]: ok,
      },
    ],
    [
      'session-below-elements',
      {
        [`${W}/session/session.ts`]: `import '../elements/quote/quote.ts';\n${ok}`,
        [`${W}/elements/quote/quote.ts`]: ok,
      },
    ],
    [
      'no-circular',
      {
        [`${W}/format/a.ts`]: `import './b.ts';\n${ok}`,
        [`${W}/format/b.ts`]: `import './a.ts';\n${ok}`,
      },
    ],
    [
      'no-test-code-in-runtime',
      {
        [`${W}/elements/quote/quote.ts`]: `import '../../test/sandbox.ts';\n${ok}`,
        [`${W}/test/sandbox.ts`]: ok,
      },
    ],
    [
      'widgets-use-the-client-entry',
      {
        [`${W}/elements/quote/quote.ts`]: `import '../../../../client/src/store/query-cache.ts';\n${ok}`,
        'packages/client/src/store/query-cache.ts': ok,
      },
    ],
    [
      'client-knows-no-widgets',
      {
        'packages/client/src/client.ts': `import '../../widgets/src/core/events.ts';\n${ok}`,
        [`${W}/core/events.ts`]: ok,
      },
    ],
    [
      'sandbox-knows-only-the-contract',
      {
        'packages/sandbox/src/orders.ts': `import '../../client/src/api/orders.ts';\nimport '../../client/src/contract/enums.ts';\n${ok}`,
        'packages/client/src/api/orders.ts': ok,
        'packages/client/src/contract/enums.ts': ok,
      },
    ],
    [
      'host-knows-no-widgets',
      {
        'packages/host/src/bridge.ts': `import '../../widgets/src/core/events.ts';\n${ok}`,
        [`${W}/core/events.ts`]: ok,
      },
    ],
    ...(
      [
        ['theme-below-session', 'theme', 'session'],
        ['format-is-pure', 'format', 'theme'],
        ['live-below-controllers', 'live', 'controllers'],
        ['directives-below-base', 'directives', 'controllers'],
        ['base-below-elements', 'base', 'components'],
        ['domain-below-elements', 'orders', 'components'],
        ['domain-below-elements', 'portfolio', 'elements'],
        ['components-below-elements', 'components', 'orders'],
        ['button-is-a-leaf', 'components/button', 'core'],
      ] as const
    ).map(([rule, from, to]): [string, Record<string, string>] => [
      rule,
      {
        [`${W}/${from}/a.ts`]: `import '${'../'.repeat(from.split('/').length)}${to}/b.ts';\n${ok}`,
        [`${W}/${to}/b.ts`]: ok,
      },
    ]),
  ];

  for (const [rule, files] of cases) {
    it(`${rule} fails on a deliberate bad import (${Object.keys(files)[0]})`, async () => {
      assert.deepEqual(await violations(files), [rule]);
    });
  }

  it('every rule of the set has a failing case here', () => {
    const tested = new Set(cases.map(([rule]) => rule));
    const untested = config.forbidden.map((r) => r.name).filter((name) => !tested.has(name));
    assert.deepEqual(untested, []);
  });
});

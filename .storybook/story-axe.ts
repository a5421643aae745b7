/**
 * The Storybook smoke test's accessibility check: runs axe-core on the current story's root
 * (`#storybook-root`, the kit's open shadow roots included — axe walks them itself) and turns
 * every violation into a readable line. axe is injected into the page once (again after a
 * reload).
 *
 * A story may scope a rule out for a real reason, with a comment saying why, in the same shape
 * as Storybook's a11y addon: `parameters: { a11y: { config: { rules: [{ id, enabled: false }] } } }`.
 */
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';

/** One failing node of one rule, as the smoke test reports it. */
export interface AxeProblem {
  rule: string;
  impact: string;
  target: string;
  help: string;
}

/** Runs in the page: axe on the current story, minus the rules the story scopes out. */
async function runAxeInPage(): Promise<AxeProblem[]> {
  const scope = globalThis as unknown as {
    axe: typeof axe;
    __STORYBOOK_PREVIEW__?: {
      currentRender?: { story?: { parameters?: { a11y?: { config?: { rules?: unknown } } } } };
    };
  };
  const parameters = scope.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters;
  const rules: Record<string, { enabled: boolean }> = {};
  const scoped = parameters?.a11y?.config?.rules;
  for (const rule of Array.isArray(scoped) ? (scoped as { id: string; enabled: boolean }[]) : []) {
    rules[rule.id] = { enabled: rule.enabled };
  }
  const results = await scope.axe.run(
    // Stories left behind while Storybook switches are marked by the smoke test: skip them.
    { include: ['#storybook-root'], exclude: ['[data-smoke-done]'] },
    { rules, resultTypes: ['violations'] },
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      // A target inside shadow roots is a list of selectors, host first.
      target: node.target
        .map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
        .join(', '),
      help: violation.help,
    })),
  );
}

/** axe's violations on the story that `page` shows now (empty when it has none). */
export async function storyViolations(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(runAxeInPage);
}

/** A violation as one line: rule, impact, where, and what axe says to do. */
export function describeViolation(problem: AxeProblem): string {
  return `axe ${problem.rule} (${problem.impact}) at ${problem.target}: ${problem.help}`;
}

/**
 * Row names for assistive tech, read from the browser's accessibility tree: every selectable
 * row of the watchlist, positions, P&L leaders and top traded is named by its symbol and key
 * figures ("AAPL Last 227.47 Change ▼ −1.05"), and a live row's name follows its live price.
 */
import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.ts';
import {
  createTestUser,
  eventually,
  sessionFixture,
  setPrice,
  type TestUser,
} from '../test/sandbox.ts';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The names of every row in the page's accessibility tree. */
async function rowNames(): Promise<string[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const names: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'row') names.push(node.name ?? '');
    node.children?.forEach(walk);
  };
  walk(root);
  return names;
}

/** The symbols of an element's selectable rows (`tbody tr[data-symbol]`). */
const rowSymbols = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-symbol]')].map(
    (r) => r.dataset.symbol!,
  );
/** Every row shows a figure (its live values arrived). */
const figuresShown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr[data-symbol]')].every((r) =>
    [...r.querySelectorAll('td.num')].some((c) => /\d/.test(c.textContent ?? '')),
  );

async function mount(user: TestUser, template: TemplateResult, tag: string) {
  const session = await sessionFixture(template, { user });
  const el = session.querySelector(tag)!;
  await eventually(
    () => rowSymbols(el).length > 0 && figuresShown(el),
    `${tag}: rows with figures`,
    10000,
  );
  return el;
}

/** A figure: digits with a decimal separator ("227.47", "$1,234.50", "+1.50%"). */
const FIGURE = /\d\.\d/;

describe('row names', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });

  for (const [tag, template] of [
    ['as-watchlist', html`<as-watchlist></as-watchlist>`],
    ['as-positions', html`<as-positions></as-positions>`],
    ['as-pnl-leaders', html`<as-pnl-leaders></as-pnl-leaders>`],
    ['as-top-traded', html`<as-top-traded></as-top-traded>`],
  ] as const) {
    it(`${tag}: every selectable row is named by its symbol and a figure`, async () => {
      const el = await mount(user, template, tag);
      const names = await rowNames();
      const missing = rowSymbols(el).filter(
        (symbol) => !names.some((name) => name.startsWith(`${symbol} `) && FIGURE.test(name)),
      );
      expect(
        missing,
        `rows without a name of symbol and figure; named: ${names.join(' | ')}`,
      ).to.deep.equal([]);
    });
  }

  it('a live row’s name follows its price (no render of the row needed)', async () => {
    const el = await mount(user, html`<as-watchlist></as-watchlist>`, 'as-watchlist');
    // META: in the default watchlist; no other test forces its price
    const last = () =>
      el.shadowRoot!.querySelector('tr[data-symbol="META"] .col-last')?.textContent?.trim() ?? '';
    await eventually(() => /\d/.test(last()), 'META priced');
    const target = Math.round(Number(last().replace(/,/g, '')) * 97) / 100;
    const shown = target.toLocaleString('en-US', { minimumFractionDigits: 2 });
    await setPrice('META', target);
    await eventually(() => last() === shown, 'the forced price shown', 8000);
    const name = (await rowNames()).find((n) => n.startsWith('META '));
    expect(name).to.contain(`Last ${shown}`);
  });
});

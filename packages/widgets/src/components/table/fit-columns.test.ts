import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { waitUntil } from '../../test/wait.ts';
import { fitColumns } from './fit-columns.ts';

/** Five columns of 100 px; `a`, `b` and `c` may be dropped, in that order. */
const COLUMNS = ['a', 'b', 'c', 'd', 'e'];
const DROPS = ['a', 'b', 'c'];
const STYLE = html`<style>
  .wrap {
    overflow: auto;
  }
  .wrap table {
    width: 100%;
    border-collapse: collapse;
  }
  .wrap td {
    padding: 0;
    white-space: nowrap;
  }
  .wrap td > span {
    display: inline-block;
  }
  [data-drop~='a'] .col-a,
  [data-drop~='b'] .col-b,
  [data-drop~='c'] .col-c {
    display: none;
  }
</style>`;

/** A table wrapper `width` px wide whose columns are `widths` px wide (100 each by default). */
async function mount(width: number) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const widths = new Map(COLUMNS.map((c) => [c, 100]));
  const show = () =>
    render(
      html`${STYLE}
        <div class="wrap" style="width: ${width}px" ${fitColumns(DROPS)}>
          <table>
            <tbody>
              ${[1, 2, 3].map(
                () =>
                  html`<tr>
                    ${COLUMNS.map(
                      (c) =>
                        html`<td class="col-${c}">
                          <span style="width: ${widths.get(c)}px"></span>
                        </td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
      host,
    );
  show();
  const wrap = host.querySelector<HTMLElement>('.wrap')!;
  return {
    wrap,
    host,
    /** Resizes the wrapper (no render, as a container resize). */
    resize(px: number) {
      width = px;
      wrap.style.width = `${px}px`;
    },
    /** Widens a column's content in place (as a longer price in a live cell, no render). */
    widen(column: string, px: number) {
      widths.set(column, px);
      for (const span of wrap.querySelectorAll<HTMLElement>(`.col-${column} > span`))
        span.style.width = `${px}px`;
    },
    widths,
  };
}

/** The columns a user sees in the first row. */
const shown = (wrap: HTMLElement) =>
  [...wrap.querySelectorAll<HTMLElement>('tr:first-child td')]
    .filter((td) => td.getBoundingClientRect().width > 0)
    .map((td) => td.className.replace('col-', ''));

/**
 * What fitting from scratch shows at `width`: every column, less the droppable ones in order
 * until the rest fits (or none is left to drop).
 */
function fitFromScratch(width: number, widths: Map<string, number>): string[] {
  let columns = [...COLUMNS];
  for (const drop of DROPS) {
    if (columns.reduce((sum, c) => sum + widths.get(c)!, 0) <= width) break;
    columns = columns.filter((c) => c !== drop);
  }
  return columns;
}

async function expectShown(wrap: HTMLElement, expected: string[], when: string) {
  await waitUntil(
    () => shown(wrap).join(' ') === expected.join(' '),
    `${when}: shows ${shown(wrap).join(' ')}, expected ${expected.join(' ')}`,
  );
  expect(shown(wrap), when).to.deep.equal(expected);
}

describe('fitColumns', () => {
  it('shows at each width the columns a fit from scratch shows, narrowing and widening', async () => {
    const table = await mount(520);
    await expectShown(table.wrap, fitFromScratch(520, table.widths), 'at 520 px');
    for (const width of [390, 250, 120, 330, 410, 520, 190, 505]) {
      table.resize(width);
      await expectShown(table.wrap, fitFromScratch(width, table.widths), `at ${width} px`);
      // a new wrapper at this width, fitted once, shows the same
      const fresh = await mount(width);
      await expectShown(fresh.wrap, shown(table.wrap), `fresh at ${width} px`);
      fresh.host.remove();
    }
  });

  it('drops one more column when a cell gets wider, as a fit from scratch would', async () => {
    const table = await mount(450);
    await expectShown(table.wrap, ['b', 'c', 'd', 'e'], 'at first');
    table.widen('e', 160);
    await expectShown(table.wrap, fitFromScratch(450, table.widths), 'after widening e');
    expect(shown(table.wrap)).to.deep.equal(['c', 'd', 'e']);
    table.widen('e', 100);
    table.resize(460);
    await expectShown(table.wrap, fitFromScratch(460, table.widths), 'narrowed e, at 460 px');
    expect(shown(table.wrap)).to.deep.equal(['b', 'c', 'd', 'e']);
  });

  it('scrolls when every column is dropped, and shows them again when there is room', async () => {
    const table = await mount(150);
    await expectShown(table.wrap, ['d', 'e'], 'at 150 px');
    expect(table.wrap.scrollWidth).to.be.greaterThan(table.wrap.clientWidth);
    table.widen('d', 20);
    table.widen('e', 20);
    // with every droppable column gone the rest fits: the dropped ones come back while they fit
    await expectShown(table.wrap, fitFromScratch(150, table.widths), 'after the cells narrowed');
    expect(shown(table.wrap)).to.deep.equal(['c', 'd', 'e']);
  });
});

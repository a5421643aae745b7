/**
 * Right to left: the dashboard of the RTL story (`stories/rtl.stories.ts`) under
 * `<as-session locale="he-IL">` lays out mirrored (each widget `dir="rtl"`, titles and first
 * columns on the right), numbers still read left to right, and no button or figure is cut by
 * the widget or by a clipping box inside it.
 */
import { expect, html } from '@open-wc/testing';
import '../elements/quote/define.ts';
import '../elements/account-summary/define.ts';
import '../elements/positions/define.ts';
import '../elements/orders/define.ts';
import '../elements/order-ticket/define.ts';
import { createTestUser, eventually, sessionFixture, type TestUser } from '../test/sandbox.ts';

const TAGS = ['as-quote', 'as-account-summary', 'as-order-ticket', 'as-positions', 'as-orders'];

/** Every element of `root` and of the shadow roots below it. */
function deepElements(root: ShadowRoot | Element, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

/** The composed parent (through shadow roots and slots). */
const parentOf = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/**
 * Buttons, fields and figures of `host` that a box clips sideways: the host itself or an
 * ancestor inside it with `overflow` other than visible (a scroll box that scrolls is no
 * clipping: its content can be reached).
 */
function clipped(host: Element): string[] {
  const problems: string[] = [];
  const targets = deepElements(host.shadowRoot!).filter((el) =>
    el.matches('button, select, input, [part~="value"], [data-field], td.num, dd'),
  );
  for (const el of targets) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || el.closest('.as-visually-hidden')) continue;
    for (let box = parentOf(el); box; box = parentOf(box)) {
      const style = getComputedStyle(box);
      const clips = box === host || style.overflowX !== 'visible';
      const scrolls = /auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth;
      if (clips && !scrolls) {
        const outer = box.getBoundingClientRect();
        if (rect.left < outer.left - 1 || rect.right > outer.right + 1)
          problems.push(
            `${host.localName} ${el.localName}.${el.className} "${el.textContent?.trim().slice(0, 20)}"`,
          );
      }
      if (box === host) break;
    }
  }
  return problems;
}

describe('right to left: he-IL', () => {
  let user: TestUser;
  before(async () => {
    user = await createTestUser();
  });

  it('the RTL dashboard renders mirrored, numbers left to right, nothing clipped', async () => {
    const session = await sessionFixture(
      html`<div
        style="width: 1200px; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr))"
      >
        <as-quote symbol="AAPL"></as-quote>
        <as-account-summary></as-account-summary>
        <as-order-ticket symbol="AAPL" type="Limit"></as-order-ticket>
        <as-positions style="grid-column: 1 / -1"></as-positions>
        <as-orders style="grid-column: 1 / -1"></as-orders>
      </div>`,
      { user, locale: 'he-IL' },
    );
    const el = (tag: string) => session.querySelector(tag)!;
    await eventually(
      () =>
        !!el('as-quote').shadowRoot?.querySelector('[data-field="volume"]') &&
        !!el('as-account-summary').shadowRoot?.querySelector('[data-figure="cash"]') &&
        !!el('as-order-ticket').shadowRoot?.querySelector('[data-quote="bid"]') &&
        !!el('as-positions').shadowRoot?.querySelector('tbody tr') &&
        !!el('as-orders').shadowRoot?.querySelector('tr[data-order]'),
      'the dashboard shows its data',
      15_000,
    );

    for (const tag of TAGS) {
      expect(el(tag).getAttribute('dir'), tag).to.equal('rtl');
      expect(getComputedStyle(el(tag)).direction, tag).to.equal('rtl');
    }

    // mirrored: the quote's title starts on the right; tables read from the right
    const quote = el('as-quote');
    const title = quote.shadowRoot!.querySelector('.symbol')!.getBoundingClientRect();
    const quoteBox = quote.getBoundingClientRect();
    expect(quoteBox.right - title.right, 'title at the right').to.be.below(
      title.left - quoteBox.left,
    );
    const headers = [...el('as-positions').shadowRoot!.querySelectorAll('thead th')].map((th) =>
      th.getBoundingClientRect(),
    );
    expect(headers[0]!.left, 'first column right of the second').to.be.greaterThan(
      headers[1]!.left,
    );

    // the selected row's marker is on its inline-start edge: the right edge
    const positions = el('as-positions').shadowRoot!;
    positions.querySelector<HTMLElement>('tbody tr')!.click();
    const selected = () => positions.querySelector('tbody tr[aria-current="true"]');
    await eventually(() => !!selected(), 'a position row selected');
    const marked = selected()!.firstElementChild!;
    const marker = getComputedStyle(marked, '::before');
    expect(marker.content, 'the selected row is marked').to.not.equal('none');
    expect(marker.width, 'marker width').to.equal('3px');
    expect(marker.right, 'marker on the right edge').to.equal('0px');
    expect(parseFloat(marker.left), 'marker not on the left edge').to.be.greaterThan(
      marked.getBoundingClientRect().width / 2,
    );
    const row = selected()!.getBoundingClientRect();
    expect(
      row.right - marked.getBoundingClientRect().right,
      'marked cell at the right',
    ).to.be.below(1);

    // numbers left to right: the first digit of the last price is left of its last digit
    const last = quote.shadowRoot!.querySelector('[data-field="last"]')!;
    // the price arrives with the first quote (which may follow the tables' data)
    await eventually(() => /\d/.test(last.textContent ?? ''), 'a last price', 8000);
    const walker = document.createTreeWalker(last, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode() as Text;
    while (text && !/\d/.test(text.data)) text = walker.nextNode() as Text;
    const digits = [...text.data].map((c, i) => [c, i] as const).filter(([c]) => /\d/.test(c));
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(digits.length, `digits in "${text.data}"`).to.be.greaterThan(1);
    expect(at(digits[0]![1]), `"${text.data}" reads left to right`).to.be.below(
      at(digits.at(-1)![1]),
    );

    const problems = TAGS.flatMap((tag) => clipped(el(tag)));
    expect(problems, 'clipped in RTL').to.deep.equal([]);
  }).timeout(20_000);
});

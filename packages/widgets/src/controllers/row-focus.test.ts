import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { defineElement } from '../core/define.ts';
import { eventually } from '../test/sandbox.ts';
import { focused, nameOf, press, shiftTab } from '../test/user.ts';
import { RowFocus } from './row-focus.ts';

/** A table of symbols, each row with an Open button; Delete removes a row unless it is locked. */
class RowFocusProbe extends LitElement {
  static override properties = { symbols: { attribute: false }, busy: { type: Boolean } };
  declare symbols: string[];
  /** Disables the row buttons (as while a change is saved). */
  declare busy: boolean;
  /** Rows activated (Enter, Space) and opened (their button), in order. */
  readonly activated: string[] = [];
  readonly opened: string[] = [];
  locked = new Set<string>();

  readonly rowFocus = new RowFocus(this, {
    activate: (symbol) => this.activated.push(symbol),
    keys: {
      Delete: (symbol) => {
        if (this.locked.has(symbol)) return false;
        this.symbols = this.symbols.filter((s) => s !== symbol);
      },
    },
  });

  constructor() {
    super();
    this.symbols = [];
    this.busy = false;
  }

  protected override render() {
    return html`<table>
      <caption>
        Symbols
      </caption>
      <thead>
        <tr>
          <th scope="col">Symbol</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          this.symbols,
          (s) => s,
          (s) =>
            html`<tr data-symbol=${s}>
              <th scope="row">${s}</th>
              <td>
                <button
                  type="button"
                  data-row-control
                  ?disabled=${this.busy}
                  @click=${() => this.opened.push(s)}
                >
                  Open ${s}
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
defineElement('as-row-focus-probe', RowFocusProbe);

async function mount(symbols: string[]) {
  const page = await fixture<HTMLElement>(
    html`<div>
      <button id="before">Before</button>
      <as-row-focus-probe .symbols=${symbols}></as-row-focus-probe>
      <button id="after">After</button>
    </div>`,
  );
  const el = page.querySelector<RowFocusProbe>('as-row-focus-probe')!;
  await el.updateComplete;
  const row = (symbol: string) =>
    el.shadowRoot!.querySelector<HTMLElement>(`tr[data-symbol="${symbol}"]`)!;
  const rowButton = (symbol: string) => row(symbol).querySelector('button')!;
  const shown = () =>
    `focus on ${nameOf(focused())}; rows ${[...el.shadowRoot!.querySelectorAll('tbody tr')]
      .map((r) => r.getAttribute('data-symbol'))
      .join(' ')}`;
  const focusOn = (target: () => Element | null | undefined, what: string) =>
    eventually(() => !!target() && focused() === target(), what, 5000, shown);
  return { page, el, row, rowButton, focusOn };
}

describe('RowFocus', () => {
  it('makes the rows one tab stop: Tab goes row, its controls, then out', async () => {
    const { page, row, rowButton } = await mount(['AAPL', 'MSFT', 'NVDA']);
    page.querySelector<HTMLElement>('#before')!.focus();
    await press('Tab');
    expect(focused(), 'the first row').to.equal(row('AAPL'));
    await press('Tab');
    expect(focused(), "the row's control").to.equal(rowButton('AAPL'));
    await press('Tab');
    expect(focused(), 'out of the table').to.equal(page.querySelector('#after'));

    // back in: the tab stop follows the row last focused
    row('NVDA').focus();
    page.querySelector<HTMLElement>('#after')!.focus();
    await shiftTab();
    expect(focused(), "the last focused row's control").to.equal(rowButton('NVDA'));
    await shiftTab();
    expect(focused()).to.equal(row('NVDA'));
    await shiftTab();
    expect(focused(), 'out before the table').to.equal(page.querySelector('#before'));
  });

  it('gives the tab stop to the first row, whatever the order, until a row is focused', async () => {
    const { page, el, row } = await mount(['AAPL', 'MSFT', 'NVDA']);
    el.symbols = ['NVDA', 'AAPL', 'MSFT'];
    await el.updateComplete;
    page.querySelector<HTMLElement>('#before')!.focus();
    await press('Tab');
    expect(focused(), 'the first row of the new order').to.equal(row('NVDA'));
  });

  it('moves with ArrowUp/ArrowDown/Home/End and activates with Enter and Space', async () => {
    const { el, row, rowButton } = await mount(['AAPL', 'MSFT', 'NVDA', 'TSLA']);
    row('AAPL').focus();
    await press('ArrowDown');
    expect(focused()).to.equal(row('MSFT'));
    await press('ArrowDown');
    expect(focused()).to.equal(row('NVDA'));
    await press('ArrowUp');
    expect(focused()).to.equal(row('MSFT'));
    await press('End');
    expect(focused()).to.equal(row('TSLA'));
    await press('ArrowDown');
    expect(focused(), 'stays on the last row').to.equal(row('TSLA'));
    await press('Home');
    expect(focused()).to.equal(row('AAPL'));
    await press('ArrowUp');
    expect(focused(), 'stays on the first row').to.equal(row('AAPL'));
    await press('Enter');
    await press('ArrowDown');
    await press(' ');
    expect(el.activated).to.deep.equal(['AAPL', 'MSFT']);

    // keys on a row's control are the control's: Enter presses the button, not the row
    rowButton('NVDA').focus();
    await press('Enter');
    await press('ArrowDown');
    expect(el.opened).to.deep.equal(['NVDA']);
    expect(el.activated).to.deep.equal(['AAPL', 'MSFT']);
    expect(focused(), 'ArrowDown left to the button').to.equal(rowButton('NVDA'));
  });

  it('keeps the focus on the same row through a re-sort', async () => {
    const { el, row, focusOn } = await mount(['AAPL', 'MSFT', 'NVDA', 'TSLA']);
    row('MSFT').focus();
    el.symbols = ['TSLA', 'NVDA', 'MSFT', 'AAPL'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')[2]).to.equal(row('MSFT'));
    await focusOn(() => row('MSFT'), 'focus kept on MSFT, now third');
    // and the keys go on from its new place
    await press('ArrowDown');
    expect(focused()).to.equal(row('AAPL'));
    expect(row('AAPL').tabIndex).to.equal(0);
    expect(row('MSFT').tabIndex).to.equal(-1);
  });

  it('moves the focus to the next row when the focused row is removed, then to the table', async () => {
    const { el, row, rowButton, focusOn } = await mount(['AAPL', 'MSFT', 'NVDA']);
    row('MSFT').focus();
    await press('Delete');
    await focusOn(() => row('NVDA'), 'focus on NVDA, which took the place of MSFT');
    expect(el.symbols).to.deep.equal(['AAPL', 'NVDA']);
    expect(row('NVDA').tabIndex).to.equal(0);

    // a key the element declines is left alone
    el.locked.add('NVDA');
    await press('Delete');
    expect(el.symbols).to.deep.equal(['AAPL', 'NVDA']);
    el.locked.clear();

    // the last row gone: the row before it
    await press('Delete');
    await focusOn(() => row('AAPL'), 'focus on AAPL, the only row left');

    // a row removed while focus is in its control: the row now in its place
    el.symbols = ['AAPL', 'MSFT'];
    await el.updateComplete;
    rowButton('AAPL').focus();
    el.symbols = ['MSFT'];
    await focusOn(() => row('MSFT'), 'focus on MSFT, which took the place of AAPL');

    // no row left: the table
    await press('Delete');
    await focusOn(() => el.shadowRoot!.querySelector('table'), 'focus on the table');
  });

  it('gives the focus to the row when its focused control is disabled', async () => {
    const { el, row, rowButton, focusOn } = await mount(['AAPL', 'MSFT']);
    rowButton('MSFT').focus();
    el.busy = true;
    await focusOn(() => row('MSFT'), 'focus on the row of the disabled button');
    el.busy = false;
    await el.updateComplete;
    await press('Tab');
    expect(focused(), 'Tab goes on to the button again').to.equal(rowButton('MSFT'));
  });

  it('leaves alone a focus the user moved elsewhere', async () => {
    const { page, el, row } = await mount(['AAPL', 'MSFT']);
    row('MSFT').focus();
    const after = page.querySelector<HTMLElement>('#after')!;
    after.focus();
    el.symbols = ['MSFT', 'AAPL'];
    await el.updateComplete;
    el.symbols = ['AAPL'];
    await el.updateComplete;
    expect(focused()).to.equal(after);
  });
});

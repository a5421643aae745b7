import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../test/wait.ts';
import { html, render } from 'lit';
import { LiveValue, mapLive } from '../live/live-value.ts';
import { liveCell } from './live-cell.ts';

const view = (value: number | undefined) => ({
  text: value === undefined ? '—' : value.toFixed(2),
  tone: value === undefined ? '' : value >= 0 ? 'up' : 'down',
  flash: value,
});

/** A table of `count` rows, each with one live cell of its own value; the host renders once. */
async function mount(count: number, rowHeight = 20) {
  const values = Array.from({ length: count }, (_, i) => new LiveValue<number | undefined>(i));
  let renders = 0;
  const host = await fixture<HTMLDivElement>(
    html`<div
      style="--_as-up-flash: rgb(0, 128, 0); --_as-down-flash: rgb(255, 0, 0); --_as-flash-duration: 10000ms"
    ></div>`,
  );
  const show = () => {
    renders++;
    render(
      html`<table>
        <tbody>
          ${values.map(
            (value) =>
              html`<tr style="height: ${rowHeight}px">
                <td ${liveCell(value, view, 'num col-last')}></td>
              </tr>`,
          )}
        </tbody>
      </table>`,
      host,
    );
  };
  show();
  const cells = [...host.querySelectorAll('td')];
  return { host, values, cells, show, renders: () => renders };
}

describe('liveCell()', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('shows the current value with its classes when rendered', async () => {
    const { cells } = await mount(2);
    expect(cells[1]!.textContent).to.equal('1.00');
    expect(cells[1]!.className).to.equal('num col-last up');
    expect(cells[1]!.dataset.tick).to.equal(undefined); // the first value does not flash
  });

  it('updates its own text, tone and flash on a change, without a render of the host', async () => {
    const { values, cells, renders } = await mount(1);
    await waitUntil(() => values[0]!.observed, 'the visible cell listens');
    const cell = cells[0]!;
    values[0]!.set(-3.5);
    values[0]!.notify();
    expect(cell.textContent).to.equal('-3.50');
    expect(cell.className).to.equal('num col-last down');
    expect(cell.dataset.tick).to.equal('down');
    expect(cell.dataset.flash).to.equal('down'); // the tint the table styles draw
    values[0]!.set(4);
    values[0]!.notify();
    expect(cell.textContent).to.equal('4.00');
    expect(cell.className).to.equal('num col-last up');
    expect(cell.dataset.tick).to.equal('up');
    expect(cell.dataset.flash).to.equal('up');
    expect(renders()).to.equal(1);
  });

  it('keeps the text node and skips writes when the shown text is unchanged', async () => {
    const { values, cells } = await mount(1);
    await waitUntil(() => values[0]!.observed, 'the visible cell listens');
    const node = cells[0]!.firstChild;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(cells[0]!, { subtree: true, characterData: true, attributes: true });
    values[0]!.set(0.001); // shows 0.00 like 0
    values[0]!.notify();
    await Promise.resolve();
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(cells[0]!.firstChild).to.equal(node);
    expect(writes.filter((w) => w.type === 'characterData')).to.have.length(0);
  });

  it('does not listen while its row is far out of view, and catches up when scrolled in', async () => {
    const { values, cells } = await mount(300, 40); // 12,000 px of rows
    const near = values[0]!;
    const far = values[299]!;
    await waitUntil(() => near.observed, 'the row in view listens');
    expect(far.observed).to.equal(false);
    far.set(1234.5);
    far.notify();
    cells[299]!.scrollIntoView();
    await waitUntil(() => cells[299]!.textContent === '1234.50', 'the current value shown');
    await waitUntil(() => far.observed, 'the row in view listens');
  });

  it('out of view, catches up within about a second without flashing', async () => {
    const { values, cells } = await mount(300, 40);
    const far = values[299]!;
    await waitUntil(() => values[0]!.observed, 'the row in view listens');
    far.set(-42);
    far.notify();
    // still out of view: its text follows on the shared slow timer, for find-in-page and
    // screen readers, with no flash nobody would see
    await waitUntil(() => cells[299]!.textContent === '-42.00', 'caught up out of view', {
      timeout: 3000,
    });
    expect(cells[299]!.className).to.equal('num col-last down');
    expect(cells[299]!.dataset.tick).to.equal(undefined);
    expect(far.observed).to.equal(false);
  });

  it('stops listening when its row is removed', async () => {
    const { host, values } = await mount(1);
    await waitUntil(() => values[0]!.observed, 'the visible cell listens');
    render(html``, host);
    expect(values[0]!.observed).to.equal(false);
  });

  it('follows another source given by a later render', async () => {
    const source = new LiveValue(1);
    const other = new LiveValue(2);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (value: LiveValue<number>) =>
      render(html`<span ${liveCell(value, (v) => ({ text: String(v) }))}></span>`, host);
    show(source);
    show(other);
    const span = host.querySelector('span')!;
    expect(span.textContent).to.equal('2');
    await waitUntil(() => other.observed, 'listens to the new source');
    expect(source.observed).to.equal(false);
  });
});

describe('mapLive()', () => {
  it('computes once per change of its source, however often it is read', () => {
    const source = new LiveValue({ price: 1 });
    let computed = 0;
    const doubled = mapLive(source, (q) => {
      computed++;
      return q.price * 2;
    });
    expect([doubled.value, doubled.value]).to.deep.equal([2, 2]);
    source.set({ price: 5 });
    expect([doubled.value, doubled.value]).to.deep.equal([10, 10]);
    expect(computed).to.equal(2);
  });
});

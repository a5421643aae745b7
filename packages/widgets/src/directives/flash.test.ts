import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { flash } from './flash.ts';

/** Renders `<span ${flash(value)}>` into one container with the flash tokens resolved as an element's `:host` does. */
async function mount() {
  const host = await fixture<HTMLDivElement>(
    html`<div
      style="--_as-up-flash: rgb(0, 128, 0); --_as-down-flash: rgb(255, 0, 0); --_as-flash-duration: 10000ms"
    ></div>`,
  );
  const show = (value: number | undefined) =>
    render(html`<span ${flash(value)}>${value}</span>`, host);
  show(undefined);
  return { cell: host.querySelector('span')!, show };
}

/** The background colour at the start of the cell's running flash. */
function flashColour(cell: HTMLElement): string {
  const [animation] = cell.getAnimations();
  animation!.pause();
  animation!.currentTime = 0;
  return getComputedStyle(cell).backgroundColor;
}

describe('flash()', () => {
  it('does not flash the first value', async () => {
    const { cell, show } = await mount();
    show(10);
    expect(cell.dataset.tick).to.equal(undefined);
    expect(cell.getAnimations()).to.have.length(0);
  });

  it('flashes the up colour on a rise and the down colour on a fall', async () => {
    const { cell, show } = await mount();
    show(10);
    show(11);
    expect(cell.dataset.tick).to.equal('up');
    expect(flashColour(cell)).to.equal('rgb(0, 128, 0)');
    cell.getAnimations().forEach((a) => a.cancel());
    show(9);
    expect(cell.dataset.tick).to.equal('down');
    expect(flashColour(cell)).to.equal('rgb(255, 0, 0)');
  });

  it('restarts the flash on each change instead of stacking flashes', async () => {
    const { cell, show } = await mount();
    for (const value of [10, 11, 12, 11, 13]) show(value);
    expect(cell.getAnimations()).to.have.length(1);
    expect(cell.getAnimations()[0]!.currentTime).to.be.below(1000);
    expect(flashColour(cell)).to.equal('rgb(0, 128, 0)');
    show(12);
    expect(cell.getAnimations()).to.have.length(1);
    expect(flashColour(cell)).to.equal('rgb(255, 0, 0)');
  });

  it('does not flash when the value is unchanged', async () => {
    const { cell, show } = await mount();
    show(10);
    show(10);
    expect(cell.getAnimations()).to.have.length(0);
  });
});

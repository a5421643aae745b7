import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { tableStyles } from '../theme/table-styles.ts';
import { waitUntil } from '../test/wait.ts';
import { TintFlash } from './flash.ts';

const UP = 'rgb(0, 128, 0)';
const DOWN = 'rgb(255, 0, 0)';
const NONE = 'rgba(0, 0, 0, 0)';

/** A cell in a shadow root with the kit's table styles, flash tokens resolved as `:host` does. */
async function mount(duration = '400ms') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tableStyles.styleSheet!];
  root.innerHTML = `<table class="as-table" style="--_as-up-flash: ${UP}; --_as-down-flash: ${DOWN}; --_as-flash-duration: ${duration}">
    <tbody><tr><td class="num">1</td></tr></tbody></table>`;
  const cell = root.querySelector('td')!;
  const flash = new TintFlash();
  return { cell, show: (value: number) => flash.update(cell, value) };
}

const background = (cell: HTMLElement) => getComputedStyle(cell).backgroundColor;

describe('TintFlash', () => {
  it('does not flash the first value or an unchanged one', async () => {
    const { cell, show } = await mount();
    show(10);
    show(10);
    expect(cell.dataset.tick).to.equal(undefined);
    expect(background(cell)).to.equal(NONE);
  });

  it('tints the cell up or down at once, then takes the tint off', async () => {
    const { cell, show } = await mount();
    show(10);
    show(11);
    expect(cell.dataset.tick).to.equal('up');
    expect(background(cell)).to.equal(UP);
    show(9);
    expect(cell.dataset.tick).to.equal('down');
    expect(background(cell)).to.equal(DOWN);
    await waitUntil(() => background(cell) === NONE, 'the tint gone after the flash');
    expect(cell.dataset.tick).to.equal('down'); // the last direction stays readable
  });

  it('keeps the tint while the value keeps rising, with no animation per change', async () => {
    const { cell, show } = await mount('10000ms');
    show(1);
    for (let value = 2; value <= 6; value++) {
      show(value);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(background(cell)).to.equal(UP);
      expect(cell.getAnimations()).to.have.length(0);
    }
  });

  it('does not tint under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { cell, show } = await mount();
      show(10);
      show(11);
      expect(cell.dataset.tick).to.equal('up');
      expect(background(cell)).to.equal(NONE);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../test/probe-element.ts';
import type { TestProbe } from '../test/probe-element.ts';

/**
 * A page themes the kit with the public `--as-*` tokens wherever it sets them: on `:root`, on
 * an ancestor, or on the element. What is checked is what a user sees inside the shadow root:
 * the host's font and corners, and a primary button's colour and padding.
 */
const brand = {
  '--as-accent': 'rgb(10, 20, 30)',
  '--as-accent-text': 'rgb(250, 240, 230)',
  '--as-font-family': 'Georgia, serif',
  '--as-radius': '13px',
  '--as-density': '2',
};

/** A primary button rendered inside the element's shadow root, styled by the kit's own CSS. */
function primaryButton(el: TestProbe): CSSStyleDeclaration {
  let button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-test-primary]');
  if (!button) {
    button = document.createElement('button');
    button.className = 'as-button';
    button.dataset.variant = 'primary';
    button.dataset.testPrimary = '';
    button.textContent = 'Buy';
    el.shadowRoot!.append(button);
  }
  return getComputedStyle(button);
}

function expectBrand(el: TestProbe): void {
  const host = getComputedStyle(el);
  expect(host.fontFamily, 'font').to.equal('Georgia, serif');
  expect(host.borderTopLeftRadius, 'radius').to.equal('13px');
  const button = primaryButton(el);
  expect(button.backgroundColor, 'accent').to.equal('rgb(10, 20, 30)');
  expect(button.color, 'accent text').to.equal('rgb(250, 240, 230)');
  expect(button.fontFamily, 'font inherited by controls').to.equal('Georgia, serif');
}

function setTokens(target: HTMLElement, tokens: Record<string, string>): void {
  for (const [name, value] of Object.entries(tokens)) target.style.setProperty(name, value);
}

function clearTokens(target: HTMLElement, tokens: Record<string, string>): void {
  for (const name of Object.keys(tokens)) target.style.removeProperty(name);
}

describe('theming with the public tokens', () => {
  afterEach(() => clearTokens(document.documentElement, { ...brand, '--as-color-scheme': '' }));

  it('the defaults apply when the page sets nothing', async () => {
    const el = await fixture<TestProbe>(html`<as-test-probe></as-test-probe>`);
    expect(getComputedStyle(el).borderTopLeftRadius).to.equal('6px');
    expect(primaryButton(el).backgroundColor).to.equal('rgb(29, 95, 209)');
  });

  it('tokens set on :root reach every element', async () => {
    setTokens(document.documentElement, brand);
    const el = await fixture<TestProbe>(html`<as-test-probe></as-test-probe>`);
    expectBrand(el);
  });

  it('tokens set on an ancestor reach the elements inside it only', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><as-test-probe></as-test-probe></div>`);
    setTokens(wrapper, brand);
    const inside = wrapper.querySelector('as-test-probe')!;
    expectBrand(inside);
    const outside = await fixture<TestProbe>(html`<as-test-probe></as-test-probe>`);
    expect(primaryButton(outside).backgroundColor).to.equal('rgb(29, 95, 209)');
  });

  it('tokens set on one element win over the page', async () => {
    setTokens(document.documentElement, { '--as-accent': 'rgb(1, 1, 1)' });
    const el = await fixture<TestProbe>(html`<as-test-probe></as-test-probe>`);
    setTokens(el, brand);
    expectBrand(el);
  });

  it('density scales the spacing of controls', async () => {
    const el = await fixture<TestProbe>(html`<as-test-probe></as-test-probe>`);
    const normal = parseFloat(primaryButton(el).paddingLeft);
    el.style.setProperty('--as-density', '2');
    expect(parseFloat(primaryButton(el).paddingLeft)).to.be.closeTo(normal * 2, 0.5);
  });

  it('a light-dark() pair on :root follows each element’s colour scheme', async () => {
    setTokens(document.documentElement, {
      '--as-accent': 'light-dark(rgb(1, 2, 3), rgb(4, 5, 6))',
    });
    const light = await fixture<TestProbe>(
      html`<as-test-probe style="--as-color-scheme: light"></as-test-probe>`,
    );
    const dark = await fixture<TestProbe>(
      html`<as-test-probe style="--as-color-scheme: dark"></as-test-probe>`,
    );
    expect(primaryButton(light).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(primaryButton(dark).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});

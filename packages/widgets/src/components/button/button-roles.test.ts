import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../test/probe-element.ts';
import type { TestProbe } from '../../test/probe-element.ts';
import { button, type ButtonVariant } from './button.ts';
import { contrast } from '../../test/contrast.ts';

/** The text and background colours of a kit button of `variant`, styled by the kit's CSS. */
async function colours(scheme: 'light' | 'dark', variant: ButtonVariant) {
  const el = await fixture<TestProbe>(
    html`<as-test-probe style="--as-color-scheme: ${scheme}"></as-test-probe>`,
  );
  const host = document.createElement('div');
  el.shadowRoot!.append(host);
  render(button({ label: variant, variant }), host);
  const style = getComputedStyle(host.querySelector('button')!);
  const probe = document.createElement('span');
  probe.style.color = 'var(--_as-up)';
  probe.style.backgroundColor = 'var(--_as-down)';
  host.append(probe);
  const tokens = getComputedStyle(probe);
  return {
    text: style.color,
    background: style.backgroundColor,
    up: tokens.color,
    down: tokens.backgroundColor,
  };
}

describe('button() roles', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: Buy and Sell look different, in the up and down colours, text at 4.5:1 or more`, async () => {
      const buy = await colours(scheme, 'buy');
      const sell = await colours(scheme, 'sell');
      const primary = await colours(scheme, 'primary');
      expect(buy.background).to.equal(buy.up);
      expect(sell.background).to.equal(sell.down);
      expect(new Set([buy.background, sell.background, primary.background]).size).to.equal(3);
      for (const [name, c] of Object.entries({ buy, sell, primary }))
        expect(
          contrast(c.text, c.background),
          `${name}: ${c.text} on ${c.background}`,
        ).to.be.at.least(4.5);
    });
  }
});

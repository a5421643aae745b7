import { expect, fixture, html } from '@open-wc/testing';
import '../test/probe-element.ts';
import type { TestProbe } from '../test/probe-element.ts';
import { contrast } from '../test/contrast.ts';

/** The colours a token pair resolves to inside an element, in one colour scheme. */
function resolve(el: TestProbe, text: string, background: string) {
  const probe = document.createElement('span');
  probe.style.color = `var(${text})`;
  probe.style.backgroundColor = `var(${background})`;
  el.shadowRoot!.append(probe);
  const style = getComputedStyle(probe);
  const colours = { text: style.color, background: style.backgroundColor };
  probe.remove();
  return colours;
}

describe('theme tokens', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: up and down read at 4.5:1 or more on every surface, flashes included`, async () => {
      const el = await fixture<TestProbe>(
        html`<as-test-probe style="--as-color-scheme: ${scheme}"></as-test-probe>`,
      );
      const failures: string[] = [];
      for (const text of ['--_as-up', '--_as-down', '--_as-text'])
        for (const background of [
          '--_as-surface',
          '--_as-surface-raised',
          '--_as-up-flash',
          '--_as-down-flash',
        ]) {
          const colours = resolve(el, text, background);
          const ratio = contrast(colours.text, colours.background);
          if (ratio < 4.5)
            failures.push(
              `${text} on ${background}: ${ratio.toFixed(2)} (${colours.text} on ${colours.background})`,
            );
        }
      expect(failures).to.deep.equal([]);
    });
  }
});

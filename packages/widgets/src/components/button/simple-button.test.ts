import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { button, simpleButton } from './button.ts';

describe('simpleButton()', () => {
  it("renders the kit's button, as button() does without data attributes, and runs its click", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let clicks = 0;
    const options = {
      label: 'Sign in',
      variant: 'primary' as const,
      part: 'button sign-in-button',
      onClick: () => clicks++,
    };
    render(simpleButton(options), host);
    const simple = host.querySelector('button')!;
    const plain = document.createElement('div');
    render(button(options), plain);
    const full = plain.querySelector('button')!;
    for (const name of ['class', 'part', 'type', 'data-variant'])
      expect(simple.getAttribute(name), name).to.equal(full.getAttribute(name));
    expect(simple.textContent?.trim()).to.equal('Sign in');
    expect(Object.keys(simple.dataset)).to.deep.equal(['variant']);
    simple.click();
    expect(clicks).to.equal(1);
  });
});

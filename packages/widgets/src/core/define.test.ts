import { expect } from '@open-wc/testing';
import { defineElement } from './define.ts';

describe('defineElement', () => {
  it('defines a tag once and does not throw when a second copy registers it again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(defineElement('as-define-probe', First)).to.equal(true);
    expect(() => defineElement('as-define-probe', Second)).not.to.throw();
    expect(defineElement('as-define-probe', Second)).to.equal(false);
    expect(document.createElement('as-define-probe')).to.be.instanceOf(First);
  });
});

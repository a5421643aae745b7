import { expect } from '@open-wc/testing';
import { plainText, sanitizerLoading } from './safe-content.ts';

/** Markup that a tag-stripping regex reads differently from an HTML parser. */
const TRICKY = '<p title="a>b">Quarterly</p> <img src=x onerror="alert(1)">results';

// Each test file runs in its own page: nothing has loaded DOMPurify here before this test.
describe('plainText while DOMPurify loads', () => {
  it('is text without markup at once, and DOMPurify’s reading once it has loaded', async () => {
    expect(sanitizerLoading()).to.equal(undefined);
    const first = plainText(TRICKY);
    expect(first).not.to.match(/<|onerror/);
    expect(first).to.contain('results');
    const loading = sanitizerLoading();
    expect(loading).to.be.instanceOf(Promise);
    await loading;
    expect(sanitizerLoading()).to.equal(undefined);
    expect(plainText(TRICKY)).to.equal('Quarterly results');
  });
});

import { expect } from '@open-wc/testing';
import { loadSanitizer, plainText, safeHttpUrl, textWithoutParsing } from './safe-content.ts';

describe('news content safety', () => {
  it('links only absolute https addresses (http on localhost), through the URL policy', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).to.equal('https://example.com/a?b=1');
    expect(safeHttpUrl('http://localhost:4010/story')).to.equal('http://localhost:4010/story');
    for (const bad of [
      ' http://example.com ',
      'http://example.com/story',
      'https:\\\\evil.example',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '/relative',
      '//example.com/x',
      'not a url',
      '',
      undefined,
    ]) {
      expect(safeHttpUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('reduces markup to its words with DOMPurify, without script or style contents', async () => {
    await loadSanitizer();
    expect(plainText('<b>Bold</b>  and <i>more</i>')).to.equal('Bold and more');
    expect(plainText('<script>alert(1)</script>Safe<style>p{}</style>')).to.equal('Safe');
    expect(plainText('<img src=x onerror=alert(1)>Pic')).to.equal('Pic');
    expect(plainText('A &amp; B &lt;tag&gt;')).to.equal('A & B <tag>');
    expect(plainText(undefined)).to.equal('');
  });
});

describe("textWithoutParsing (when a page's Trusted Types CSP refuses DOMPurify)", () => {
  it('keeps the text and drops tags, scripts, styles and comments', () => {
    const text = (markup: string) => textWithoutParsing(markup).replace(/\s+/g, ' ').trim();
    expect(text('<b>Bold</b>  and <i>more</i>')).to.equal('Bold and more');
    expect(text('<script type="x">alert(1)</script >Safe<style>p{}</style>')).to.equal('Safe');
    expect(text('<img src=x onerror=alert(1)>Pic<!-- hidden -->')).to.equal('Pic');
    expect(text('A &amp; B &lt;tag&gt; &#39;q&#39;')).to.equal("A & B <tag> 'q'");
    expect(text('3 < 4 and 5 > 2')).to.equal('3 < 4 and 5 > 2');
  });
});

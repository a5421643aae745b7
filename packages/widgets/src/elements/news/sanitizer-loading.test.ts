import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, sandbox } from '../../test/sandbox.ts';
import { mountElement } from '../../test/states.ts';
import { sanitizerLoading } from './safe-content.ts';
import './define.ts';
import type { AutoSharesNews } from './news.ts';

type Pwned = { __sanitizerPwned?: number };

const mount = mountElement<AutoSharesNews>('as-news', html`<as-news symbol="AAPL"></as-news>`);

/** Markup that a tag-stripping regex reads differently from an HTML parser. */
const TRICKY =
  '<p title="a>b">Quarterly</p> <img src=x onerror="window.__sanitizerPwned=1">results';

describe('<as-news> previews and DOMPurify loaded on first use', () => {
  it('ends with DOMPurify’s reading of a preview, never showing markup', async () => {
    const symbol = `ZY${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
    const response = await fetch(`${sandbox().url}/__sandbox/news`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ symbol, Header: 'Results', Content: TRICKY }),
    });
    expect(response.status).to.equal(201);
    const user = await createTestUser();
    const { el } = await mount(user, html`<as-news symbol=${symbol}></as-news>`);
    const preview = () =>
      el.shadowRoot!.querySelector('[part="preview"]')?.textContent?.replace(/\s+/g, ' ').trim();
    await eventually(() => preview() === 'Quarterly results', 'the preview as DOMPurify reads it');
    expect(sanitizerLoading()).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, p[title]')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as Pwned).__sanitizerPwned).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import '../index.ts';
import type { AutoSharesSession } from '../session/as-session.ts';
import { createTestUser, eventually, sandbox } from '../test/sandbox.ts';
import {
  insert,
  renderOnServer,
  skeleton,
  textOf,
  watchForFailures,
} from '../test/server-rendered.ts';

/**
 * A server-rendered page on a site that did not load Lit's hydration support (`docs/ssr.md`):
 * each element drops the server's shadow content and renders afresh, so its data replaces the
 * skeleton instead of showing next to it.
 */
describe('server-rendered elements without the hydration support', () => {
  it('render afresh: the data, and nothing of the server render left beside it', async () => {
    const user = await createTestUser();
    const watch = watchForFailures();
    const host = insert(
      await renderOnServer({
        session: {
          'base-url': sandbox().apiUrl,
          'app-key': user.appKey,
          locale: 'de-DE',
          theme: 'dark',
        },
        content: '<as-quote symbol="AAPL"></as-quote><as-account-summary></as-account-summary>',
      }),
    );
    try {
      host.querySelector<AutoSharesSession>('as-session')!.token = user.token;
      const quote = host.querySelector('as-quote')!;
      const summary = host.querySelector('as-account-summary')!;
      await eventually(
        () => /\d/.test(quote.shadowRoot!.querySelector('[data-field="last"]')?.textContent ?? ''),
        'quote shows a price',
        10000,
        () => textOf(quote),
      );
      await eventually(
        () =>
          /\d/.test(
            summary.shadowRoot!.querySelector('[data-figure="cash"] dd')?.textContent ?? '',
          ),
        'account summary shows the cash figure',
        10000,
        () => textOf(summary),
      );
      for (const el of [quote, summary]) {
        expect(skeleton(el) === null, `${el.localName}: the server's skeleton is gone`).to.equal(
          true,
        );
        expect(
          el.shadowRoot!.querySelector('style') === null,
          `${el.localName}: the server's styles are gone`,
        ).to.equal(true);
        // The server's settings too: the session's theme state and language have taken over.
        expect(
          el.hasAttribute('ssr-locale') || el.hasAttribute('ssr-theme'),
          el.localName,
        ).to.equal(false);
        expect(getComputedStyle(el).colorScheme, el.localName).to.equal('dark');
      }
      // In German: its words and its number format.
      await eventually(
        () => textOf(summary).includes('Barguthaben'),
        'account summary in German',
        5000,
        () => textOf(summary),
      );
      expect(quote.shadowRoot!.querySelector('[data-field="last"]')!.textContent).to.match(/\d,\d/);
      expect(watch.failures).to.deep.equal([]);
    } finally {
      watch.stop();
      host.remove();
    }
  });
});

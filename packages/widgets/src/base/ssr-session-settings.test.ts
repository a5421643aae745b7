// Hydration support installs itself into LitElement, so it must load before Lit (docs/ssr.md).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { loadCatalogue } from '../locale/catalogues.ts';
import { englishShown, englishWords } from '../locale/english-words.test-support.ts';
import type { AutoSharesSession } from '../session/as-session.ts';
import { createTestUser, eventually, sandbox } from '../test/sandbox.ts';
import {
  insert,
  renderOnServer,
  rendered,
  skeleton,
  textOf,
  watchForFailures,
} from '../test/server-rendered.ts';

/**
 * A German dark page rendered on the server (`<as-session locale="de-DE" theme="dark">`): the
 * session's settings reach its elements there, so the page shows German skeletons in the dark
 * theme before any script; the elements hydrate them as they are (in German, once the German
 * translations have loaded: nothing in a skeleton changes), then connect and show their data,
 * still in German and dark, with nothing of the server's view left behind.
 */

/** The elements of the page, with what their skeleton says in German and what shows they are live. */
const PAGE = [
  { tag: 'as-quote symbol="AAPL"', german: 'Kurs wird geladen…', live: '[data-field="last"]' },
  { tag: 'as-watchlist', german: 'Watchlist wird geladen…', live: 'tbody tr' },
  { tag: 'as-positions', german: 'Positionen werden geladen…', live: 'tbody tr' },
  {
    tag: 'as-order-ticket symbol="AAPL"',
    german: 'Orderformular wird geladen…',
    live: '[data-quote="bid"]',
  },
  {
    tag: 'as-account-summary',
    german: 'Kontoübersicht wird geladen…',
    live: '[data-figure="cash"]',
  },
];

const SERVED = ['ssr-locale', 'ssr-theme', 'ssr-transparent'];

/** Also what Lit logs as a warning about hydration (its errors are thrown, and caught there). */
function watchWarnings(): { warnings: string[]; stop: () => void } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (args.some((arg) => /hydrat|mismatch/i.test(String(arg)))) warnings.push(args.join(' '));
    warn.apply(console, args);
  };
  return { warnings, stop: () => (console.warn = warn) };
}

describe('a server-rendered German dark page', () => {
  // First in this file: neither the elements' modules nor the German translations are loaded
  // when the page arrives, as on a server-rendered page.
  it('German dark skeletons before any script, hydrated as they are, then live data in German', async () => {
    const user = await createTestUser();
    const words = await englishWords();
    const watch = watchForFailures();
    const warnings = watchWarnings();
    const host = insert(
      await renderOnServer({
        session: {
          'base-url': sandbox().apiUrl,
          'app-key': user.appKey,
          locale: 'de-DE',
          theme: 'dark',
        },
        content: PAGE.map(({ tag }) => `<${tag}></${tag.split(' ')[0]}>`).join(''),
      }),
    );
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    try {
      // The token comes once the page has hydrated (a slow token endpoint): until then the
      // session is pending, and every element shows its skeleton.
      let tokenArrives!: () => void;
      const arrived = new Promise<void>((resolve) => (tokenArrives = resolve));
      host.querySelector<AutoSharesSession>('as-session')!.tokenProvider = async () => {
        await arrived;
        return user.token;
      };
      const elements = [...host.querySelector('as-session')!.children];
      expect(elements.length).to.equal(PAGE.length);

      // Before any element's script: German skeletons, in the dark theme.
      elements.forEach((el, i) => {
        expect(textOf(el), el.localName).to.equal(PAGE[i].german);
        expect(getComputedStyle(el).colorScheme, el.localName).to.equal('dark');
      });
      const served = elements.map(skeleton);
      for (const node of served)
        observer.observe(node!, { subtree: true, childList: true, characterData: true });

      await import('../index.ts');
      await Promise.all(elements.map(rendered));
      elements.forEach((el, i) => expect(textOf(el), el.localName).to.equal(PAGE[i].german));
      // Hydrated: the server's skeleton nodes are the elements' own, and nothing in them had to
      // change (a render in another language would have rewritten their text).
      elements.forEach((el, i) => expect(skeleton(el) === served[i], el.localName).to.equal(true));
      // Rendered again in German (once the translations are in, had they not been): the same.
      await loadCatalogue('de-DE');
      await Promise.all(elements.map(rendered));
      changes.push(...observer.takeRecords());
      expect(changes.length, 'changes inside the skeletons').to.equal(0);

      tokenArrives();

      await eventually(
        () => elements.every((el, i) => !!el.shadowRoot!.querySelector(PAGE[i].live)),
        'every element shows its data',
        15000,
        () =>
          elements
            .filter((el, i) => !el.shadowRoot!.querySelector(PAGE[i].live))
            .map((el) => `${el.localName}: ${textOf(el).slice(0, 80)}`)
            .join(' | '),
      );
      await eventually(
        () => elements.every((el) => englishShown(el, 'de-DE', words).length === 0),
        'every element shows its data in German',
        5000,
        () => elements.flatMap((el) => englishShown(el, 'de-DE', words)).join(' | '),
      );
      // German number formats: the quote's last price has a decimal comma.
      expect(elements[0].shadowRoot!.querySelector('[data-field="last"]')!.textContent).to.match(
        /\d,\d/,
      );
      for (const el of elements) {
        expect(skeleton(el) === null, `${el.localName} left its skeleton`).to.equal(true);
        expect(textOf(el), el.localName).not.to.contain('Not connected');
        expect(
          SERVED.filter((name) => el.hasAttribute(name)),
          `${el.localName}: the server's settings left on it`,
        ).to.deep.equal([]);
        // Dark now through the session's theme state.
        expect(getComputedStyle(el).colorScheme, el.localName).to.equal('dark');
      }
      expect(watch.failures).to.deep.equal([]);
      expect(warnings.warnings).to.deep.equal([]);
    } finally {
      observer.disconnect();
      watch.stop();
      warnings.stop();
      host.remove();
    }
  });
});

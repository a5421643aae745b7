/**
 * Failures in the reader's language: an element's error state (the server failing) and the
 * session's configuration errors show no English UI word in de-DE and ja-JP; the client's typed
 * errors read as the kit's translated sentences, and a reason the server wrote itself is shown
 * as written, inside a translated sentence.
 */
import { AutoSharesError } from '@autoshares/client';
import { expect, fixture, html } from '@open-wc/testing';
import '../elements/positions/define.ts';
import '../session/define.ts';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  sessionFixture,
  textOf,
  type TestUser,
} from '../test/sandbox.ts';
import { errorText } from './error-text.ts';
import { englishShown, englishWords } from './english-words.test-support.ts';
import { loadCatalogue } from './catalogues.ts';
import { withLocale } from './msg.ts';

/** Code that reads the same in every language: setting names, URLs, paths, identifiers. */
const CODE =
  /\b(?:base-url|token-endpoint|login-url)\b|\S*[/:@]\S*|\b(?:URL|API|localhost)\b|\d+(?:\.\d+)+/g;

const stateOf = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

describe('translations: failures in de-DE and ja-JP', () => {
  let user: TestUser;
  let words: Set<string>;
  before(async () => {
    user = await createTestUser();
    words = await englishWords();
  });

  for (const locale of ['de-DE', 'ja-JP']) {
    it(`${locale}: an error state (the server failing) shows no English word`, async () => {
      // The positions are asked for only once the server fails: nothing of them is cached.
      const session = await sessionFixture(html``, { user, locale });
      await eventually(() => session.session?.authState === 'signed-in', 'signed in', 8000);
      await fault({ serverError: { count: 50, status: 500 } }, user);
      try {
        const el = document.createElement('as-positions');
        session.append(el);
        await eventually(
          () => stateOf(el) === 'error',
          'error state',
          15_000,
          () => textOf(el),
        );
        let found: string[] = [];
        await eventually(
          () => {
            found = englishShown(el, locale, words);
            return found.length === 0;
          },
          `the error state in ${locale} without English`,
          5000,
          () => found.join(' | '),
        );
        // the kit's sentence for the code, not the client's English
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
        expect(alert).to.equal(
          await inLocale(locale, () => errorText(new AutoSharesError({ code: 'server_error' }))),
        );
      } finally {
        await clearFaults(user);
      }
    }).timeout(30_000);

    it(`${locale}: a configuration error shows no English word`, async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <as-session locale=${locale} base-url="http://evil.example/api" app-key="x"
            ><as-positions></as-positions
          ></as-session>
        </div>`,
      );
      const el = root.querySelector('as-positions')!;
      await eventually(() => stateOf(el) === 'misconfigured', 'misconfigured', 10_000);
      let found: string[] = [];
      await eventually(
        () => {
          found = englishShown(el, locale, words, CODE);
          return found.length === 0;
        },
        `the configuration error in ${locale} without English`,
        5000,
        () => found.join(' | '),
      );
      // it names the setting and its value's problem (http: outside localhost)
      const said = el.shadowRoot!.querySelector('[part~="config-error"]')!.textContent!;
      expect(said).to.contain('base-url');
      expect(said).to.contain('127.0.0.1');
    });
  }

  it('maps typed errors to translated sentences; the server’s own reason stays as written', async () => {
    const conflict = new AutoSharesError({
      code: 'conflict',
      status: 409,
      message: 'Order 12 cannot be canceled: it is Filled',
    });
    const known = new AutoSharesError({
      code: 'order_rejected',
      status: 200,
      details: { errorDescription: 'InsufficientShares' },
    });
    const unknown = new AutoSharesError({
      code: 'order_rejected',
      status: 200,
      message: 'Odd lot orders are not accepted after 15:30',
      details: {
        errorDescription: 'OddLotCutoff',
        errorDescriptionText: 'Odd lot orders are not accepted after 15:30',
      },
    });
    expect(await inLocale('de-DE', () => errorText(conflict))).to.equal(
      'AutoShares hat die Anfrage abgelehnt: Order 12 cannot be canceled: it is Filled',
    );
    expect(await inLocale('ja-JP', () => errorText(known))).to.equal(
      'その数量を売却するのに十分な株数を保有していません。',
    );
    expect(await inLocale('de-DE', () => errorText(unknown))).to.equal(
      'Die Order wurde nicht angenommen: Odd lot orders are not accepted after 15:30',
    );
    expect(
      await inLocale('ja-JP', () => errorText(new AutoSharesError({ code: 'network' }))),
    ).to.equal('AutoShares に接続できません。接続を確認してもう一度お試しください。');
    expect(await inLocale('de-DE', () => errorText(new TypeError('x')))).to.not.match(/Something/);
    // English stays the client's own sentence
    expect(
      await inLocale('en-US', () => errorText(new AutoSharesError({ code: 'timeout' }))),
    ).to.equal('AutoShares took too long to respond.');
  });
});

/** `fn`'s message in `locale`, its catalogue loaded. */
async function inLocale(locale: string, fn: () => string): Promise<string> {
  await loadCatalogue(locale);
  return withLocale(locale, fn);
}

import { expect, html } from '@open-wc/testing';
import '../../test/probe-element.ts';
import {
  clearFaults,
  createTestUser,
  fault,
  eventually,
  sandboxControl,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import { expectSignedOutState, mountElement } from '../../test/states.ts';
import { englishShown, englishWords } from '../../locale/english-words.test-support.ts';
import '../quote/define.ts';
import '../watchlist/define.ts';
import './define.ts';
import type { AutoSharesAgreements } from './agreements.ts';

const SIGN_PATH = 'POST /api/v1.0/users/@me/agreements/1/sign';

/** A fresh user who has not signed the market-data agreement: delayed quotes. */
async function unsignedUser(): Promise<TestUser> {
  const user = await createTestUser();
  await sandboxControl('/__sandbox/agreements', { userId: user.userId, unsigned: ['Quotemedia'] });
  return user;
}

/** Sign requests the sandbox has received (from every test page: read it as a difference). */
async function signRequests(): Promise<number> {
  const stats = await sandboxControl<{ requests: { byPath: Record<string, number> } }>(
    '/__sandbox/stats',
    undefined,
    'GET',
  );
  return stats.requests.byPath[SIGN_PATH] ?? 0;
}

const delayedBadge = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="delayed"]')?.textContent?.replace(/\s+/g, ' ').trim();
const consentBox = (el: Element) =>
  el.shadowRoot?.querySelector<HTMLInputElement>('input[part~="consent"]') ?? null;
const signButton = (el: Element) => button(el, /^Sign the Market data agreement/);

const page = html`<as-quote symbol="AAPL"></as-quote>
  <as-watchlist></as-watchlist>
  <as-agreements></as-agreements>`;

const mount = mountElement<AutoSharesAgreements>(
  'as-agreements',
  html`<as-agreements></as-agreements>`,
);

describe('<as-agreements> and delayed quotes', () => {
  it('a user who has signed everything sees no badge and nothing to sign', async () => {
    const session = await sessionFixture(page, { user: await createTestUser() });
    const quote = session.querySelector('as-quote')!;
    const agreements = session.querySelector('as-agreements')!;
    await eventually(
      () => /\d/.test(quote.shadowRoot?.querySelector('[data-field="last"]')?.textContent ?? ''),
      'the quote shows a price',
      10_000,
    );
    await eventually(
      () => textOf(agreements).includes('All agreements are signed.'),
      'nothing to sign',
    );
    expect(delayedBadge(quote)).to.equal(undefined);
  });

  it('delayed badges on a quote and a watchlist turn real time when the user signs, once per press', async () => {
    const session = await sessionFixture(page, { user: await unsignedUser() });
    const quote = session.querySelector('as-quote')!;
    const watchlist = session.querySelector('as-watchlist')!;
    const agreements = session.querySelector('as-agreements')!;
    await eventually(
      () =>
        delayedBadge(quote) === 'Delayed 15 min' && delayedBadge(watchlist) === 'Delayed 15 min',
      'both price widgets marked delayed',
      8000,
      () => `${textOf(quote)} | ${textOf(watchlist)}`,
    );
    expect(quote.shadowRoot!.querySelector('[part~="delayed"] [role="status"]')).to.not.equal(null);
    await eventually(() => !!signButton(agreements), 'the market-data agreement is listed');
    expect(textOf(agreements)).to.include('Optional');
    const before = await signRequests();

    // No consent, no request: a specific message, and the checkbox takes focus.
    signButton(agreements)!.click();
    await eventually(
      () => textOf(agreements).includes('Tick "I agree" to sign the Market data agreement'),
      'asked for consent',
    );
    expect(agreements.shadowRoot!.activeElement === consentBox(agreements)).to.equal(true);
    expect(await signRequests()).to.equal(before);

    consentBox(agreements)!.click();
    await eventually(() => consentBox(agreements)?.checked === true, 'consent ticked');
    // a double press sends one request
    signButton(agreements)!.click();
    signButton(agreements)!.click();
    await eventually(
      () => textOf(agreements).includes('All agreements are signed.'),
      'signed',
      5000,
      () => textOf(agreements),
    );
    await eventually(
      () => delayedBadge(quote) === undefined && delayedBadge(watchlist) === undefined,
      'the badges are gone without a reload',
      5000,
      () => `${textOf(quote)} | ${textOf(watchlist)}`,
    );
    expect(await signRequests()).to.equal(before + 1);
    expect(textOf(agreements)).to.not.include('Could not sign');
  });

  it('a failed signature says why, keeps the agreement listed and focus on Sign', async () => {
    const user = await unsignedUser();
    const { el } = await mount(user);
    await eventually(() => !!signButton(el), 'listed');
    await fault({ serverError: { count: 1, status: 500 } }, user);
    try {
      consentBox(el)!.click();
      signButton(el)!.focus();
      signButton(el)!.click();
      await eventually(
        () => !!el.shadowRoot!.querySelector('li [part~="error"][role="alert"]'),
        'the failure is shown beside the agreement',
        5000,
        () => textOf(el),
      );
    } finally {
      await clearFaults(user);
    }
    expect(textOf(el)).to.include('Could not sign the Market data agreement (QuoteMedia).');
    await eventually(() => !!signButton(el), 'still listed after the list refetched');
    expect(el.shadowRoot!.activeElement === signButton(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('signed elsewhere meanwhile: the refusal is shown with the emptied list', async () => {
    const user = await unsignedUser();
    const { el } = await mount(user);
    await eventually(() => !!signButton(el), 'listed');
    await sandboxControl('/__sandbox/agreements', { userId: user.userId, unsigned: [] });
    consentBox(el)!.click();
    signButton(el)!.click();
    await eventually(
      () =>
        textOf(el).includes('All agreements are signed.') &&
        !!el.shadowRoot!.querySelector('[part~="error"][role="alert"]'),
      'the refusal beside the empty list',
      5000,
      () => textOf(el),
    );
    expect(textOf(el)).to.include('Could not sign the Market data agreement (QuoteMedia).');
  });

  it('signed out: says so and offers sign-in', async () => {
    await expectSignedOutState(mount);
  });

  it('de-DE: the agreement and the delayed badge show no English', async () => {
    const words = await englishWords();
    const session = await sessionFixture(page, { user: await unsignedUser(), locale: 'de-DE' });
    const quote = session.querySelector('as-quote')!;
    const agreements = session.querySelector('as-agreements')!;
    await eventually(
      () => !!delayedBadge(quote) && !!consentBox(agreements),
      'badge and agreement shown',
      8000,
    );
    for (const el of [quote, agreements]) {
      let found: string[] = [];
      await eventually(
        () => {
          found = englishShown(el, 'de-DE', words);
          return found.length === 0;
        },
        `<${el.localName}> in de-DE without English`,
        4000,
        () => found.join(' | '),
      );
    }
    await expect(agreements).to.be.accessible();
  });
});

import { expect, html } from '@open-wc/testing';
import { englishShown, englishWords } from '../../locale/english-words.test-support.ts';
import {
  createTestUser,
  eventually,
  sessionFixture,
  textOf,
  type TestUser,
} from '../../test/sandbox.ts';
import { linkApprovedBank, rest } from './funding.test-support.ts';
import './define.ts';
import type { AutoSharesFunding } from './funding.ts';

/** Every form of `<as-funding>` in German and Japanese: no English UI word, axe clean. */
describe('as-funding: the forms in de-DE and ja-JP', () => {
  let user: TestUser;
  let words: Set<string>;
  before(async () => {
    user = await createTestUser();
    const accountId = user.accountIds[0]!;
    const linkId = await linkApprovedBank(user, accountId);
    // a nickname is data, not UI: one with no English word
    await rest(user, `/v1.0/accounts/${accountId}/ach-relationships/${linkId}`, 'PUT', {
      Name: 'Konto 1',
    });
    words = await englishWords();
  });

  for (const locale of ['de-DE', 'ja-JP']) {
    it(`${locale}: wire, check, validation messages and the rename form`, async () => {
      const session = await sessionFixture(html`<as-funding></as-funding>`, {
        user,
        accountId: user.accountIds[0],
        locale,
      });
      const el = session.querySelector<AutoSharesFunding>('as-funding')!;
      const root = el.shadowRoot!;
      const noEnglish = async (what: string) => {
        let found: string[] = [];
        await eventually(
          () => {
            found = englishShown(el, locale, words);
            return found.length === 0;
          },
          `${what} in ${locale} without English`,
          5000,
          () => found.join(' | '),
        );
        await expect(el).to.be.accessible();
      };
      const pick = async (field: string, value: string) => {
        const select = root.querySelector<HTMLSelectElement>(`select[data-field="${field}"]`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await eventually(
        () => !!root.querySelector('tr[data-link-status="Approved"]'),
        'the linked bank listed',
        12_000,
        () => textOf(el),
      );
      // the catalogue loads lazily: the messages below are made in the language shown
      await noEnglish('the transfer form');
      root.querySelector<HTMLButtonElement>('[data-direction="withdraw"]')!.click();
      await el.updateComplete;
      await pick('mechanism', 'Wire');
      root.querySelector<HTMLButtonElement>('[data-kind="review"]')!.click();
      await eventually(
        () => root.querySelectorAll('.field-error').length >= 4,
        'the wire messages',
        5000,
      );
      await noEnglish('the wire form with its messages');
      await pick('wireType', 'International');
      await noEnglish('an international wire');
      await pick('mechanism', 'Check');
      await noEnglish('the check form');
      root.querySelector<HTMLButtonElement>('[data-kind="rename"]')!.click();
      await eventually(() => !!root.querySelector('[data-kind="save-rename"]'), 'the rename form');
      await noEnglish('the rename form');
    }).timeout(20_000);
  }
});

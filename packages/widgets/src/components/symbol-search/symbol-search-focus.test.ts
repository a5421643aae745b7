import { expect, html } from '@open-wc/testing';
import { createTestUser, eventually, sessionFixture } from '../../test/sandbox.ts';
import { focused, press } from '../../test/user.ts';
import './define.ts';
import type { AutoSharesSymbolSearch } from './symbol-search.ts';

/** What an embedding element does: a control of its own that moves the focus to the search. */
const focusSearch = (event: Event) =>
  (event.currentTarget as HTMLElement)
    .parentElement!.querySelector<AutoSharesSymbolSearch>('as-symbol-search')!
    .focus({ preventScroll: true });

async function mountSearch() {
  const user = await createTestUser();
  const session = await sessionFixture(
    html`<button id="search" type="button" @click=${focusSearch}>Search</button
      ><as-symbol-search label="Find a stock"></as-symbol-search>`,
    { user },
  );
  const search = session.querySelector<AutoSharesSymbolSearch>('as-symbol-search')!;
  const input = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  await eventually(() => !input.disabled, 'enabled once signed in');
  return { session, search, input };
}

describe('<as-symbol-search> focus', () => {
  it('focus() from outside puts the focus, with its ring, on the text input', async () => {
    const { session, search, input } = await mountSearch();
    session.querySelector<HTMLElement>('#search')!.focus();
    await press('Enter'); // a keyboard user: the button calls search.focus()
    expect(focused(), 'the input has the focus').to.equal(input);
    expect(input.matches(':focus-visible'), 'the input shows its focus ring').to.equal(true);
    expect(getComputedStyle(input).outlineStyle).to.equal('solid');
    // one ring: the host itself does not match :focus-visible (an embedding element's rule)
    expect(search.matches(':focus-visible')).to.equal(false);
  });

  it('is one tab stop, its input', async () => {
    const { session, input } = await mountSearch();
    session.querySelector<HTMLElement>('#search')!.focus();
    await press('Tab');
    expect(focused()).to.equal(input);
  });
});

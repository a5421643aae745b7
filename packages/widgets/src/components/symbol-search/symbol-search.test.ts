import { expect, html } from '@open-wc/testing';
import {
  createTestUser,
  eventually,
  nextEvent,
  sessionFixture,
  textOf,
} from '../../test/sandbox.ts';
import { press, type } from '../../test/user.ts';
import './define.ts';
import type { AutoSharesSymbolSearch } from './symbol-search.ts';

async function mountSearch() {
  const user = await createTestUser();
  const session = await sessionFixture(
    html`<as-symbol-search label="Find a stock"></as-symbol-search>`,
    { user },
  );
  const search = session.querySelector<AutoSharesSymbolSearch>('as-symbol-search')!;
  const input = () => search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  await eventually(() => !input().disabled, 'enabled once signed in');
  return { search, input };
}

const options = (search: AutoSharesSymbolSearch) => [
  ...search.shadowRoot!.querySelectorAll('[role="option"]'),
];

describe('<as-symbol-search>', () => {
  it('offers matches by symbol or company name and picks one with a click', async () => {
    const { search, input } = await mountSearch();
    expect(search.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Find a stock');
    input().focus();
    await type('micro');
    await eventually(
      () => options(search).some((o) => o.textContent!.includes('MSFT')),
      'MSFT offered for "micro"',
    );
    await expect(search).to.be.accessible();
    const picked = nextEvent(search, 'as-symbol-pick');
    (options(search).find((o) => o.textContent!.includes('MSFT')) as HTMLElement).click();
    const event = await picked;
    expect(event.security.symbol).to.equal('MSFT');
    expect(event.security.securityId).to.be.a('number');
    expect(event.composed).to.equal(false);
  });

  it('says when nothing matches, and Escape closes then clears', async () => {
    const { search, input } = await mountSearch();
    input().focus();
    await type('zzzzqx');
    await eventually(() => textOf(search).includes('No matches'), 'no-matches note');
    expect(input().getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(input().value).to.equal('zzzzqx');
    await press('Escape');
    await eventually(() => input().value === '', 'cleared');
  });
});

/**
 * `<as-equity-awards>` empty and failing, against the Node sandbox through the host's Shareworks
 * bridge (scripts/provider-bridges.ts): `newhire` is a stakeholder with no grants yet;
 * `unavailable` calls with an API key for which the sandbox has Shareworks down (503), which the
 * bridge answers as a plain upstream failure (502).
 */
import { expect, html } from '@open-wc/testing';
import { eventually, sessionFixture, textOf } from '../../test/sandbox.ts';
import { button } from '../../test/user.ts';
import '../../session/providers/define.ts';
import './define.ts';
import type { AutoSharesEquityAwards } from './equity-awards.ts';

async function mount(person: 'newhire' | 'unavailable'): Promise<AutoSharesEquityAwards> {
  const session = await sessionFixture(
    html`<as-provider name="shareworks" endpoint="/shareworks-as/${person}"></as-provider>
      <as-equity-awards></as-equity-awards>`,
  );
  return session.querySelector('as-equity-awards')!;
}

const stateBlock = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[data-state]');
const stateOf = (el: Element) => stateBlock(el)?.dataset.state ?? 'content';
const grantRows = (el: Element) => el.shadowRoot!.querySelectorAll('tbody tr[data-grant]').length;

describe('<as-equity-awards> states', () => {
  it('empty: a person with no grants reads "You have no equity awards."', async () => {
    const answer = await fetch('/shareworks-as/newhire/me/grants');
    expect(answer.status).to.equal(200);
    const { grants } = (await answer.json()) as { grants: unknown[] };
    expect(grants.length, 'the bridge has no grants for the new hire').to.equal(0);

    const el = await mount('newhire');
    await eventually(
      () => stateOf(el) === 'empty',
      'empty',
      12_000,
      () => textOf(el),
    );
    expect(textOf(el)).to.equal('You have no equity awards.');
    expect(stateBlock(el)!.getAttribute('role')).to.equal('status');
    expect(grantRows(el)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="next-vest"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Shareworks down: the bridge answers 502, the element says it failed and offers Retry', async () => {
    const answer = await fetch('/shareworks-as/unavailable/me/grants');
    expect(answer.status, 'the bridge answers a plain upstream failure').to.equal(502);
    expect(((await answer.json()) as { error: string }).error).to.equal('upstream_error');

    const el = await mount('unavailable');
    await eventually(
      () => stateOf(el) === 'error',
      'error',
      15_000,
      () => textOf(el),
    );
    const state = stateBlock(el)!;
    expect(state.dataset.reason).to.equal('failed');
    // The kit's sentences load with the first error (the bridge's own words until then).
    const alert = () => stateBlock(el)?.querySelector('[role="alert"]')?.textContent?.trim();
    await eventually(
      () => alert() === 'Shareworks is having trouble right now. Please try again shortly.',
      "the kit's sentence for a provider that is down",
      5000,
      () => alert() ?? textOf(el),
    );
    expect(button(el, 'Retry')).to.not.equal(undefined);
    expect(grantRows(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.ts';
import { LitElement } from 'lit';
import { defineElement } from '../core/define.ts';
import { AnnouncerController } from './announcer-controller.ts';

class AnnouncerProbe extends LitElement {
  readonly announcer = new AnnouncerController(this, 200);
  protected override render() {
    return this.announcer.render();
  }
}
defineElement('as-announcer-probe', AnnouncerProbe);

const region = (el: AnnouncerProbe) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;

describe('AnnouncerController', () => {
  it('announces politely in a status region, throttled so the latest message wins', async () => {
    const el = await fixture<AnnouncerProbe>(html`<as-announcer-probe></as-announcer-probe>`);
    expect(region(el).getAttribute('role')).to.equal('status');
    el.announcer.announce('AAPL filled');
    await el.updateComplete;
    expect(region(el).textContent!.trim()).to.equal('AAPL filled');
    el.announcer.announce('MSFT up 1%');
    el.announcer.announce('MSFT up 2%');
    await el.updateComplete;
    // throttled: still the first message
    expect(region(el).textContent!.trim()).to.equal('AAPL filled');
    await waitUntil(
      () => region(el).textContent!.trim() === 'MSFT up 2%',
      'latest message announced',
      {
        timeout: 2000,
      },
    );
  });

  it('reads every kept message, in order, when several arrive while throttled', async () => {
    const el = await fixture<AnnouncerProbe>(html`<as-announcer-probe></as-announcer-probe>`);
    el.announcer.announce('Alert triggered: AAPL above 200.', { keep: true });
    el.announcer.announce('Alert triggered: MSFT below 300.', { keep: true });
    el.announcer.announce('Alert triggered: NVDA above 150.', { keep: true });
    await el.updateComplete;
    expect(region(el).textContent!.trim()).to.equal('Alert triggered: AAPL above 200.');
    await waitUntil(
      () =>
        region(el).textContent!.trim() ===
        'Alert triggered: MSFT below 300. Alert triggered: NVDA above 150.',
      'both later alerts read together',
      { timeout: 2000 },
    );
  });
});

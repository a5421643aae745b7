import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.ts';
import { LitElement } from 'lit';
import { defineElement } from '../core/define.ts';
import type { SymbolSelection } from '../core/events.ts';
import { LinkGroupController, publishToLinkGroup } from './link-group-controller.ts';

class LinkProbe extends LitElement {
  static override properties = { linkGroup: { attribute: 'link-group' } };
  declare linkGroup: string | undefined;
  followed: SymbolSelection[] = [];
  readonly link = new LinkGroupController(this, (s) => this.followed.push(s));
}
defineElement('as-link-probe', LinkProbe);

describe('LinkGroupController', () => {
  it('drives elements of the same group, not other groups, and still emits the event', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <as-link-probe id="a" link-group="g1"></as-link-probe>
        <as-link-probe id="b" link-group="g1"></as-link-probe>
        <as-link-probe id="c" link-group="g2"></as-link-probe>
      </div>`,
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => root.querySelector<LinkProbe>(`#${id}`)!);
    const seen: string[] = [];
    root.addEventListener('as-symbol-select', (e) => seen.push(e.symbol));
    a.link.select({ symbol: 'AAPL', securityId: 1 });
    expect(seen).to.deep.equal(['AAPL']);
    expect(b.followed.map((s) => s.symbol)).to.deep.equal(['AAPL']);
    expect(a.followed).to.deep.equal([]);
    expect(c.followed).to.deep.equal([]);
  });

  it('gives a late joiner the current symbol and follows a changed link-group attribute', async () => {
    publishToLinkGroup('late', { symbol: 'TSLA' });
    const el = await fixture<LinkProbe>(html`<as-link-probe link-group="late"></as-link-probe>`);
    expect(el.followed.map((s) => s.symbol)).to.deep.equal(['TSLA']);
    el.linkGroup = 'other';
    await el.updateComplete;
    publishToLinkGroup('late', { symbol: 'NVDA' });
    publishToLinkGroup('other', { symbol: 'AMD' });
    await waitUntil(() => el.followed.length === 2, 'followed the new group');
    expect(el.followed.map((s) => s.symbol)).to.deep.equal(['TSLA', 'AMD']);
  });
});

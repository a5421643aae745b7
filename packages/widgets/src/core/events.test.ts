import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SymbolSelectEvent, TradeRequestEvent } from './events.ts';
import { AuthRequiredEvent } from '../session/auth-required.ts';

describe('events', () => {
  it('leave shadow roots and reach the page, typed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    setTimeout(() => inner.dispatchEvent(new SymbolSelectEvent({ symbol: 'AAPL', securityId: 1 })));
    const event = (await oneEvent(document, 'as-symbol-select')) as unknown as SymbolSelectEvent;
    expect(event).to.be.instanceOf(SymbolSelectEvent);
    expect(event.symbol).to.equal('AAPL');
    expect(event.securityId).to.equal(1);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('carry their payload and never a token', () => {
    const auth = new AuthRequiredEvent('token-rejected');
    expect(auth.type).to.equal('as-auth-required');
    expect(auth.reason).to.equal('token-rejected');
    expect(Object.keys(auth).filter((k) => k !== 'isTrusted')).to.deep.equal(['reason']);
    const trade = new TradeRequestEvent({ symbol: 'MSFT', side: 'Buy' });
    expect(trade.request).to.deep.equal({ symbol: 'MSFT', side: 'Buy' });
  });
});

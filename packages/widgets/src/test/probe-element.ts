/**
 * `<as-test-probe>`: a minimal element on the foundation, for tests of the session, the common
 * states and symbol linking. It shows what a user would read: who is signed in, in which
 * account, and the symbol its link group selected.
 */
import { html } from 'lit';
import { AutoSharesElement } from '../base/base-element.ts';
import { LinkGroupController } from '../controllers/link-group-controller.ts';
import { defineElement } from '../core/define.ts';
import type { SymbolSelection } from '../core/events.ts';

export class TestProbe extends AutoSharesElement {
  /** The symbol the link group last selected. */
  linked: SymbolSelection | undefined;
  readonly link = new LinkGroupController(this, (selection) => {
    this.linked = selection;
    this.requestUpdate();
  });

  protected override render() {
    const state = this.renderState();
    if (state) return state;
    const session = this.session!;
    return html`<p>
        Signed in as <span part="login">${session.user?.Login ?? '?'}</span>, account
        <span part="account">${this.effectiveAccountId ?? 'none'}</span>
      </p>
      <p>Linked symbol: <span part="linked">${this.linked?.symbol ?? 'none'}</span></p>
      <button
        class="as-button"
        type="button"
        @click=${() => this.link.select({ symbol: 'MSFT', securityId: 2 })}
      >
        Select MSFT
      </button>`;
  }
}

defineElement('as-test-probe', TestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'as-test-probe': TestProbe;
  }
}

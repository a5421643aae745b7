/**
 * `<as-test-provider-probe>`: a minimal element that reads one resource of another provider
 * (`provider` and `path` attributes) through the session's `<as-provider>` declarations, for
 * tests of the provider plumbing and its common states. Shows the answer's top-level keys.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ProviderElement } from '../base/provider-element.ts';
import { QueryController } from '../controllers/query-controller.ts';
import { defineElement } from '../core/define.ts';

export class TestProviderProbe extends ProviderElement {
  @property() provider = '';
  @property() path = '';

  readonly data = new QueryController<Record<string, unknown>>(
    this,
    (session) => session.providers[this.provider]?.query(this.path) ?? null,
    { requiresSignIn: false },
  );

  protected override render() {
    const state = this.renderState({ sources: [this.data], provider: this.provider });
    if (state) return state;
    return html`<p part="data">${Object.keys(this.data.data ?? {}).join(', ')}</p>`;
  }
}

defineElement('as-test-provider-probe', TestProviderProbe);

declare global {
  interface HTMLElementTagNameMap {
    'as-test-provider-probe': TestProviderProbe;
  }
}

import type { TemplateResult } from 'lit';
import { AutoSharesElement, type RenderStateOptions } from './base-element.ts';
import {
  isProviderSignedOut,
  renderProviderMisconfigured,
  renderProviderSignedOut,
} from './provider-states.ts';
import { renderLoading } from './view-states.ts';

/**
 * Base class of the elements that show another provider's data (`<as-provider>`: Shareworks,
 * Sharesight). `renderState({ provider })` adds that provider's states: loading while the
 * session reads its declarations, misconfigured when the page does not declare it or refuses
 * its URL, and signed out of it (with its Sign in or Connect button) when its bridge says so.
 * Kept apart so that elements reading only AutoShares do not carry them.
 */
export class ProviderElement extends AutoSharesElement {
  protected override renderState(options: RenderStateOptions = {}): TemplateResult | undefined {
    const session = this.session;
    const name = options.provider;
    if (!session || name === undefined) return super.renderState(options);
    const provider = session.providers[name];
    if (!provider && session.providersPending) return renderLoading(options.loadingLabel);
    if (!provider || provider.problem) return renderProviderMisconfigured(name, provider);
    const failed = options.sources?.find((s) => s.status === 'error' && !s.hasData);
    if (failed && isProviderSignedOut(failed.error)) {
      const run = this.retryOf(options);
      return renderProviderSignedOut(provider, failed.error, () => provider.signIn(run));
    }
    return super.renderState(options);
  }
}

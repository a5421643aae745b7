import { html, nothing, type TemplateResult } from 'lit';
import { isAutoSharesError } from '@autoshares/client';
import { configProblemText } from '../session/config-error.ts';
import { simpleButton } from '../components/button/button.ts';
import { msg, str } from '../locale/msg.ts';
import type { ProviderSource } from '../session/providers/provider-source.ts';

/** The provider's bridge says nobody is signed in (401): the person must sign in or connect. */
export function isProviderSignedOut(error: unknown): boolean {
  return isAutoSharesError(error) && error.code === 'unauthorized';
}

/**
 * Signed out of another provider: why, and a button that signs in (or connects the account,
 * when the bridge says the person has not connected it yet) when the page declares where.
 */
export function renderProviderSignedOut(
  provider: ProviderSource,
  error: unknown,
  signIn: () => void,
): TemplateResult {
  const label = provider.label;
  const connect =
    isAutoSharesError(error) &&
    (error.details as { providerCode?: unknown }).providerCode === 'not_connected';
  return html`<div
    class="as-state"
    data-state="signed-out"
    data-provider=${provider.name}
    role="status"
    part="state signed-out"
  >
    <p>
      ${
        connect
          ? msg(str`Connect your ${label} account to see this.`)
          : msg(str`You are not signed in to ${label}.`)
      }
    </p>
    ${
      provider.signInUrl
        ? simpleButton({
            label: connect ? msg(str`Connect ${label}`) : msg(str`Sign in to ${label}`),
            variant: 'primary',
            part: 'button sign-in-button',
            onClick: signIn,
          })
        : nothing
    }
  </div>`;
}

/**
 * The element needs a provider the page does not declare, or declares with a refused URL:
 * nothing is loaded, and the message says what to add or fix.
 */
export function renderProviderMisconfigured(
  name: string,
  provider: ProviderSource | undefined,
): TemplateResult {
  return html`<div
    class="as-state"
    data-state="misconfigured"
    data-provider=${name}
    role="alert"
    part="state misconfigured"
  >
    <p>
      ${
        provider?.problem
          ? msg(str`${provider.label} is misconfigured on this page.`)
          : msg(
              str`No ${name} provider on this page: add <as-provider name="${name}" endpoint="…"> inside <as-session>.`,
            )
      }
    </p>
    ${provider?.problem ? html`<p part="config-error">${configProblemText(provider.problem)}</p>` : nothing}
  </div>`;
}

import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Declares where another provider's data comes from, inside an `<as-session>`: the host's own
 * bridge for that provider (`@autoshares/host`'s Shareworks or Sharesight bridge) and where the
 * person signs in to it. Renders nothing. Elements that show the provider's data
 * (`<as-equity-awards>`, `<as-portfolio-performance>`) find it through the session as
 * `session.providers[name]`; both URLs must be on the page's own origin.
 *
 * @summary Declares another data provider (Shareworks, Sharesight) for the session.
 * @tag as-provider
 */
export class AutoSharesProvider extends LitElement {
  /** The provider's name, as elements ask for it: `shareworks` or `sharesight`. */
  @property({ reflect: true }) name = '';

  /** The bridge's path on this site, e.g. `/shareworks`. */
  @property({ reflect: true }) endpoint = '';

  /**
   * Where the person signs in to (or connects) this provider, on this site, e.g.
   * `/sharesight/connect`; elements offer it when the bridge says nobody is signed in.
   */
  @property({ attribute: 'sign-in-url', reflect: true }) signInUrl = '';

  /** The provider's display name in the elements' messages (default: the name, capitalised). */
  @property({ reflect: true }) label = '';

  protected override createRenderRoot(): HTMLElement {
    this.hidden = true;
    return this;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-provider': AutoSharesProvider;
  }
}

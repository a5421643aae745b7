/**
 * The live preview: one `<as-session>` on the sandbox, signed in through the page's token
 * provider, with the chosen widget inside. Each change of the configuration is applied to the
 * live elements (attributes set or removed, tokens set as custom properties); only a change of
 * widget replaces the element.
 */
import type { AutoSharesSession } from '@autoshares/widgets';
import { providerOf } from './provider.ts';
import type { Configuration } from './state.ts';
import { THEME_TOKENS } from './theme.ts';

/** How the preview's session reaches the sandbox. */
export interface PreviewConnection {
  baseUrl: string;
  appKey: string;
  tokenProvider: AutoSharesSession['tokenProvider'];
}

const TAG = /^as-[a-z]+(?:-[a-z]+)*$/;

export class Preview {
  readonly session: AutoSharesSession;
  private element: HTMLElement | null = null;
  /** The `<as-provider>` the widget reads, when it is another provider's. */
  private declaration: HTMLElement | null = null;

  constructor(container: HTMLElement, connection: PreviewConnection) {
    this.session = document.createElement('as-session') as AutoSharesSession;
    this.session.setAttribute('base-url', connection.baseUrl);
    this.session.setAttribute('app-key', connection.appKey);
    this.session.tokenProvider = connection.tokenProvider;
    container.append(this.session);
  }

  /** The widget element shown, once there is one. */
  get widget(): HTMLElement | null {
    return this.element;
  }

  /** Shows `config`: the session's locale, scheme and tokens, the widget and its attributes. */
  show(config: Configuration): void {
    setOrRemove(this.session, 'locale', config.locale || undefined);
    setOrRemove(this.session, 'theme', config.scheme || undefined);
    for (const { property } of THEME_TOKENS) {
      const value = config.tokens.find((t) => t.property === property)?.value;
      if (value) this.session.style.setProperty(property, value);
      else this.session.style.removeProperty(property);
    }
    this.declareProvider(config);
    const { tag } = config.widget;
    if (this.element?.localName !== tag) {
      if (!TAG.test(tag)) throw new Error(`Not an AutoShares element name: ${tag}`);
      const element = document.createElement(tag);
      if (this.element) this.element.replaceWith(element);
      else this.session.append(element);
      this.element = element;
    }
    const wanted = new Map(config.attributes.map((a) => [a.field.name, a.value]));
    for (const field of config.widget.attributes) {
      const value = wanted.get(field.name);
      setOrRemove(this.element, field.name, value === true ? '' : value);
    }
  }

  /** Declares the provider the widget reads (see `provider.ts`), or removes the declaration. */
  private declareProvider(config: Configuration): void {
    const provider = providerOf(config);
    if (!provider) {
      this.declaration?.remove();
      this.declaration = null;
      return;
    }
    this.declaration ??= document.createElement('as-provider');
    setOrRemove(this.declaration, 'name', provider.name);
    setOrRemove(this.declaration, 'endpoint', provider.endpoint);
    if (!this.declaration.isConnected) this.session.prepend(this.declaration);
  }
}

/** Sets attribute `name` to `value` (unchanged values untouched), or removes it for `undefined`. */
function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

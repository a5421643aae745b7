import type { ReactiveController, ReactiveElement } from 'lit';
import { loadCatalogue } from './catalogues.ts';
import { localeDirection } from './direction.ts';
import { errorTextsLoading } from './error-message.ts';

/**
 * Keeps an element in its UI locale: loads that language's catalogue (and renders again once
 * it arrives), renders again when the error sentences arrive after it showed an error in English
 * meanwhile (`error-message.ts`), and sets `dir="rtl"` on the host for right-to-left locales (removing only a
 * `dir` it set itself).
 */
export class LocaleController implements ReactiveController {
  #setDir = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly locale: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const locale = this.locale();
    loadCatalogue(locale)?.then(() => this.host.requestUpdate());
    const rtl = localeDirection(locale || globalThis.navigator?.language) === 'rtl';
    if (rtl && this.host.getAttribute('dir') !== 'rtl') {
      this.host.setAttribute('dir', 'rtl');
      this.#setDir = true;
    } else if (!rtl && this.#setDir) {
      this.host.removeAttribute('dir');
      this.#setDir = false;
    }
  }

  hostUpdated(): void {
    errorTextsLoading()?.then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { loadCatalogue } from './catalogues.ts';
import { localeDirection } from './direction.ts';

/**
 * Keeps an element in its UI locale: loads that language's catalogue (and renders again once
 * it arrives) and sets `dir="rtl"` on the host for right-to-left locales (removing only a
 * `dir` it set itself).
 */
export class LocaleController implements ReactiveController {
  private setDir = false;

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
      this.setDir = true;
    } else if (!rtl && this.setDir) {
      this.host.removeAttribute('dir');
      this.setDir = false;
    }
  }
}

/**
 * The server view of an element (`docs/ssr.md`): the settings its server render used, carried
 * from the server to the browser on the element's host.
 *
 * On the server an element asks the enclosing `<as-session>` for its settings (its server
 * session, through `@lit/context`) and writes them as `ssr-*` attributes. In the browser the
 * element's first render, its hydration, reads them back and so renders what the server
 * rendered; once it has taken its session, it drops them. Until then they also carry the
 * session's theme to the page's first paint (`theme/tokens.ts`), which custom states cannot.
 */
import { ContextEvent } from '@lit/context';
import { catalogueCode, loadCatalogue, loadedTemplates } from '../locale/catalogues.ts';
import { catalogueLoaders } from '../locale/generated/loaders.ts';
import { serverSessionContext, type ServerSession } from '../session/context.ts';

/** The locale the server rendered in (absent: the source language, English). */
export const SERVED_LOCALE = 'ssr-locale';
/** The session's theme on the server: `light` or `dark`. */
export const SERVED_THEME = 'ssr-theme';
/** Present when the session on the server was `transparent`. */
export const SERVED_TRANSPARENT = 'ssr-transparent';

/**
 * Loads the kit's translations of `locales` (a BCP 47 tag each, e.g. `de-DE`), or of every
 * language the kit has when none is given. A server awaits it before rendering a page in
 * another language than English: elements render in a language only once it is loaded (the
 * browser loads them by itself).
 */
export async function loadTranslations(...locales: string[]): Promise<void> {
  const wanted = locales.length > 0 ? locales : Object.keys(catalogueLoaders);
  await Promise.all(wanted.map((locale) => loadCatalogue(locale)));
}

/** True when `locale`'s text can be rendered now: English, or its translations are loaded. */
function translatable(locale: string): boolean {
  return catalogueCode(locale) === undefined || loadedTemplates(locale) !== undefined;
}

const warned = new Set<string>();

/**
 * On the server: takes the settings of the `<as-session>` around `element` (none outside any
 * session) and writes them on it, with the locale it renders in: its own `locale`, else the
 * session's; English when that language's translations are not loaded (said once in the
 * server's log).
 */
export function writeServerView(element: HTMLElement, ownLocale: string | undefined): void {
  let session: ServerSession | undefined;
  element.dispatchEvent(
    new ContextEvent(serverSessionContext, element, (value) => (session = value)),
  );
  const locale = ownLocale || session?.locale;
  if (locale && translatable(locale)) element.setAttribute(SERVED_LOCALE, locale);
  else if (locale && !warned.has(locale)) {
    warned.add(locale);
    console.warn(
      `AutoShares: the translations of ${locale} are not loaded; the server renders in English. ` +
        `Await loadTranslations('${locale}') from @autoshares/widgets before rendering.`,
    );
  }
  if (session?.theme) element.setAttribute(SERVED_THEME, session.theme);
  if (session?.transparent) element.setAttribute(SERVED_TRANSPARENT, '');
}

/** The locale an element's server render used, from its host; undefined: English. */
export function servedLocale(element: Element): string | undefined {
  return element.getAttribute(SERVED_LOCALE) ?? undefined;
}

/** In the browser, once the element has left its server view: drops what the server wrote. */
export function clearServerView(element: Element): void {
  for (const name of [SERVED_LOCALE, SERVED_THEME, SERVED_TRANSPARENT])
    element.removeAttribute(name);
}

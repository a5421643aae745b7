/**
 * The translations: lit-localize's runtime modules (`generated/<code>.ts`, built from
 * `xliff/<code>.xlf` by `pnpm localize:build`), each loaded the first time an element needs
 * it, so a page in English never downloads them. English, the source, is built in.
 */
import type { LocaleModule, TemplateMap } from '@lit/localize';
import { catalogueLoaders } from './generated/loaders.ts';

const loaded = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<void>>();
/** Catalogues that failed to load: English stays, without asking again on every render. */
const failed = new Set<string>();

/** The browser's language when neither element nor session names one. */
const browserLocale = (): string => globalThis.navigator?.language ?? 'en';

/** Locale tag → its catalogue code (every `msg()` asks: worked out once per tag). */
const codes = new Map<string, string | undefined>();

/**
 * The catalogue code serving `locale`: itself ("pt-BR") or its language ("de" for "de-AT");
 * undefined for English and for languages without a catalogue (they show English).
 */
export function catalogueCode(locale: string | undefined): string | undefined {
  const tag = locale || browserLocale();
  if (!codes.has(tag)) codes.set(tag, codeOf(tag));
  return codes.get(tag);
}

function codeOf(tag: string): string | undefined {
  if (tag in catalogueLoaders) return tag;
  try {
    const { language } = new Intl.Locale(tag);
    return language in catalogueLoaders ? language : undefined;
  } catch {
    return undefined;
  }
}

/** The translations of `locale` when loaded, else undefined (English shows meanwhile). */
export function loadedTemplates(locale: string | undefined): TemplateMap | undefined {
  const code = catalogueCode(locale);
  return code === undefined ? undefined : loaded.get(code);
}

/**
 * Loads the catalogue of `locale`. Returns a promise while it loads (resolves once loaded,
 * also when loading failed: English stays), undefined when nothing needs loading.
 */
export function loadCatalogue(locale: string | undefined): Promise<void> | undefined {
  const code = catalogueCode(locale);
  if (code === undefined || loaded.has(code) || failed.has(code)) return undefined;
  let pending = loading.get(code);
  if (!pending) {
    const load = catalogueLoaders[code] as () => Promise<LocaleModule>;
    pending = load().then(
      (module) => {
        loaded.set(code, module.templates);
      },
      () => {
        failed.add(code);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The session locales the configurator offers: the kit's catalogues (English, German, Japanese,
 * docs/translations.md) and a right-to-left locale, which mirrors the layout (no Hebrew
 * catalogue yet: its words are English).
 */
export interface LocaleChoice {
  /** The `locale` attribute; '' leaves it unset (the browser's language). */
  value: string;
  label: string;
  /** The language of the label, for assistive technology. */
  lang?: string;
}

export const LOCALES: readonly LocaleChoice[] = [
  { value: '', label: 'Browser language (unset)' },
  { value: 'en-US', label: 'English (en-US)', lang: 'en' },
  { value: 'de-DE', label: 'Deutsch (de-DE)', lang: 'de' },
  { value: 'ja-JP', label: '日本語 (ja-JP)', lang: 'ja' },
  { value: 'he-IL', label: 'Hebrew (he-IL): right to left, English words' },
];

/** Scripts written right to left (ISO 639 language codes). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The writing direction of `locale` ("ar-EG" → rtl); ltr for unknown or missing locales. */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  if (!locale) return 'ltr';
  try {
    const { language, script } = new Intl.Locale(locale);
    if (script)
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

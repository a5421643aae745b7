/** Cached `Intl.PluralRules` per locale. */
const rules = new Map<string, Intl.PluralRules>();

/**
 * Picks the `one` or `other` form of a message for `count` by the plural rules of `locale`
 * (`Intl.PluralRules`): e.g. `plural(n, locale, { one: () => msg(str`${n} match`),
 * other: () => msg(str`${n} matches`) })`. Each form is its own catalogue message; a language
 * without a singular (Japanese) translates both alike. Languages with more forms (Arabic,
 * Polish) fall back to `other` for them.
 */
export function plural(
  count: number,
  locale: string | undefined,
  forms: { one: () => string; other: () => string },
): string {
  const key = locale ?? '';
  let rule = rules.get(key);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(key, rule);
  }
  return rule.select(count) === 'one' ? forms.one() : forms.other();
}

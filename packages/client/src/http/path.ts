/** Encodes path segments: `path\`v1.0/accounts/${id}/orders\``. `@` stays readable (`@me`). */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (out, s, i) =>
      out +
      s +
      (i < values.length ? encodeURIComponent(String(values[i])).replace(/%40/g, '@') : ''),
    '',
  );
}

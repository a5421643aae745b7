/**
 * Test support for the locale tests: the words of the English catalogue and the English UI words
 * an element shows (visible text, visually hidden text, accessible names) in another locale.
 * Data is not UI: company names, headlines, news sources, account and watchlist names are left
 * out, as are the few words listed below that the target language writes the same way.
 */
/** Names, not words: the same in every language. */
export const PROPER_NOUNS = [
  'AutoShares',
  'ClientId',
  'TradingView',
  'Lightweight',
  'Charts',
  'CSV',
  'IBAN',
];

/** Words German writes as English does (as its brokers use them). Keep this short. */
export const SAME_IN: Record<string, string[]> = {
  'de-DE': [
    'in',
    'Symbol',
    'Status',
    'Limit',
    'Order',
    'Orders',
    'Watchlist',
    'Margin',
    'Chart',
    'Vol',
    'Call',
    'Calls',
    'Put',
    'Puts',
    'Bracket',
  ],
  'ja-JP': [],
};

/** Where a widget shows data (names, headlines), not UI text. */
const DATA = [
  '[part~="name"]',
  '.name',
  '[part~="headline"]',
  '[part~="preview"]',
  '.source',
  '.col-name',
  '.list-title',
  'select option',
  '.picked strong',
  '.col-description',
].join(', ');

const WORD = /\p{L}{2,}/gu;

/** The words of the English catalogue (placeholders left out). */
export async function englishWords(): Promise<Set<string>> {
  const xliff = await (await fetch('/xliff/de.xlf')).text();
  const doc = new DOMParser().parseFromString(xliff, 'application/xml');
  const words = new Set<string>();
  for (const source of doc.querySelectorAll('trans-unit > source')) {
    for (const word of (source.textContent ?? '').match(WORD) ?? []) words.add(word);
  }
  return words;
}

interface Shown {
  /** UI text and accessible names. */
  ui: string[];
  /** Words of data (names, headlines). */
  data: Set<string>;
}

/** Everything the element shows or names, through its shadow roots (nested elements too). */
export function shownText(
  root: ShadowRoot | Element,
  shown: Shown = { ui: [], data: new Set() },
): Shown {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'style' || el.localName === 'script') continue;
    if (el.matches(DATA)) {
      for (const word of el.textContent?.match(WORD) ?? []) shown.data.add(word);
      continue;
    }
    if (el.closest(DATA)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value) shown.ui.push(value);
    }
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
        shown.ui.push(node.textContent.trim());
    }
    if (el.shadowRoot) shownText(el.shadowRoot, shown);
  }
  return shown;
}

/**
 * The English words the element shows in `locale` ("word in: text"). `ignore` takes code out of
 * the text first (setting names, URLs), which reads the same in every language.
 */
export function englishShown(
  el: Element,
  locale: string,
  words: Set<string>,
  ignore?: RegExp,
): string[] {
  const allowed = new Set([...PROPER_NOUNS, ...(SAME_IN[locale] ?? [])]);
  const { ui, data } = shownText(el.shadowRoot!);
  const found: string[] = [];
  for (const text of ui) {
    const candidates = (ignore ? text.replace(ignore, ' ') : text).match(WORD) ?? [];
    for (const word of candidates) {
      if (words.has(word) && !allowed.has(word) && !data.has(word))
        found.push(`${word} in: ${text}`);
    }
  }
  return found;
}

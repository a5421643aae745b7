/**
 * Reading numbers a user typed (quantities, prices) and checking them against a security's
 * tick size. Shared by the order ticket and the price alerts.
 *
 * Decision: digits from any script are NORMALISED, not rejected. Full-width digits ("１２") are
 * folded by NFKC; other Unicode decimal digits (Arabic-Indic "١٢", Devanagari "१२", …) are
 * mapped to ASCII by their position in their block of ten. The Arabic decimal separator "٫"
 * reads as "."; a leading minus sign (U+2212) as "-". Thousands separators (",", "٬", spaces inside the number), exponents ("1e3"),
 * "Infinity" and anything else are rejected as not a number, so "1,5" is never guessed.
 */

/** What a typed number turned out to be. */
export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | {
      kind: 'number';
      value: number;
      /** digits after the decimal point, as typed */ decimals: number;
    };

const DECIMAL_DIGIT = /\p{Nd}/u;

/** The ASCII digit of one Unicode decimal digit (any script). */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  // Find the start of this run of decimal digits; blocks of ten are contiguous.
  let start = code;
  for (let i = 0; i < 40 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1)); i++) start--;
  return String((code - start) % 10);
}

/** Folds full-width and other-script digits and the Arabic decimal separator to ASCII. */
export function normalizeDigits(text: string): string {
  return [...text.normalize('NFKC')]
    .map((char) => {
      if (char === '\u066B') return '.';
      if (/[0-9]/.test(char)) return char;
      return DECIMAL_DIGIT.test(char) ? asciiDigit(char) : char;
    })
    .join('');
}

const NUMBER_SHAPE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses what a user typed into a number field (see the module doc for what is accepted). */
export function parseNumberInput(text: string | null | undefined): ParsedNumber {
  // a minus sign (U+2212, as the kit shows negatives) reads as "-"
  const trimmed = normalizeDigits(text ?? '')
    .trim()
    .replace(/^\u2212/, '-');
  if (trimmed === '') return { kind: 'empty' };
  if (!NUMBER_SHAPE.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  const fraction = trimmed.split('.')[1] ?? '';
  return { kind: 'number', value, decimals: fraction.replace(/0+$/, '').length };
}

/** True when `value` is a whole multiple of `tick` (no tick, or a non-positive one: always true). */
export function isOnTick(value: number, tick: number | null | undefined): boolean {
  if (!tick || !(tick > 0)) return true;
  const steps = value / tick;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** Digits after the decimal point a tick size implies (0.01 → 2, 0.0001 → 4, 1 → 0). */
export function tickDecimals(tick: number | null | undefined): number {
  if (!tick || !(tick > 0)) return 2;
  const text = String(tick);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.split('.')[1]?.length ?? 0;
}

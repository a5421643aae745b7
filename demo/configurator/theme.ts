/**
 * The theme settings the configurator offers: the session's colour scheme and a few public
 * design tokens (docs/theming.md). A token value is used only when it is what the token takes;
 * anything else is rejected with a message, so no other CSS reaches the preview or the snippet.
 */

/** The session's `theme`: '' follows the user's colour scheme. */
export type Scheme = '' | 'light' | 'dark';

export const SCHEMES: readonly { value: Scheme; label: string }[] = [
  { value: '', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** One public token and how its input becomes a CSS value. */
export interface ThemeToken {
  /** The custom property, e.g. `--as-accent`. */
  property: string;
  label: string;
  /** What the field takes, shown under it. */
  hint: string;
  /** The CSS value of a valid input, or an error message ({@link checkToken}). */
  parse: (input: string) => { value: string } | { error: string };
}

/** Functions that would bring in a value from elsewhere, and characters that end a declaration. */
const FOREIGN = /[;{}<>\\!]|\/\*|\b(?:var|env|attr|url|image|image-set|src)\s*\(/i;

/** `input` when it is a value of `checkedAs` (a CSS property) and nothing else; else `error`. */
function cssValue(input: string, checkedAs: string, error: string) {
  const value = input.trim();
  return value && !FOREIGN.test(value) && CSS.supports(checkedAs, value) ? { value } : { error };
}

/** A plain number within `min`…`max`, written with `unit`; else `error`. */
function numberValue(input: string, min: number, max: number, unit: string, error: string) {
  const text = input.trim();
  const number = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  return number >= min && number <= max ? { value: `${number}${unit}` } : { error };
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  {
    property: '--as-accent',
    label: 'Accent colour',
    hint: 'A CSS colour: #6b2bd9, rebeccapurple, light-dark(#0b6e4f, #5fd3a8)…',
    parse: (input) =>
      cssValue(input, 'color', 'Not a CSS colour (e.g. #6b2bd9 or rebeccapurple): not applied.'),
  },
  {
    property: '--as-font-family',
    label: 'Font family',
    hint: 'A font-family list: Georgia, serif',
    parse: (input) =>
      cssValue(input, 'font-family', 'Not a font-family list (e.g. Georgia, serif): not applied.'),
  },
  {
    property: '--as-radius',
    label: 'Corner radius (px)',
    hint: 'Pixels, 0 to 24',
    parse: (input) => numberValue(input, 0, 24, 'px', 'Enter a number of pixels from 0 to 24.'),
  },
  {
    property: '--as-density',
    label: 'Density',
    hint: '0.5 (compact) to 1.5 (roomy); 1 is the default',
    parse: (input) => numberValue(input, 0.5, 1.5, '', 'Enter a number from 0.5 to 1.5.'),
  },
];

/** The CSS value of `input` for `token`; an empty input is no value and no error. */
export function checkToken(token: ThemeToken, input: string): { value?: string; error?: string } {
  return input.trim() ? token.parse(input) : {};
}

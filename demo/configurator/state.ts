/**
 * What the user has set in the configurator (as typed), and the configuration it stands for:
 * checked values only, each one an attribute value or a token value the widget takes.
 */
import type { AttributeField, WidgetDoc } from './manifest.ts';
import { checkToken, THEME_TOKENS, type Scheme } from './theme.ts';

/** The form's inputs, as typed. */
export interface ConfiguratorState {
  tag: string;
  /** Per widget tag, per attribute: the text typed, `'true'` for a ticked box, '' for unset. */
  attributes: Record<string, Record<string, string>>;
  locale: string;
  scheme: Scheme;
  /** Per token property (`--as-accent`): the text typed. */
  tokens: Record<string, string>;
}

/** An attribute the widget gets: its field and value (`true` for a boolean attribute). */
export interface SetAttribute {
  field: AttributeField;
  value: string | true;
}

/** The checked configuration: what the preview shows and the snippets write. */
export interface Configuration {
  widget: WidgetDoc;
  attributes: SetAttribute[];
  locale: string;
  scheme: Scheme;
  /** Token declarations, in the order of {@link THEME_TOKENS}. */
  tokens: { property: string; value: string }[];
  /** Messages of rejected inputs, by field id (`attr-limit`, `token--as-accent`). */
  errors: Record<string, string>;
}

/** Values a new configurator starts with for an attribute (a symbol to show). */
const STARTING_VALUES: Record<string, string> = { symbol: 'AAPL' };

/** The state a configurator opens with: the first widget (the watchlist when there is one), in English. */
export function initialState(widgets: readonly WidgetDoc[]): ConfiguratorState {
  const first = widgets.find((w) => w.tag === 'as-watchlist') ?? widgets[0]!;
  return { tag: first.tag, attributes: {}, locale: 'en-US', scheme: '', tokens: {} };
}

/** The inputs of `widget`'s attributes (its starting values until the user changes them). */
export function attributeInputs(
  state: ConfiguratorState,
  widget: WidgetDoc,
): Record<string, string> {
  state.attributes[widget.tag] ??= Object.fromEntries(
    widget.attributes
      .filter((field) => field.name in STARTING_VALUES)
      .map((field) => [field.name, STARTING_VALUES[field.name]!]),
  );
  return state.attributes[widget.tag]!;
}

/** The value of one attribute input, or why it is rejected; `null` for unset. */
export function checkAttribute(
  field: AttributeField,
  input: string,
): { value: string | true } | { error: string } | null {
  if (field.kind === 'boolean') return input === 'true' ? { value: true } : null;
  if (input === '') return null;
  if (field.kind === 'number') {
    const text = input.trim();
    return /^-?\d+(\.\d+)?$/.test(text)
      ? { value: String(Number(text)) }
      : { error: `${field.name} takes a number (e.g. ${field.defaultValue || '10'}).` };
  }
  if (field.kind === 'enum' && !field.options.includes(input))
    return { error: `${field.name} takes one of: ${field.options.join(', ')}.` };
  return { value: input };
}

/** The checked configuration of `state` (the widget must be one of `widgets`). */
export function resolve(state: ConfiguratorState, widgets: readonly WidgetDoc[]): Configuration {
  const widget = widgets.find((w) => w.tag === state.tag) ?? widgets[0]!;
  const inputs = attributeInputs(state, widget);
  const errors: Record<string, string> = {};
  const attributes: SetAttribute[] = [];
  for (const field of widget.attributes) {
    const checked = checkAttribute(field, inputs[field.name] ?? '');
    if (checked && 'error' in checked) errors[`attr-${field.name}`] = checked.error;
    else if (checked) attributes.push({ field, value: checked.value });
  }
  const tokens: Configuration['tokens'] = [];
  for (const token of THEME_TOKENS) {
    const { value, error } = checkToken(token, state.tokens[token.property] ?? '');
    if (error) errors[`token${token.property}`] = error;
    else if (value) tokens.push({ property: token.property, value });
  }
  return { widget, attributes, locale: state.locale, scheme: state.scheme, tokens, errors };
}

/**
 * The configurator's view of the widgets' custom-elements manifest (`custom-elements.json`,
 * from `pnpm analyze`): each element with its attributes, read as form fields (boolean, number,
 * one of a few values, or text) with their defaults.
 */

/** The parts of a manifest attribute the configurator reads. */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
/** A custom-elements manifest (schema 2.x), as much of it as the configurator reads. */
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** How an attribute is edited: a checkbox, a number, one of `options`, or free text. */
export type AttributeKind = 'boolean' | 'number' | 'enum' | 'string';

/** One attribute of a widget, as a form field. */
export interface AttributeField {
  /** The attribute name (`link-group`). */
  name: string;
  /** The property name (`linkGroup`), for framework props. */
  property: string;
  kind: AttributeKind;
  /** The values an `enum` attribute takes. */
  options: string[];
  /** The element's default, as the attribute would spell it (`'open'` → `open`); '' when none. */
  defaultValue: string;
  description: string;
}

/** A widget the configurator offers. */
export interface WidgetDoc {
  tag: string;
  /** The element class (`AutoSharesWatchlist`). */
  className: string;
  summary: string;
  attributes: AttributeField[];
}

/** Attributes the configurator sets on the session for every widget instead. */
const SESSION_WIDE = new Set(['locale']);

const LITERAL = /^(['"])(.*)\1$/;

/** `'open'` → `open`; `undefined`, `null` and the empty string → ''. */
function unquote(value: string | undefined): string {
  if (value === undefined || value === 'undefined' || value === 'null') return '';
  return value.match(LITERAL)?.[2] ?? value;
}

/**
 * The values of an attribute that takes one of a few: from its type when that is a union of
 * string literals (`'open' | 'all'`), else from its description's list of code spans joined by
 * commas and a final "or" (`` `open`, `filled` or `all` ``, each may be followed by a remark in
 * parentheses). Empty when neither says.
 */
export function enumValues(attribute: ManifestAttribute): string[] {
  const members = (attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  if (members.length > 1 && members.every((part) => LITERAL.test(part)))
    return members.map((part) => unquote(part));
  const description = (attribute.description ?? '').replace(/\s+/g, ' ');
  const item = '`[^`]+`(?: \\([^)]*\\))?';
  const list = description.match(new RegExp(`${item}(?:, ${item})*,? or ${item}`));
  return list ? [...list[0].matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : [];
}

/** The form field of one manifest attribute. */
export function attributeField(attribute: ManifestAttribute): AttributeField {
  const type = attribute.type?.text ?? 'string';
  const options = enumValues(attribute);
  const kind: AttributeKind = /\bboolean\b/.test(type)
    ? 'boolean'
    : /\bnumber\b/.test(type)
      ? 'number'
      : options.length
        ? 'enum'
        : 'string';
  return {
    name: attribute.name,
    property: attribute.fieldName ?? attribute.name,
    kind,
    options: kind === 'enum' ? options : [],
    defaultValue: kind === 'boolean' ? '' : unquote(attribute.default),
    description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
  };
}

/** The widgets of a manifest (every element but the session and its provider declarations), by tag name. */
export function widgetsOf(manifest: Manifest): WidgetDoc[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName))
    .filter((d) => d.tagName !== 'as-session' && d.tagName !== 'as-provider')
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: d.summary ?? '',
      attributes: (d.attributes ?? []).filter((a) => !SESSION_WIDE.has(a.name)).map(attributeField),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Fetches and reads the manifest at `url`; throws with the URL and status when it is missing. */
export async function loadWidgets(url: string): Promise<WidgetDoc[]> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok)
    throw new Error(
      `The custom-elements manifest could not be loaded from ${url} (${response.status}); run \`pnpm analyze\`.`,
    );
  const widgets = widgetsOf((await response.json()) as Manifest);
  if (!widgets.length) throw new Error(`The manifest at ${url} lists no elements.`);
  return widgets;
}

/**
 * The snippets of a configuration, as a page would paste them: the CDN loader and markup (the
 * session fetches its token from the site's token endpoint), npm (imports, markup and a token
 * provider) and React (`@autoshares/react` components with props). Every value typed in the
 * configurator is escaped for where it goes (escape.ts).
 */
import { providerOf } from './provider.ts';
import { escapeAttribute, htmlAttribute, jsString, jsxProp } from './escape.ts';
import type { Configuration } from './state.ts';

export type SnippetKind = 'cdn' | 'npm' | 'react';

export const SNIPPET_KINDS: readonly { kind: SnippetKind; label: string }[] = [
  { kind: 'cdn', label: 'CDN' },
  { kind: 'npm', label: 'npm' },
  { kind: 'react', label: 'React' },
];

/** What the snippets take from the page rather than the form. */
export interface SnippetContext {
  /** The CDN loader's URL (`…/@autoshares/widgets@<version>/dist/cdn/autoshares.js`). */
  cdnUrl: string;
}

/** Placeholders a partner replaces: the API of its broker and its app key (as in the README). */
export const API_BASE_URL = 'https://api.example-broker.com/api';
export const APP_KEY = 'YOUR-APP-KEY';

/** `as-order-ticket` → `order-ticket`. */
const shortName = (tag: string) => tag.replace(/^as-/, '');
/** `order-ticket` → `OrderTicket` (the `@autoshares/react` export). */
const pascal = (kebab: string) =>
  kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** The session's attributes beyond its connection: locale, theme, tokens (as a `style`). */
function sessionSettings(config: Configuration): [string, string][] {
  const settings: [string, string][] = [];
  if (config.locale) settings.push(['locale', config.locale]);
  if (config.scheme) settings.push(['theme', config.scheme]);
  const style = config.tokens.map((t) => `${t.property}: ${t.value}`).join('; ');
  if (style) settings.push(['style', style]);
  return settings;
}

/** `<as-session …>` with the widget inside, the session's attributes one per line. */
function markup(config: Configuration, connection: [string, string][]): string {
  const session = [...connection, ...sessionSettings(config)]
    .map(([name, value]) => `\n ${htmlAttribute(name, value)}`)
    .join('');
  const { tag } = config.widget;
  const attributes = config.attributes.map((a) => htmlAttribute(a.field.name, a.value)).join('');
  const provider = providerOf(config);
  const declaration = provider
    ? `  <!-- ${provider.endpoint}: the ${provider.name} bridge of @autoshares/host on your site -->\n` +
      `  <as-provider${htmlAttribute('name', provider.name)}${htmlAttribute('endpoint', provider.endpoint)}></as-provider>\n`
    : '';
  return `<as-session${session}\n>\n${declaration}  <${tag}${attributes}></${tag}>\n</as-session>`;
}

const CONNECTION: [string, string][] = [
  ['base-url', API_BASE_URL],
  ['app-key', APP_KEY],
];

/** The CDN loader's script tag and the markup; the token comes from the site's endpoint. */
export function cdnSnippet(config: Configuration, context: SnippetContext): string {
  return [
    `<script type="module" src="${escapeAttribute(context.cdnUrl)}"></script>`,
    '',
    '<!-- token-endpoint: a route of your site answering { "access_token", "expires_in" } -->',
    markup(config, [...CONNECTION, ['token-endpoint', '/autoshares/token']]),
  ].join('\n');
}

/** The markup and a module script importing the session and the widget from npm. */
export function npmSnippet(config: Configuration): string {
  return [
    markup(config, CONNECTION),
    '',
    '<script type="module">',
    '  // npm install @autoshares/widgets (bundled by your build, e.g. Vite)',
    "  import '@autoshares/widgets/session.js';",
    ...(providerOf(config) ? ["  import '@autoshares/widgets/provider.js';"] : []),
    `  import '@autoshares/widgets/${shortName(config.widget.tag)}.js';`,
    '',
    '  // Your server answers { access_token, expires_in } for the signed-in user.',
    "  document.querySelector('as-session').tokenProvider = async () =>",
    "    (await fetch('/my/token')).json();",
    '</script>',
  ].join('\n');
}

/** A React value of an attribute: numbers as numbers, the rest as written. */
function propValue(set: Configuration['attributes'][number]): string | number | true {
  return set.field.kind === 'number' && typeof set.value === 'string'
    ? Number(set.value)
    : set.value;
}

/** A React component rendering `Session` with the widget's component inside. */
export function reactSnippet(config: Configuration): string {
  const widget = pascal(shortName(config.widget.tag));
  const sessionProps = [
    jsxProp('baseUrl', API_BASE_URL),
    jsxProp('appKey', APP_KEY),
    'tokenProvider={fetchToken}',
    ...(config.locale ? [jsxProp('locale', config.locale)] : []),
    ...(config.scheme ? [jsxProp('theme', config.scheme)] : []),
  ];
  if (config.tokens.length) {
    const entries = config.tokens.map((t) => `${jsString(t.property)}: ${jsString(t.value)}`);
    sessionProps.push(`style={{ ${entries.join(', ')} } as CSSProperties}`);
  }
  const widgetProps = config.attributes.map((a) => ` ${jsxProp(a.field.property, propValue(a))}`);
  const provider = providerOf(config);
  const components = ['Session', ...(provider ? ['Provider'] : []), widget];
  return [
    '// npm install @autoshares/react @autoshares/widgets react',
    ...(config.tokens.length ? ["import type { CSSProperties } from 'react';"] : []),
    `import { ${components.join(', ')} } from '@autoshares/react';`,
    '',
    '// Your server answers { access_token, expires_in } for the signed-in user.',
    "const fetchToken = async () => (await fetch('/my/token')).json();",
    '',
    'export function AutoSharesWidget() {',
    '  return (',
    '    <Session',
    ...sessionProps.map((prop) => `      ${prop}`),
    '    >',
    ...(provider
      ? [
          `      <Provider ${jsxProp('name', provider.name)} ${jsxProp('endpoint', provider.endpoint)} />`,
        ]
      : []),
    `      <${widget}${widgetProps.join('')} />`,
    '    </Session>',
    '  );',
    '}',
  ].join('\n');
}

/** The snippet of one kind. */
export function snippet(kind: SnippetKind, config: Configuration, context: SnippetContext): string {
  if (kind === 'cdn') return cdnSnippet(config, context);
  return kind === 'npm' ? npmSnippet(config) : reactSnippet(config);
}

/**
 * custom-elements.json for @autoshares/widgets, from the elements' JSDoc (`@summary @tag @attr
 * @event @csspart @cssprop @slot`) with the analyzer's LitElement support. `pnpm analyze`
 * (also part of `pnpm build`) writes `packages/widgets/dist/custom-elements.json`: generated,
 * never committed. Storybook's `storybook`/`build-storybook` scripts run `pnpm analyze` first.
 *
 * - Only the public API: private, protected, `#private` and `@state()` members are left out
 *   (they are the element's internal state), and so are static members.
 * - Events are the ones the class JSDoc declares with `@event`/`@fires` (each has a name, a type
 *   and a description); the analyzer's guesses from `dispatchEvent(new X(arg))` calls, unnamed or
 *   named after the argument, are dropped.
 * - Module paths are rewritten from `packages/widgets/src/**.ts` to the published `dist/**.js`.
 * - From the manifest, the framework types and editor data shipped in `dist/`: JSX
 *   (`custom-elements-jsx.d.ts`), Vue (`custom-elements-vue.d.ts`), Svelte
 *   (`custom-elements-svelte.d.ts`), JetBrains `web-types.json`, VS Code
 *   `vscode.html-custom-data.json` and `vscode.css-custom-data.json`.
 *
 * `AUTOSHARES_CEM_OUTDIR` writes everything into another folder (the tests analyze into a
 * temporary one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const outdir = process.env.AUTOSHARES_CEM_OUTDIR ?? 'packages/widgets/dist';
const SOURCE = /^packages\/widgets\/src\/(.*)\.ts$/;

/** `packages/widgets/src/a/b.ts` → `dist/a/b.js`; other paths unchanged. */
const toPublished = (path) =>
  typeof path === 'string' ? path.replace(SOURCE, 'dist/$1.js') : path;

/** Rewrites every module path and cross-module reference to the published files. */
function publishedPaths() {
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        value[key] = toPublished(child);
      } else visit(child);
    }
  };
  return {
    name: 'autoshares-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/** Names of the decorators on a class member (`state`, `property`, …). */
const decoratorsOf = (ts, member) =>
  (ts.canHaveDecorators?.(member) ? (ts.getDecorators(member) ?? []) : []).map((d) =>
    ts.isCallExpression(d.expression) ? d.expression.expression.getText() : d.expression.getText(),
  );

/** Event names declared in a class's JSDoc (`@event name` / `@fires name`, type optional). */
const declaredEvents = (ts, node) =>
  new Set(
    ts
      .getJSDocTags(node)
      .filter((tag) => ['event', 'fires'].includes(tag.tagName.text))
      .map((tag) => {
        const text =
          typeof tag.comment === 'string'
            ? tag.comment
            : (ts.getTextOfJSDocComment(tag.comment) ?? '');
        return text.replace(/^\s*\{[^}]*\}\s*/, '').match(/^[\w-]+/)?.[0];
      })
      .filter(Boolean),
  );

/** Keeps the public API only: see the header. Runs on each class after the analyzer's own plugins. */
function publicApiOnly() {
  return {
    name: 'autoshares-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      const internal = new Set(
        node.members
          .filter((member) => member.name && decoratorsOf(ts, member).includes('state'))
          .map((member) => member.name.getText()),
      );
      declaration.members = declaration.members?.filter(
        (member) =>
          !member.static &&
          !member.privacy?.match(/private|protected/) &&
          !member.name.startsWith('#') &&
          !internal.has(member.name),
      );
      if (declaration.events) {
        const declared = declaredEvents(ts, node);
        declaration.events = declaration.events.filter((event) => declared.has(event.name));
      }
    },
  };
}

/**
 * Repairs the framework types the generators write, for this kit:
 * - the kit's events are `Event` subclasses carrying their fields (`event.symbol`), not
 *   `CustomEvent` details, so `CustomEvent<SymbolSelectEvent>` becomes `SymbolSelectEvent`;
 * - an event type shared by several elements is imported once;
 * - Svelte: `svelteHTML` is a global namespace (the generated one was module-scoped, so it
 *   merged with nothing), and its props use no `JSX` namespace (Svelte has none); next to each
 *   Svelte 4 `on:as-…` handler, the Svelte 5 event attribute `onas-…`, and next to each
 *   property-only `bind:token`, the plain `token` (Svelte 5 sets it as a property);
 * - Vue: next to each kebab-case attribute (`watchlist-id`), its property (`watchlistId`):
 *   vue-tsc checks a template's `:watchlist-id` as `watchlistId`, so without it a wrong value
 *   for a hyphenated attribute passed unchecked; likewise next to each `onas-symbol-select`,
 *   `onAsSymbolSelect`, the prop vue-tsc checks `@as-symbol-select` against (typing `$event`);
 * - React: `custom-elements-react.d.ts` adds the elements to React's `JSX.IntrinsicElements`.
 */
function repairFrameworkTypes() {
  const rewrite = (file, change) => {
    const path = join(outdir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const common = (text) =>
    text.replace(/CustomEvent<(\w+)>/g, '$1').replace(
      /^import type \{([^}]*)\} from "\.\/index\.js";/m,
      (_, names) =>
        `import type {\n${[
          ...new Set(
            names
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean),
          ),
        ]
          .map((n) => `  ${n},`)
          .join('\n')}\n} from "./index.js";`,
    );
  return {
    name: 'autoshares-repair-framework-types',
    packageLinkPhase() {
      rewrite('custom-elements-jsx.d.ts', common);
      rewrite('custom-elements-vue.d.ts', (text) =>
        common(text)
          .replace(
            /^( *)"([a-z]+(?:-[a-z]+)+)"\?: (\w+)\["(\w+)"\];$/gm,
            '$1"$2"?: $3["$4"];\n$1$4?: $3["$4"];',
          )
          .replace(
            /^( *)"on(as-[a-z-]+)"\?: (.*)$/gm,
            (line, indent, event, type) =>
              `${line}\n${indent}on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}?: ${type}`,
          ),
      );
      rewrite('custom-elements-svelte.d.ts', (text) =>
        common(text)
          .replace('children?: JSX.Element;', 'children?: unknown;')
          .replace('style?: JSX.CSSProperties;', 'style?: string;')
          .replace(/^( *)"on:(as-[a-z-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3')
          .replace(/^( *)"bind:(\w+)"\?: (.*)$/gm, '$1"bind:$2"?: $3\n$1$2?: $3')
          .replace(
            /declare namespace svelteHTML \{([\s\S]*?)\n\}/,
            'declare global {\n  namespace svelteHTML {$1\n  }\n}',
          ),
      );
      writeFileSync(
        join(outdir, 'custom-elements-react.d.ts'),
        [
          "// The AutoShares elements in React's JSX (React 19 sets their properties and listens to",
          '// `onas-…` events): `import type {} from "@autoshares/widgets/react-jsx";` once in the app.',
          'import type { CustomElements } from "./custom-elements-jsx.js";',
          '',
          'declare module "react" {',
          '  namespace JSX {',
          '    interface IntrinsicElements extends CustomElements {}',
          '  }',
          '}',
          '',
        ].join('\n'),
      );
    },
  };
}

/**
 * web-types name the library they describe: the generator takes the name of the package.json
 * in the working directory (the workspace root's) and no version; this sets the widgets'.
 */
function webTypesPackage() {
  return {
    name: 'autoshares-web-types-package',
    packageLinkPhase() {
      const { name, version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
      const path = join(outdir, 'web-types.json');
      const webTypes = JSON.parse(readFileSync(path, 'utf8'));
      writeFileSync(path, `${JSON.stringify({ ...webTypes, name, version }, null, 2)}\n`);
    },
  };
}

/** The framework types import the element and event types from the package root. */
const types = { outdir, globalTypePath: './index.js', hideLogs: true };

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: [
    'packages/widgets/src/**/*.test.ts',
    'packages/widgets/src/**/*.browser-test.ts',
    'packages/widgets/src/**/*.test-support.ts',
    'packages/widgets/src/test/**',
    'packages/widgets/src/faults/**',
  ],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [
    publicApiOnly(),
    publishedPaths(),
    customElementJsxPlugin({ ...types, fileName: 'custom-elements-jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'custom-elements-vue.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'custom-elements-svelte.d.ts' }),
    repairFrameworkTypes(),
    customElementJetBrainsPlugin({
      outdir,
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
    webTypesPackage(),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
  ],
};

// The examples and the built artefacts in headless Chromium (`pnpm test:examples`, after
// `pnpm build`): the plain-HTML page on the built CDN loader (examples/html), the React
// example (examples/react) and the demo's configurator (demo/configurator, on the built
// custom-elements.json). Same browser, Node sandbox and worker middleware as the element
// tests (reused from web-test-runner.config.mjs); JSX through esbuild, and React (CommonJS on
// npm) served as ES modules that esbuild bundles on the fly.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import base from './web-test-runner.config.mjs';

if (!existsSync(new URL('./packages/widgets/dist/cdn/autoshares.js', import.meta.url))) {
  throw new Error('The examples test the built kit: run `pnpm build` first.');
}

const require = createRequire(import.meta.url);

/** React's CommonJS entry points, served as ES modules at `/__react/<file>.js`. */
const REACT_MODULES = {
  react: 'react.js',
  'react/jsx-runtime': 'jsx-runtime.js',
  'react/jsx-dev-runtime': 'jsx-dev-runtime.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
};

/** An ES module facade re-exporting every named export of a CommonJS module. */
function facade(specifier) {
  const names = Object.keys(require(specifier)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  return `import mod from ${JSON.stringify(specifier)};\nexport default mod;\nexport const { ${names.join(', ')} } = mod;\n`;
}

/** Bundles the React facades once, sharing one React between them (code splitting). */
async function bundleReact() {
  const result = await build({
    entryPoints: Object.keys(REACT_MODULES).map((specifier) => ({
      in: `facade:${specifier}`,
      out: REACT_MODULES[specifier].replace(/\.js$/, ''),
    })),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/__react',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'facades',
        setup(b) {
          b.onResolve({ filter: /^facade:/ }, (args) => ({
            path: args.path.slice(7),
            namespace: 'facade',
          }));
          b.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => ({
            contents: facade(args.path),
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

function reactAsEsm() {
  let files;
  return {
    name: 'react-as-esm',
    async serverStart() {
      files = await bundleReact();
    },
    resolveImport({ source }) {
      if (source in REACT_MODULES) return `/__react/${REACT_MODULES[source]}`;
    },
    serve(context) {
      const body = files?.get(context.path);
      if (body !== undefined) return { body, type: 'js' };
    },
  };
}

/**
 * `grant-clipboard`: `{ grant: true }` lets the test page write and read the clipboard, as a
 * user who allowed it; `{ grant: false }` takes that back.
 */
function clipboardPermissionPlugin() {
  return {
    name: 'grant-clipboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'grant-clipboard') return undefined;
      const page = session.browser.getPage(session.id);
      // No permission listed: every one is refused, as a headless Chromium does by default.
      await page
        .browserContext()
        .overridePermissions(
          new URL(page.url()).origin,
          payload?.grant ? ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'] : [],
        );
      return true;
    },
  };
}

export default {
  ...base,
  files: ['examples/**/*.test.ts', 'examples/**/*.test.tsx', 'demo/configurator/*.test.ts'],
  plugins: [
    reactAsEsm(),
    clipboardPermissionPlugin(),
    // The plugin hands this file to esbuild as written (its `extends` is not followed), so it
    // repeats the base's decorator settings, which the kit's elements need.
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: 'examples/react/tsconfig.json',
    }),
    ...base.plugins.filter((plugin) => plugin.name !== 'esbuild'),
  ],
};

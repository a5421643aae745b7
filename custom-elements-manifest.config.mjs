/**
 * custom-elements.json for @autoshares/widgets, from the elements' JSDoc (`@summary @tag @attr
 * @event @csspart @cssprop @slot`) with the analyzer's LitElement support. `pnpm analyze`
 * (also part of `pnpm build`) writes `packages/widgets/dist/custom-elements.json`: generated,
 * never committed. Storybook's `storybook`/`build-storybook` scripts run `pnpm analyze` first.
 * Module paths are rewritten from `packages/widgets/src/**.ts` to the published `dist/**.js`.
 */
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

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: [
    'packages/widgets/src/**/*.test.ts',
    'packages/widgets/src/**/*.browser-test.ts',
    'packages/widgets/src/test/**',
  ],
  outdir: 'packages/widgets/dist',
  litelement: true,
  packagejson: false,
  plugins: [publishedPaths()],
};

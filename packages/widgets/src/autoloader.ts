/**
 * The autoloader: defines `<as-session>` at once and imports every other `as-*` element the
 * first time its tag appears in the page, in the document or in any open shadow root it can
 * see (like Shoelace's and Web Awesome's autoloaders). It is the entry of the CDN build
 * (`dist/cdn/autoshares.js`, one chunk per element) and `@autoshares/widgets/autoloader.js` on npm.
 *
 * Importing this module starts it on `document` (once per page, whichever copy of the kit
 * runs first). Each tag's module is in `ELEMENT_LOADERS`, a list of plain `import()` calls
 * that every bundler (Vite, Rollup, webpack, esbuild) and the unbundled browser can follow; a
 * tag the kit does not have is left alone.
 */
import './session/define.ts';
import { pageSingleton } from './core/global-registry.ts';

/** Loads the module that defines a tag. */
export type ElementLoader = () => Promise<unknown>;

/**
 * The module that defines each lazily loaded tag: one chunk per element in bundles. A new
 * element adds its line here (`scripts/autoloader-registry.test.ts` fails until it does).
 */
export const ELEMENT_LOADERS: Readonly<Record<string, ElementLoader>> = {
  'as-account-summary': () => import('./elements/account-summary/define.ts'),
  'as-account-value': () => import('./elements/account-value/define.ts'),
  'as-activity': () => import('./elements/activity/define.ts'),
  'as-agreements': () => import('./elements/agreements/define.ts'),
  'as-chart': () => import('./elements/chart/define.ts'),
  'as-equity-awards': () => import('./elements/equity-awards/define.ts'),
  'as-news': () => import('./elements/news/define.ts'),
  'as-order-ticket': () => import('./elements/order-ticket/define.ts'),
  'as-option-chain': () => import('./elements/option-chain/define.ts'),
  'as-funding': () => import('./elements/funding/define.ts'),
  'as-orders': () => import('./elements/orders/define.ts'),
  'as-pnl-leaders': () => import('./elements/pnl-leaders/define.ts'),
  'as-portfolio-performance': () => import('./elements/portfolio-performance/define.ts'),
  'as-positions': () => import('./elements/positions/define.ts'),
  'as-price-alerts': () => import('./elements/price-alerts/define.ts'),
  'as-provider': () => import('./session/providers/define.ts'),
  'as-quote': () => import('./elements/quote/define.ts'),
  'as-symbol-search': () => import('./components/symbol-search/define.ts'),
  'as-top-traded': () => import('./elements/top-traded/define.ts'),
  'as-watchlist': () => import('./elements/watchlist/define.ts'),
};

const PREFIX = 'as-';

/**
 * In the CDN build (vite.cdn.config.ts) this string becomes the JSON of each tag's chunk
 * imports, relative to the loader; elsewhere it stays as is and nothing is preloaded.
 */
const CHUNK_IMPORTS = 'autoshares:chunk-imports';

/** Chunk URLs this loader has asked for with `<link rel=modulepreload>`. */
const preloaded = new Set<string>();

/** Tag → the chunks its module imports (CDN build only). */
const chunkImports = ((): Record<string, string[] | undefined> => {
  try {
    return JSON.parse(CHUNK_IMPORTS) as Record<string, string[] | undefined>;
  } catch {
    return {};
  }
})();

/**
 * Asks the browser for every chunk `tag`'s module imports, together with the module itself
 * (`<link rel=modulepreload>`): one round trip instead of one per import level.
 */
function preloadChunksOf(tag: string): void {
  const files = Object.hasOwn(chunkImports, tag) ? chunkImports[tag] : undefined;
  for (const file of files ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
    );
  }
}

/** The loader for a tag, or undefined when the kit has no such lazily loaded element. */
export function loaderFor(tag: string): ElementLoader | undefined {
  return Object.hasOwn(ELEMENT_LOADERS, tag.toLowerCase())
    ? ELEMENT_LOADERS[tag.toLowerCase()]
    : undefined;
}

/** What one page's autoloader has done (shared by every copy of the kit on the page). */
interface AutoloaderState {
  /** Tag → the import of its module (started once, settled or not). */
  loads: Map<string, Promise<boolean>>;
  /** Roots already observed (the document and open shadow roots). */
  observed: WeakSet<Node>;
  observer: MutationObserver | undefined;
}

const state = pageSingleton<AutoloaderState>('autoshares.autoloader', () => ({
  loads: new Map(),
  observed: new WeakSet(),
  observer: undefined,
}));

/**
 * Imports the module defining `tag` (once per page). Resolves true when the tag is defined
 * afterwards, false when the kit has no such element or its module failed to load.
 */
export function loadElement(tag: string): Promise<boolean> {
  const name = tag.toLowerCase();
  if (customElements.get(name)) return Promise.resolve(true);
  let load = state.loads.get(name);
  if (!load) {
    const loader = loaderFor(name);
    if (loader) preloadChunksOf(name);
    load = loader
      ? loader().then(
          () => customElements.get(name) !== undefined,
          (error: unknown) => {
            console.warn(`[autoshares] no element <${name}> could be loaded:`, error);
            return false;
          },
        )
      : Promise.resolve(false);
    state.loads.set(name, load);
  }
  return load;
}

/** The tags whose load the autoloader has started so far. */
export function requestedTags(): string[] {
  return [...state.loads.keys()];
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** `root` itself (when an element) and every element below it. */
function elementsIn(root: ParentNode | Element): Element[] {
  const found = [...root.querySelectorAll('*')];
  return isElement(root as Node) ? [root as Element, ...found] : found;
}

/**
 * Loads every undefined `as-*` element in `root` and below, and starts watching the open
 * shadow roots found there (now, or once a loaded element has rendered its own).
 * Resolves when the loads it started have settled.
 */
export async function discover(root: ParentNode | Element): Promise<void> {
  const loads: Promise<unknown>[] = [];
  for (const element of elementsIn(root)) {
    const tag = element.localName;
    if (tag.startsWith(PREFIX) && !customElements.get(tag) && loaderFor(tag)) {
      loads.push(
        loadElement(tag).then((defined) => (defined ? watchShadowOf(element, tag) : undefined)),
      );
    }
    if (element.shadowRoot) observe(element.shadowRoot);
  }
  await Promise.all(loads);
}

/** After `element` upgrades and renders, its open shadow root is watched too. */
async function watchShadowOf(element: Element, tag: string): Promise<void> {
  await customElements.whenDefined(tag);
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (element.shadowRoot) observe(element.shadowRoot);
}

function onMutations(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) if (isElement(node)) void discover(node);
  }
}

/**
 * Watches `root` (a document or an open shadow root) for added elements and loads what it
 * finds there now. Each root is observed once per page.
 */
export function observe(root: Document | ShadowRoot): void {
  if (state.observed.has(root)) return;
  state.observed.add(root);
  state.observer ??= new MutationObserver(onMutations);
  state.observer.observe(root, { childList: true, subtree: true });
  void discover(root);
}

/** Starts the autoloader on `document` (idempotent). Called when this module is imported. */
export function startAutoloader(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  observe(document);
}

startAutoloader();

/**
 * Reads the CDN build's chunk graph (`packages/widgets/dist/cdn/.vite/manifest.json`, written by
 * packages/widgets/vite.cdn.config.ts). Used by `.size-limit.mjs` and scripts/build-cdn.test.ts.
 * Plain .mjs so size-limit can import it without a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = fileURLToPath(new URL('../packages/widgets/dist/cdn/', import.meta.url));

/** @typedef {{ file: string, name?: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }} Chunk */

/** The manifest of a CDN build in `dir`: manifest key → chunk. */
export function readCdnManifest(dir = CDN_DIR) {
  return /** @type {Record<string, Chunk>} */ (
    JSON.parse(readFileSync(`${dir}.vite/manifest.json`, 'utf8'))
  );
}

/** The key of the loader entry (`src/autoloader.ts`). */
export function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('CDN manifest has no entry chunk');
  return key;
}

/** Keys of `key` and every chunk it imports statically (what loads before it runs). */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/** Keys of `key` and every chunk it can load, statically or through `import()`. */
export function reachable(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  const chunk = manifest[key];
  for (const dep of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) {
    reachable(manifest, dep, seen);
  }
  return seen;
}

/** Element name (`watchlist`) → manifest key of the chunk its tag loads. */
export function elementChunks(manifest) {
  const out = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = (chunk.src ?? key).match(/(?:elements|components)\/([^/]+)\/define\.ts$/);
    if (match && chunk.isDynamicEntry) out[match[1]] = key;
  }
  return out;
}

/** Files (relative to the CDN dir) of a set of manifest keys. */
export function filesOf(manifest, keys) {
  return [...keys].map((key) => manifest[key].file);
}

/** Whether a chunk holds lightweight-charts (its own chunk, named after it). */
export function isChartLibrary(chunk) {
  return /lightweight-charts/.test(chunk.file) || /lightweight-charts/.test(chunk.name ?? '');
}

/**
 * Sequential module round trips until `keys` and everything they import statically have
 * arrived: `keys` are asked for at once (round trip 1), each import found in a file that
 * arrived in round trip n is asked for in n + 1. Chunks in `known` are loaded already.
 */
export function importLevels(manifest, keys, known = new Set()) {
  const level = new Map();
  let wave = [...keys].filter((key) => !known.has(key));
  for (const key of wave) level.set(key, 1);
  let depth = wave.length ? 1 : 0;
  while (wave.length) {
    const next = [];
    for (const key of wave) {
      for (const dep of manifest[key]?.imports ?? []) {
        if (known.has(dep) || level.has(dep)) continue;
        level.set(dep, depth + 1);
        next.push(dep);
      }
    }
    if (next.length) depth++;
    wave = next;
  }
  return depth;
}

/**
 * The chunk imports the loader preloads per tag (written into autoshares.js by
 * vite.cdn.config.ts): tag → files relative to the CDN dir; empty when the loader has none.
 */
export function loaderChunkImports(manifest, dir = CDN_DIR) {
  const code = readFileSync(`${dir}${manifest[entryKey(manifest)].file}`, 'utf8');
  const found = code.match(/"(\{\\"as-[^"]*(?:\\"[^"]*)*\})"/);
  return found ? JSON.parse(JSON.parse(`"${found[1]}"`)) : {};
}

/**
 * Sequential module round trips of a cold page with the loader and one element (`name`, e.g.
 * `quote`): the loader's own, then the element's chunk asked for together with the chunks the
 * loader preloads for its tag, then whatever those import that was neither loaded nor preloaded.
 */
export function coldPageRoundTrips(manifest, name, preloads = {}) {
  const entry = entryKey(manifest);
  const loader = staticClosure(manifest, entry);
  const element = elementChunks(manifest)[name];
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const preloaded = (preloads[`as-${name}`] ?? []).map((file) => byFile.get(file)).filter(Boolean);
  return (
    importLevels(manifest, [entry]) +
    (element ? importLevels(manifest, [element, ...preloaded], loader) : 0)
  );
}

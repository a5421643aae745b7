/** Types for build-cdn-graph.mjs (the CDN build's chunk graph). */
export interface CdnChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type CdnManifest = Record<string, CdnChunk>;
export const CDN_DIR: string;
export function readCdnManifest(dir?: string): CdnManifest;
export function entryKey(manifest: CdnManifest): string;
export function staticClosure(manifest: CdnManifest, key: string, seen?: Set<string>): Set<string>;
export function reachable(manifest: CdnManifest, key: string, seen?: Set<string>): Set<string>;
export function elementChunks(manifest: CdnManifest): Record<string, string>;
export function filesOf(manifest: CdnManifest, keys: Iterable<string>): string[];
export function isChartLibrary(chunk: CdnChunk): boolean;
export function importLevels(
  manifest: CdnManifest,
  keys: Iterable<string>,
  known?: Set<string>,
): number;
export function loaderChunkImports(
  manifest: CdnManifest,
  dir?: string,
): Record<string, string[] | undefined>;
export function coldPageRoundTrips(
  manifest: CdnManifest,
  name: string,
  preloads?: Record<string, string[] | undefined>,
): number;

export * from './filter/filter.ts';
export type { components, paths, operations } from './generated/autoshares-api.ts';

/**
 * `@autoshares/client/contract`: the wire constants the client and the sandbox both know, in
 * one place. The spec's string enums are generated (`generated-enums.ts`, from
 * `pnpm generate:api-types`); what the spec lacks (status filter codes, alert operators and fields,
 * streamer names, error bodies, the camelCase balance) is hand-written here, citing api-reference.
 */
export * from './generated-enums.ts';
export * from './order-status.ts';
export * from './price-alert.ts';
export * from './streamer.ts';
export * from './error-bodies.ts';
export type { AccountBalance } from './balance.ts';
export * from './chart-history.ts';

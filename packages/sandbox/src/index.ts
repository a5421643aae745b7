/**
 * `@autoshares/sandbox`: a seeded, deterministic simulated AutoShares backend. Transport-free:
 * no Node imports here (Node server: `@autoshares/sandbox/node`; browser: `./browser`).
 */
export {
  createSandbox,
  SANDBOX_CREDENTIALS,
  type Sandbox,
  type SandboxOptions,
} from './sandbox.ts';
export {
  World,
  DEFAULT_SEED,
  DEFAULT_TOKEN_LIFETIME_MS,
  type WorldOptions,
} from './world/world.ts';
export { APP_KEY, DEMO_USER, DEMO_2FA_USER, VERIFICATION_CODE } from './world/users.ts';
export { MarketDriver, DEFAULT_TICK_RATE, MAX_TICK_RATE } from './driver.ts';
export { createApp, CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, type AppOptions } from './http/app.ts';
export type { SandboxDeps, RouteRegistrar } from './http/deps.ts';
export { parseFaultHeader, type FaultRequest, type FaultScope } from './http/faults.ts';
export { ORDER_STATUS_CODES } from '@autoshares/client/contract';
export * from './contract.ts';
export * as shareworks from './providers/shareworks/index.ts';

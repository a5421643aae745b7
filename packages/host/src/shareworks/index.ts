/** The Shareworks bridge (see the README, "Shareworks"). */
export {
  createShareworksBridge,
  type BridgeGrant,
  type BridgeGrantsResponse,
  type BridgeVestingResponse,
  type ShareworksBridge,
} from './bridge.ts';
export type { ShareworksBridgeOptions, StakeholderRef } from './options.ts';
export { ShareworksApiError } from './errors.ts';
export { vestingTranches, type Tranche } from './vesting.ts';

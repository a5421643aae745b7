/** The Sharesight bridge of `@autoshares/host`. See the README, "Sharesight". */
export { createSharesightBridge, type SharesightBridge } from './bridge.ts';
export {
  memoryGrantStore,
  type SharesightBridgeOptions,
  type SharesightGrant,
  type SharesightGrantStore,
  type SharesightUserDetails,
} from './options.ts';
export { oauth1Authorization, type OAuth1Credentials } from './oauth1-signer.ts';

/** The funding resources as the spec shapes them, and what the funding book needs from the world. */
import type { Schemas } from '../../contract.ts';
import type { Random } from '../random.ts';
import type { AccountState } from '../broker/types.ts';

export type AchRelationshipResource = Schemas['AchRelationshipResource'];
export type CreateAchRelationshipResource = Schemas['CreateAchRelationshipResource'];
export type ApproveAchRelationshipResource = Schemas['ApproveAchRelationshipResource'];
export type TransferResource = Schemas['TransferResource'];
export type FeeResource = Schemas['FeeResource'];
export type AchTransferEditableResource = Schemas['AchTransferEditableResource'];
export type WireTransferEditableResource = Schemas['WireTransferEditableResource'];
export type CheckRequestEditableResource = Schemas['CheckRequestEditableResource'];
export type AllowedIraConstraintsResource = Schemas['AllowedIraConstraintsResource'];
export type IraContributionResource = Schemas['IraContributionResource'];
export type IraDistributionResource = Schemas['IraDistributionResource'];

/** How the funding book reaches the rest of the world. */
export interface FundingHost {
  now(): number;
  /** Seeded draws (ids, micro-deposit amounts). */
  random: Random;
  nextTransactionId(): number;
  /** Tells balance listeners (the `AccountBalance` stream) that the account's cash moved. */
  announceBalance(account: AccountState): void;
  /** The login of the account's owner (`CreatedBy`). */
  ownerLogin(account: AccountState): string;
}

/** A version-4 UUID drawn from the seeded generator. */
export function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

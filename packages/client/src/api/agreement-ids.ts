/**
 * The agreements' names and ids, apart from the endpoint group (`agreements.ts`), which loads on
 * its first call: what the root entry exports of them costs a page no endpoint code.
 */
import type { components } from '../generated/autoshares-api.ts';

/** An unsigned agreement: its `Type` and whether the user may go on without it (`CanSkip`). */
export type AgreementItemResource = components['schemas']['AgreementItemResource'];
/** `Platform`, `Quotemedia` or `Quodd`. */
export type AgreementType = NonNullable<AgreementItemResource['Type']>;

/**
 * The `agreementId` of each agreement `Type` for `…/agreements/{agreementId}/sign`. The spec's
 * `AgreementItemResource` carries no id, so the id is the position of `Type` in the spec's enum
 * (`Platform` 0, `Quotemedia` 1, `Quodd` 2), as the sandbox documents.
 */
export const AGREEMENT_IDS: Readonly<Record<AgreementType, number>> = {
  Platform: 0,
  Quotemedia: 1,
  Quodd: 2,
};

/** The market-data agreements: until one is signed, quotes are delayed. */
export const MARKET_DATA_AGREEMENTS: readonly AgreementType[] = ['Quotemedia', 'Quodd'];

/**
 * Agreements (spec tag Agreements): the user's unsigned agreements and signing one. Until a
 * market-data agreement (`Quotemedia`, `Quodd`) is signed, quotes are delayed (the quote
 * streamer's `Type` is `Delayed`).
 */
import { path, type HttpTransport } from '../http/transport.ts';
import type { components } from '../generated/autoshares-api.ts';
import { listOf, type UserCallOptions } from './shared.ts';

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

export function createAgreementsApi(http: HttpTransport) {
  return {
    /** `GET /v1.0/users/{userId}/agreements`: the agreements still waiting for a signature. */
    async unsigned({ userId = '@me', ...call }: UserCallOptions = {}): Promise<
      AgreementItemResource[]
    > {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: path`v1.0/users/${userId}/agreements`,
          category: 'queries',
        }),
      );
    },
    /**
     * `POST /v1.0/users/{userId}/agreements/{agreementId}/sign`: signs one agreement, by its
     * `Type` (see {@link AGREEMENT_IDS}). Never retried. Only on the user's explicit consent.
     */
    async sign(type: AgreementType, { userId = '@me', ...call }: UserCallOptions = {}) {
      const agreementId = AGREEMENT_IDS[type];
      if (agreementId === undefined) throw new TypeError(`Unknown agreement type: ${type}`);
      await http.request<unknown>({
        ...call,
        method: 'POST',
        path: path`v1.0/users/${userId}/agreements/${agreementId}/sign`,
        category: 'queries',
      });
    },
  };
}
export type AgreementsApi = ReturnType<typeof createAgreementsApi>;

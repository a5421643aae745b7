/**
 * Agreements (spec tag Agreements): the user's unsigned agreements and signing one. Until a
 * market-data agreement (`Quotemedia`, `Quodd`) is signed, quotes are delayed (the quote
 * streamer's `Type` is `Delayed`).
 */
import { path } from '../http/path.ts';
import type { HttpTransport } from '../http/transport.ts';
import { listOf, type UserCallOptions } from './shared.ts';
import { AGREEMENT_IDS, type AgreementItemResource, type AgreementType } from './agreement-ids.ts';

export {
  AGREEMENT_IDS,
  MARKET_DATA_AGREEMENTS,
  type AgreementItemResource,
  type AgreementType,
} from './agreement-ids.ts';

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

/**
 * Account funding: linked bank accounts (ACH relationships), money transfers and their fees
 * (`/v1.0/accounts/{id}/ach-relationships…`, `/v1.0/accounts/{id}/transfers…`). Transfers carry
 * no client-supplied id in the spec: {@link FundingApi.findTransfer} is how a transfer whose
 * answer was lost is found (the newest transfers, matched by mechanism, direction and amount).
 */
import { path } from '../http/path.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { Normalized, Page, Schemas } from '../types.ts';
import { listOf, objectOf, pageOf } from './shared.ts';

/** A linked bank account. `AccountNumber` is the full number: show only `DisplayAccountNumber`. */
export type AchRelationshipResource = Normalized<Schemas['AchRelationshipResource']>;
/** A money transfer (ACH, wire or check). `TransferDate` is the expected, then actual settlement. */
export type TransferResource = Normalized<Schemas['TransferResource']>;
/** One fee of a transfer. */
export type FeeResource = Normalized<Schemas['FeeResource']>;
/** What an IRA allows for a mechanism and direction. */
export type AllowedIraConstraintsResource = Normalized<Schemas['AllowedIraConstraintsResource']>;
/** The body that links a bank account. */
export type CreateAchRelationshipResource = Schemas['CreateAchRelationshipResource'];
/** The two micro-deposit amounts (dollars) that approve a link. */
export type ApproveAchRelationshipResource = Schemas['ApproveAchRelationshipResource'];
/** The body of an ACH deposit (`IsIncoming: true`) or withdrawal. */
export type AchTransferEditableResource = Schemas['AchTransferEditableResource'];

/** The body of a wire withdrawal (bank, beneficiary, amount; `IsDomesticWire` default true). */
export type WireTransferEditableResource = Schemas['WireTransferEditableResource'];
/** The body of a check request (a withdrawal mailed as a check; `DeliveryMethod` `Standard` or `Overnight`). */
export type CheckRequestEditableResource = Schemas['CheckRequestEditableResource'];

/** The ways money moves (`TransferResource.Mechanism`). */
export type TransferMechanism = 'ACH' | 'Wire' | 'Check';

export interface AchRelationshipListOptions extends CallOptions {
  pageNumber?: number;
  pageSize?: number;
  /** Default `CreatedAt`. */
  sortBy?: string;
  /** Default true (newest first). */
  isDesc?: boolean;
  /** Only this status (`Pending`, `PendingApproval`, `Approved`, `Canceled`, …). */
  status?: string;
}

export interface TransferListOptions extends CallOptions {
  pageNumber?: number;
  pageSize?: number;
  /** Default `CreatedAt`. */
  sortBy?: string;
  /** Default true (newest first). */
  isDesc?: boolean;
}

/** What identifies a transfer sent without an answer (the spec has no client id for transfers). */
export interface TransferMatch {
  mechanism: TransferMechanism;
  isDeposit: boolean;
  amount: number;
  /** Epoch ms just before it was sent: only transfers created since then (less a minute of clock skew) match. */
  sentAt: number;
  /** Transfers known to exist before it was sent: never a match. */
  excludeIds?: Iterable<string>;
}

/** Call options of a transfer request (as for an order placement: never retried). */
export type TransferSendOptions = CallOptions & { onSent?: () => void };

/** Server clock vs ours: how far the server's `CreatedAt` may lag our `sentAt` and still match. */
const CLOCK_SLACK_MS = 60_000;

export function createFundingApi(http: HttpTransport) {
  const links = (accountId: number) => path`v1.0/accounts/${accountId}/ach-relationships`;
  const transfers = (accountId: number) => path`v1.0/accounts/${accountId}/transfers`;
  /** `POST …/transfers/<mechanism>`: moves money, so sent once and never retried by the client. */
  const sendTransfer = async (
    accountId: number,
    mechanism: 'ach' | 'wire' | 'check',
    transfer:
      AchTransferEditableResource | WireTransferEditableResource | CheckRequestEditableResource,
    call: TransferSendOptions,
  ): Promise<TransferResource> =>
    objectOf(
      await http.request({
        ...call,
        method: 'POST',
        path: `${transfers(accountId)}/${mechanism}`,
        json: { ExecTimeType: 'Regular', ...transfer },
        category: 'orders',
        safe: false,
      }),
    );
  const api = {
    /** `GET …/ach-relationships` (paged; every parameter but `status` is required by the server). */
    async listLinks(
      accountId: number,
      options: AchRelationshipListOptions = {},
    ): Promise<Page<AchRelationshipResource>> {
      const {
        pageNumber = 0,
        pageSize = 100,
        sortBy = 'CreatedAt',
        isDesc = true,
        status,
        ...call
      } = options;
      const body = await http.request({
        ...call,
        method: 'GET',
        path: links(accountId),
        query: { pageSize, pageNumber, sortBy, isDesc, status },
        category: 'queries',
      });
      return pageOf<AchRelationshipResource>(body, pageNumber, pageSize);
    },
    /** `POST …/ach-relationships`: links a bank account (micro-deposits follow). 422 per field. */
    async createLink(
      accountId: number,
      input: CreateAchRelationshipResource,
      call: CallOptions = {},
    ): Promise<AchRelationshipResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'POST',
          path: links(accountId),
          json: { ApprovalMethod: 'MicroDeposit', BankAccountType: 'Checking', ...input },
          category: 'queries',
        }),
      );
    },
    /** `POST …/ach-relationships/{id}/approve` with the two micro-deposit amounts. */
    async approveLink(
      accountId: number,
      linkId: string,
      amounts: ApproveAchRelationshipResource,
      call: CallOptions = {},
    ): Promise<AchRelationshipResource | undefined> {
      const body = await http.request({
        ...call,
        method: 'POST',
        path: links(accountId) + path`/${linkId}/approve`,
        json: amounts,
        category: 'queries',
      });
      return body == null ? undefined : objectOf<AchRelationshipResource>(body);
    },
    /** `POST …/ach-relationships/{id}/default`: makes the link the account's default. */
    async setDefaultLink(accountId: number, linkId: string, call: CallOptions = {}): Promise<void> {
      await http.request({
        ...call,
        method: 'POST',
        path: links(accountId) + path`/${linkId}/default`,
        category: 'queries',
      });
    },
    /** `PUT …/ach-relationships/{id}` `{Name}`. */
    async renameLink(
      accountId: number,
      linkId: string,
      name: string,
      call: CallOptions = {},
    ): Promise<void> {
      await http.request({
        ...call,
        method: 'PUT',
        path: links(accountId) + path`/${linkId}`,
        json: { Name: name },
        category: 'queries',
        safe: false,
      });
    },
    /** `DELETE …/ach-relationships/{id}?reason=`: unlinks (the link is kept as `Canceled`). */
    async deleteLink(
      accountId: number,
      linkId: string,
      reason: string,
      call: CallOptions = {},
    ): Promise<void> {
      await http.request({
        ...call,
        method: 'DELETE',
        path: links(accountId) + path`/${linkId}`,
        query: { reason },
        category: 'queries',
      });
    },
    /** `GET …/transfers` (paged, newest first by default). */
    async listTransfers(
      accountId: number,
      options: TransferListOptions = {},
    ): Promise<Page<TransferResource>> {
      const {
        pageNumber = 0,
        pageSize = 100,
        sortBy = 'CreatedAt',
        isDesc = true,
        ...call
      } = options;
      const body = await http.request({
        ...call,
        method: 'GET',
        path: transfers(accountId),
        query: { pageSize, pageNumber, sortBy, isDesc },
        category: 'queries',
      });
      return pageOf<TransferResource>(body, pageNumber, pageSize);
    },
    /**
     * `POST …/transfers/ach`: a deposit (`IsIncoming: true`) or withdrawal. Moves money: sent
     * once, never retried by the client (place it through a placement that looks it up with
     * {@link findTransfer} when the answer is lost).
     */
    async sendAch(
      accountId: number,
      transfer: AchTransferEditableResource,
      call: TransferSendOptions = {},
    ): Promise<TransferResource> {
      return sendTransfer(accountId, 'ach', transfer, call);
    },
    /**
     * `POST …/transfers/wire`: a wire withdrawal (fees apply). Moves money: sent once, never
     * retried (as {@link sendAch}).
     */
    async sendWire(
      accountId: number,
      transfer: WireTransferEditableResource,
      call: TransferSendOptions = {},
    ): Promise<TransferResource> {
      return sendTransfer(accountId, 'wire', transfer, call);
    },
    /**
     * `POST …/transfers/check`: a check request (fees apply). Moves money: sent once, never
     * retried (as {@link sendAch}).
     */
    async sendCheck(
      accountId: number,
      transfer: CheckRequestEditableResource,
      call: TransferSendOptions = {},
    ): Promise<TransferResource> {
      return sendTransfer(accountId, 'check', transfer, call);
    },
    /**
     * The newest transfer of `match.mechanism`, direction and amount created since
     * `match.sentAt` (less a minute of clock skew) and not in `match.excludeIds`, from the first
     * page (newest first), or undefined.
     */
    async findTransfer(
      accountId: number,
      match: TransferMatch,
      call: CallOptions = {},
    ): Promise<TransferResource | undefined> {
      const page = await api.listTransfers(accountId, { ...call, pageSize: 50 });
      const since = match.sentAt - CLOCK_SLACK_MS;
      const excluded = new Set(match.excludeIds ?? []);
      return page.items.find(
        (t) =>
          !excluded.has(t.Id ?? '') &&
          t.Mechanism === match.mechanism &&
          t.IsDeposit === match.isDeposit &&
          Math.round((t.Amount ?? NaN) * 100) === Math.round(match.amount * 100) &&
          (t.CreatedAt ?? 0) >= since,
      );
    },
    /** `DELETE …/transfers/{id}?comment=`: cancels a pending transfer (409 once it is not). */
    async cancelTransfer(
      accountId: number,
      transferId: string,
      comment = 'Canceled by the customer',
      call: CallOptions = {},
    ): Promise<void> {
      await http.request({
        ...call,
        method: 'DELETE',
        path: transfers(accountId) + path`/${transferId}`,
        query: { comment },
        category: 'queries',
      });
    },
    /** `GET …/transfers/{id}/fees` (`[]` for ACH). */
    async fees(
      accountId: number,
      transferId: string,
      call: CallOptions = {},
    ): Promise<FeeResource[]> {
      return listOf<FeeResource>(
        await http.request({
          ...call,
          method: 'GET',
          path: transfers(accountId) + path`/${transferId}/fees`,
          category: 'queries',
        }),
      );
    },
    /** `GET …/transfers/ira_constraints/{mechanism}/{isDeposit}`. */
    async iraConstraints(
      accountId: number,
      mechanism: TransferMechanism,
      isDeposit: boolean,
      call: CallOptions = {},
    ): Promise<AllowedIraConstraintsResource> {
      return objectOf(
        await http.request({
          ...call,
          method: 'GET',
          path: transfers(accountId) + path`/ira_constraints/${mechanism}/${String(isDeposit)}`,
          category: 'queries',
        }),
      );
    },
  };
  return api;
}
export type FundingApi = ReturnType<typeof createFundingApi>;

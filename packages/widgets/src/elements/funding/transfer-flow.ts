import type {
  AchTransferEditableResource,
  AutoSharesClient,
  FeeResource,
  TransferResource,
} from '@autoshares/client';
import { PlacementController } from '../../orders/placement/placement-controller.ts';
import type { PlacementTiming } from '../../orders/placement/placement-state.ts';
import type { Link } from './bank-link.ts';
import {
  checkBody,
  wireBody,
  type CheckDraft,
  type Mechanism,
  type WireDraft,
} from './payout-methods.ts';
import { transferPlacement, type TransferRequest } from './transfer-placement.ts';

export type Direction = 'deposit' | 'withdraw';

/** A transfer checked and ready to send (the review step). */
export interface TransferDraft {
  direction: Direction;
  mechanism: Mechanism;
  /** The linked bank account (ACH). */
  link?: Link;
  /** The receiving bank (a wire). */
  wire?: WireDraft;
  /** How the check is sent (a check). */
  check?: CheckDraft;
  amount: number;
  /** The retirement-account answers of the body (empty for other accounts). */
  ira: Partial<AchTransferEditableResource>;
  /** When the review was opened: the settlement estimate is for a request made now. */
  at: number;
}

export interface TransferFlowHost {
  client(): AutoSharesClient | undefined;
  accountId(): number | null;
  /** The transfers known now (never taken for this one if its answer is lost). */
  knownTransfers(): readonly TransferResource[];
  timing(): PlacementTiming;
  /** Every change of state (the element re-renders). */
  onChange(): void;
  /** The transfer of this action is known to exist (once per action). */
  onConfirmed(transfer: TransferResource): void;
}

/**
 * A transfer's review and placement: the reviewed draft, sent at most once through the shared
 * `PlacementController` (a lost answer is looked up among the account's transfers before any
 * second attempt), then its fees.
 */
export class TransferFlow {
  /** The transfer under review / sent. */
  draft: TransferDraft | undefined;
  /** The sent transfer's fees, once known. */
  fees: FeeResource[] | undefined;
  readonly placement: PlacementController<TransferResource>;
  /** Transfers this element placed (never taken for a later one whose answer was lost). */
  readonly #placedIds = new Set<string>();

  constructor(private readonly host: TransferFlowHost) {
    this.placement = new PlacementController<TransferResource>(() => host.timing(), {
      onChange: () => host.onChange(),
      onConfirmed: (transfer) => this.#confirmed(transfer),
    });
  }

  /** True from Send until the outcome is known. */
  get busy(): boolean {
    return this.placement.busy;
  }

  /** Show `draft` for review (a new action). */
  open(draft: TransferDraft): void {
    this.draft = draft;
    this.fees = undefined;
    this.placement.reset();
  }

  /** Send the reviewed transfer; false when there is nothing to send or one is on its way. */
  send(): boolean {
    const draft = this.draft;
    const client = this.host.client();
    const accountId = this.host.accountId();
    if (!draft || !client || accountId == null || this.placement.busy) return false;
    const known = [
      ...this.#placedIds,
      ...this.host.knownTransfers().flatMap((t) => (t.Id ? [t.Id] : [])),
    ];
    void this.placement.place(transferPlacement(client, accountId, requestOf(draft), known));
    return true;
  }

  /** Forget the action (Done, Back, sign-out). */
  close(): void {
    this.draft = undefined;
    this.fees = undefined;
  }

  /** Forget everything, also what was placed (another client). */
  reset(): void {
    this.placement.reset();
    this.#placedIds.clear();
    this.close();
  }

  #confirmed(transfer: TransferResource): void {
    if (transfer.Id) this.#placedIds.add(transfer.Id);
    this.host.onConfirmed(transfer);
    const client = this.host.client();
    const accountId = this.host.accountId();
    if (!client || accountId == null || !transfer.Id) return;
    client.api.funding.fees(accountId, transfer.Id).then(
      (fees) => {
        this.fees = fees;
        this.host.onChange();
      },
      () => {
        this.fees = undefined;
        this.host.onChange();
      },
    );
  }
}

/** The request a reviewed draft sends. */
function requestOf(draft: TransferDraft): TransferRequest {
  const Amount = draft.amount;
  if (draft.mechanism === 'Wire' && draft.wire)
    return { mechanism: 'Wire', body: { ...draft.ira, ...wireBody(draft.wire), Amount } };
  if (draft.mechanism === 'Check' && draft.check)
    return { mechanism: 'Check', body: { ...draft.ira, ...checkBody(draft.check), Amount } };
  return {
    mechanism: 'ACH',
    body: {
      ...draft.ira,
      AchRelationshipId: draft.link?.Id,
      IsIncoming: draft.direction === 'deposit',
      Amount,
    },
  };
}

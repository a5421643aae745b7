import type {
  AchTransferEditableResource,
  AutoSharesClient,
  CheckRequestEditableResource,
  TransferResource,
  WireTransferEditableResource,
} from '@autoshares/client';
import type { PlacementRequest } from '../../orders/placement/placement-state.ts';

/** A transfer request ready to send, by mechanism. */
export type TransferRequest =
  | {
      mechanism: 'ACH';
      body: AchTransferEditableResource & { Amount: number; IsIncoming: boolean };
    }
  | { mechanism: 'Wire'; body: WireTransferEditableResource & { Amount: number } }
  | { mechanism: 'Check'; body: CheckRequestEditableResource & { Amount: number } };

/**
 * A deposit or withdrawal (ACH, wire or check) as a `PlacementRequest`. The spec gives
 * transfers no client id, so the placement's client id stays in the browser: a transfer whose
 * answer was lost is found among the account's newest transfers by mechanism, direction and
 * amount, created since the first send and not among `known` (the transfers seen before
 * sending), by `api.funding.findTransfer`. Sent through `client.writes.funding.send*`, which
 * never retries.
 */
export function transferPlacement(
  client: AutoSharesClient,
  accountId: number,
  request: TransferRequest,
  known: Iterable<string>,
): PlacementRequest<TransferResource> {
  const excludeIds = [...known];
  const funding = client.writes.funding;
  let sentAt: number | undefined;
  return {
    send: (_clientId, options) => {
      sentAt ??= Date.now();
      const call = { timeoutMs: options.timeoutMs, signal: options.signal, onSent: options.onSent };
      switch (request.mechanism) {
        case 'ACH':
          return funding.sendAch(accountId, request.body, call);
        case 'Wire':
          return funding.sendWire(accountId, request.body, call);
        case 'Check':
          return funding.sendCheck(accountId, request.body, call);
      }
    },
    find: async (_clientId, signal) =>
      sentAt === undefined
        ? undefined
        : client.api.funding.findTransfer(
            accountId,
            {
              mechanism: request.mechanism,
              isDeposit: request.mechanism === 'ACH' && request.body.IsIncoming,
              amount: request.body.Amount,
              sentAt,
              excludeIds,
            },
            { signal },
          ),
  };
}

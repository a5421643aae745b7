import type {
  AchTransferEditableResource,
  AutoSharesClient,
  TransferResource,
} from '@autoshares/client';
import type { PlacementRequest } from '../../orders/placement/placement-state.ts';

/**
 * An ACH deposit or withdrawal as a `PlacementRequest`. The spec gives transfers no client id,
 * so the placement's client id stays in the browser: a transfer whose answer was lost is found
 * among the account's newest transfers by mechanism, direction and amount, created since the
 * first send and not among `known` (the transfers seen before sending), by
 * `api.funding.findTransfer`. Sent through `client.writes.funding.sendAch`, which never retries.
 */
export function transferPlacement(
  client: AutoSharesClient,
  accountId: number,
  transfer: AchTransferEditableResource & { Amount: number; IsIncoming: boolean },
  known: Iterable<string>,
): PlacementRequest<TransferResource> {
  const excludeIds = [...known];
  let sentAt: number | undefined;
  return {
    send: (_clientId, options) => {
      sentAt ??= Date.now();
      return client.writes.funding.sendAch(accountId, transfer, {
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        onSent: options.onSent,
      });
    },
    find: async (_clientId, signal) =>
      sentAt === undefined
        ? undefined
        : client.api.funding.findTransfer(
            accountId,
            {
              mechanism: 'ACH',
              isDeposit: transfer.IsIncoming,
              amount: transfer.Amount,
              sentAt,
              excludeIds,
            },
            { signal },
          ),
  };
}

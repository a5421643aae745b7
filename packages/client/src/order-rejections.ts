/**
 * Order verification results (`OrderPreviewResource` / `OrderVerifiedResource`) with
 * `IsSuccessful:false` come back as HTTP 200 (api-reference §4.5); the client turns them into an
 * {@link AutoSharesError} with code `order_rejected` and a message a trader can act on.
 * There is no complete list of `ErrorDescription` codes; unknown codes fall back to the server's
 * `ErrorDescriptionText`, then to a generic sentence.
 */
import { AutoSharesError } from './errors.ts';

/** Readable messages for the `ErrorDescription` codes the documentation shows. */
export const ORDER_REJECTION_MESSAGES: Readonly<Record<string, string>> = {
  LimitPriceUndefined: 'Enter a limit price for a limit order.',
  StopPriceUndefined: 'Enter a stop price for a stop order.',
  QuantityUndefined: 'Enter a quantity greater than zero.',
  InvalidQuantity: 'Enter a valid quantity.',
  DayTradingBuyingPowerExceeded: 'This order exceeds your day-trading buying power.',
  BuyingPowerExceeded: 'This order exceeds your buying power.',
  InsufficientBuyingPower: 'This order exceeds your buying power.',
  InsufficientFunds: 'There are not enough funds in this account for this order.',
  InsufficientShares: 'You do not hold enough shares to sell that quantity.',
  QuotePriceIsInvalid:
    'There is no valid price for this security right now. Try again in a moment.',
  SymbolNotFound: 'That symbol was not found.',
  MarketClosed: 'The market is closed for this kind of order.',
  AccountRestricted: 'This account is not allowed to trade right now.',
  InvalidOrderType: 'This order type is not allowed for this security.',
};

/** The fields of a verification result the rejection reads. */
export interface VerificationResult {
  IsSuccessful?: boolean;
  ErrorDescription?: string;
  ErrorDescriptionText?: string;
  ErrorDescriptionArgs?: string[];
}

/** The message for a rejection: known code → our sentence; else the server's text; else generic. */
export function orderRejectionMessage(result: VerificationResult): string {
  const known = result.ErrorDescription
    ? ORDER_REJECTION_MESSAGES[result.ErrorDescription]
    : undefined;
  return known ?? (result.ErrorDescriptionText?.trim() || 'The order was not accepted.');
}

/** Throws `order_rejected` when a verification result says `IsSuccessful:false`; else returns it. */
export function assertVerified<T extends VerificationResult>(result: T): T {
  if (result.IsSuccessful === false) {
    throw new AutoSharesError({
      code: 'order_rejected',
      status: 200,
      message: orderRejectionMessage(result),
      details: {
        errorDescription: result.ErrorDescription,
        errorDescriptionText: result.ErrorDescriptionText,
        errorDescriptionArgs: result.ErrorDescriptionArgs ?? [],
      },
    });
  }
  return result;
}
